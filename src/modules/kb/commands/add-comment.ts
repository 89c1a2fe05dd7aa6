import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { kbArticles, kbComments } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import type { Actor } from '../../auth/actor';
import { recordEvent } from '../../../events/record-event';
import { maskSecrets } from '../../privacy/mask-secrets';
import { assertCanSeeArticle } from '../kb.policy';
import { stripTags } from '../markdown';

/**
 * A signed-in person comments on an article they can read (R20). The text is kept plain — tags
 * removed, never rendered as HTML — and API keys or passwords pasted into it are masked before it
 * is stored (R45), since comments are public.
 */
export async function addComment(ctx: AppContext, input: { actor: Actor; articleId: string; body: string }) {
  if (!isId(input.articleId)) throw notFound('article');
  const body = maskSecrets(stripTags(input.body).trim());
  if (!body.text) throw new AppError('bad_request', 'empty_comment', 'The comment has no text once markup is removed.');
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [article] = await tx.select().from(kbArticles).where(eq(kbArticles.id, input.articleId));
    assertCanSeeArticle(input.actor, article);
    const [comment] = await tx
      .insert(kbComments)
      .values({ id: newId(), articleId: article.id, authorId: input.actor.id, body: body.text, createdAt: now })
      .returning();
    await recordEvent(tx, {
      type: 'kb.comment_added',
      actorId: input.actor.id,
      data: { articleId: article.id, commentId: comment.id, ...(body.masked.length ? { maskedSecrets: body.masked.map((m) => m.kind) } : {}) },
      at: now,
    });
    return comment;
  });
  ctx.events.kick();
  return { ...row, authorName: input.actor.name };
}
