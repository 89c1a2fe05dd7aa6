import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { Executor } from '../../../db/connection';
import { categories, kbArticles } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { newId } from '../../../server/ids';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import { requireEditor } from '../kb.policy';
import { markdownToText } from '../markdown';
import type { CreateArticle } from '../kb.schemas';
import type { ArticleRecord } from '../article.queries';

/** A category named by an article must exist (422, not a foreign-key 500). */
export async function checkCategory(db: Executor, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const [row] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  if (!row) throw new AppError('unprocessable', 'category_not_found', 'The category does not exist.', { categoryId });
}

/** One language per translation group: a second German version of an article is a conflict. */
export async function checkLanguageFree(db: Executor, groupId: string, language: string, exceptId?: string): Promise<void> {
  const [taken] = await db
    .select({ id: kbArticles.id })
    .from(kbArticles)
    .where(and(eq(kbArticles.translationGroupId, groupId), eq(kbArticles.language, language)));
  if (taken && taken.id !== exceptId) {
    throw new AppError('conflict', 'translation_exists', `The article already has a ${language} version.`, { articleId: taken.id, language });
  }
}

/**
 * Writes an article (staff). A translation joins the group of the article it translates and
 * inherits its category unless given one; the Markdown is stored as written, with a plain-text copy
 * for search.
 */
export async function createArticle(ctx: AppContext, input: { actor: Actor; data: CreateArticle }): Promise<ArticleRecord> {
  requireEditor(input.actor);
  const { data } = input;
  const now = ctx.clock.now();
  const id = newId();
  const row = await ctx.db.transaction(async (tx) => {
    let groupId = id;
    let categoryId = data.categoryId ?? null;
    if (data.translationOf) {
      const [source] = await tx.select().from(kbArticles).where(eq(kbArticles.id, data.translationOf)).for('update');
      if (!source) {
        throw new AppError('unprocessable', 'translation_source_not_found', 'The article to translate does not exist.', { translationOf: data.translationOf });
      }
      groupId = source.translationGroupId;
      if (data.categoryId === undefined) categoryId = source.categoryId;
      await checkLanguageFree(tx, groupId, data.language);
    }
    await checkCategory(tx, categoryId);
    const [created] = await tx
      .insert(kbArticles)
      .values({
        id,
        translationGroupId: groupId,
        translationOfId: data.translationOf ?? null,
        language: data.language,
        categoryId,
        title: data.title,
        body: data.body,
        bodyText: markdownToText(data.body),
        published: data.published,
        publishedAt: data.published ? now : null,
        authorId: input.actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const changes = { title: data.title, language: data.language, categoryId, translationOf: data.translationOf ?? null, published: data.published };
    await recordAudit(tx, { actorId: input.actor.id, action: 'kb_article.created', entityType: 'kb_article', entityId: id, changes, at: now });
    await recordEvent(tx, { type: 'kb.article_created', actorId: input.actor.id, data: { articleId: id, ...changes }, at: now });
    return created;
  });
  ctx.events.kick();
  return row;
}
