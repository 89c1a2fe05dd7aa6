import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { kbArticles, kbVotes } from '../../../db/schema/index';
import { hashSecret, isId } from '../../../server/ids';
import { notFound } from '../../../server/app-error';
import type { Actor } from '../../auth/actor';
import { assertCanSeeArticle } from '../kb.policy';

export interface VoteInput {
  actor: Actor | null;
  articleId: string;
  helpful: boolean;
  /** A random value an anonymous visitor's browser keeps. */
  clientToken?: string;
  /** The visitor's address, the last resort to tell anonymous voters apart. */
  ip: string;
}

/**
 * Who is voting: the person when signed in; otherwise the browser's token, else the address.
 * Only digests are kept: the table must not become a log of visitors' addresses.
 */
function voterKeyOf(input: VoteInput): string {
  if (input.actor) return `person:${input.actor.id}`;
  if (input.clientToken) return `client:${hashSecret(input.clientToken)}`;
  return `ip:${hashSecret(input.ip)}`;
}

/**
 * Records "Did this help?" (R12, R47). Anybody may vote, signed in or not; voting again changes the
 * vote rather than adding one. The article row is locked first, so concurrent votes on one article
 * recount one after the other and the counts on the article never drift from the votes.
 */
export async function voteOnArticle(ctx: AppContext, input: VoteInput) {
  if (!isId(input.articleId)) throw notFound('article');
  const now = ctx.clock.now();
  const voterKey = voterKeyOf(input);
  return ctx.db.transaction(async (tx) => {
    const [article] = await tx.select().from(kbArticles).where(eq(kbArticles.id, input.articleId)).for('update');
    assertCanSeeArticle(input.actor, article);
    await tx
      .insert(kbVotes)
      .values({ articleId: article.id, voterKey, personId: input.actor?.id ?? null, helpful: input.helpful, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({ target: [kbVotes.articleId, kbVotes.voterKey], set: { helpful: input.helpful, updatedAt: now } });
    const [counts] = await tx
      .update(kbArticles)
      .set({
        helpfulCount: sql`(SELECT count(*) FROM kb_votes v WHERE v.article_id = ${article.id} AND v.helpful)::int`,
        notHelpfulCount: sql`(SELECT count(*) FROM kb_votes v WHERE v.article_id = ${article.id} AND NOT v.helpful)::int`,
      })
      .where(eq(kbArticles.id, article.id))
      .returning({ helpfulCount: kbArticles.helpfulCount, notHelpfulCount: kbArticles.notHelpfulCount });
    return { articleId: article.id, helpful: input.helpful, ...counts };
  });
}
