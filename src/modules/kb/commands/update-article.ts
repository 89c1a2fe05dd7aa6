import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { kbArticles } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import { requireEditor } from '../kb.policy';
import { markdownToText } from '../markdown';
import type { UpdateArticle } from '../kb.schemas';
import type { ArticleRecord } from '../article.queries';
import { checkCategory, checkLanguageFree } from './create-article';

/**
 * Changes an article (staff): text, language, category, or publishing it and taking it back to
 * draft. `publishedAt` keeps the first publication, so re-publishing after a fix does not make an
 * old article look new.
 */
export async function updateArticle(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateArticle }): Promise<ArticleRecord> {
  requireEditor(input.actor);
  if (!isId(input.id)) throw notFound('article');
  const { data } = input;
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(kbArticles).where(eq(kbArticles.id, input.id)).for('update');
    if (!current) throw notFound('article');
    if (data.language && data.language !== current.language) await checkLanguageFree(tx, current.translationGroupId, data.language, current.id);
    if (data.categoryId !== undefined) await checkCategory(tx, data.categoryId);
    const [updated] = await tx
      .update(kbArticles)
      .set({
        ...data,
        ...(data.body !== undefined ? { bodyText: markdownToText(data.body) } : {}),
        ...(data.published && !current.publishedAt ? { publishedAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(kbArticles.id, input.id))
      .returning();
    const changes = { ...data, ...(data.body !== undefined ? { body: '(changed)' } : {}) };
    await recordAudit(tx, { actorId: input.actor.id, action: 'kb_article.updated', entityType: 'kb_article', entityId: current.id, changes, at: now });
    await recordEvent(tx, { type: 'kb.article_updated', actorId: input.actor.id, data: { articleId: current.id, changes }, at: now });
    return updated;
  });
  ctx.events.kick();
  return row;
}
