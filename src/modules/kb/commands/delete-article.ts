import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { kbArticles } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import { requireEditor } from '../kb.policy';

/**
 * Deletes an article with its votes and comments (staff). Its translations stay and keep their
 * group; the ones translated from it simply lose the link. Unpublishing is the undoable way.
 */
export async function deleteArticle(ctx: AppContext, input: { actor: Actor; id: string }): Promise<void> {
  requireEditor(input.actor);
  if (!isId(input.id)) throw notFound('article');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [deleted] = await tx.delete(kbArticles).where(eq(kbArticles.id, input.id)).returning();
    if (!deleted) throw notFound('article');
    const changes = { title: deleted.title, language: deleted.language, translationGroupId: deleted.translationGroupId };
    await recordAudit(tx, { actorId: input.actor.id, action: 'kb_article.deleted', entityType: 'kb_article', entityId: deleted.id, changes, at: now });
    await recordEvent(tx, { type: 'kb.article_deleted', actorId: input.actor.id, data: { articleId: deleted.id, ...changes }, at: now });
  });
  ctx.events.kick();
}
