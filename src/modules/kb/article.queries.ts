import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { kbArticles } from '../../db/schema/index';
import { isId } from '../../server/ids';
import type { Actor } from '../auth/actor';
import { assertCanSeeArticle, canSeeDrafts } from './kb.policy';

export type ArticleRecord = typeof kbArticles.$inferSelect;

/** `pt-BR` matches exactly; a bare `pt` matches every Portuguese article. */
export function languageFilter(lang: string): SQL {
  return lang.includes('-') ? eq(kbArticles.language, lang) : sql`split_part(${kbArticles.language}, '-', 1) = ${lang}`;
}

/** One article row by id, whoever asks (commands check access themselves). */
export async function findArticle(db: Executor, id: string): Promise<ArticleRecord | undefined> {
  if (!isId(id)) return undefined;
  const [row] = await db.select().from(kbArticles).where(eq(kbArticles.id, id));
  return row;
}

/** One article: published ones for everybody, drafts for staff only (others get 404). */
export async function getArticle(ctx: AppContext, input: { actor: Actor | null; id: string }): Promise<ArticleRecord> {
  const row = await findArticle(ctx.db, input.id);
  assertCanSeeArticle(input.actor, row);
  return row;
}

/** Articles by language and category, keyset-paged by id; customers and visitors see published only. */
export async function listArticles(
  ctx: AppContext,
  input: { actor: Actor | null; lang?: string; categoryId?: string; published?: 'true' | 'false'; limit: number; cursor?: string },
) {
  const filters: SQL[] = [];
  if (!canSeeDrafts(input.actor)) filters.push(eq(kbArticles.published, true));
  else if (input.published) filters.push(eq(kbArticles.published, input.published === 'true'));
  if (input.lang) filters.push(languageFilter(input.lang));
  if (input.categoryId) filters.push(eq(kbArticles.categoryId, input.categoryId));
  if (input.cursor && isId(input.cursor)) filters.push(gt(kbArticles.id, input.cursor));
  const rows = await ctx.db.select().from(kbArticles).where(and(...filters)).orderBy(asc(kbArticles.id)).limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}

/** Every language version of an article, the article itself included (R31). */
export async function listTranslations(ctx: AppContext, input: { actor: Actor | null; id: string }): Promise<ArticleRecord[]> {
  const article = await getArticle(ctx, input);
  const filters: SQL[] = [eq(kbArticles.translationGroupId, article.translationGroupId)];
  if (!canSeeDrafts(input.actor)) filters.push(eq(kbArticles.published, true));
  return ctx.db.select().from(kbArticles).where(and(...filters)).orderBy(asc(kbArticles.language));
}

