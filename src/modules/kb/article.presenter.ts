import type { kbArticles } from '../../db/schema/index';
import { iso } from '../../contracts/common';
import { renderMarkdown } from './markdown';

type ArticleRow = typeof kbArticles.$inferSelect;

/** An article for reading: the Markdown source and its sanitized HTML. */
export const presentArticle = (a: ArticleRow) => ({
  id: a.id,
  title: a.title,
  body: a.body,
  bodyHtml: renderMarkdown(a.body),
  language: a.language,
  categoryId: a.categoryId,
  translationGroupId: a.translationGroupId,
  translationOf: a.translationOfId,
  published: a.published,
  publishedAt: iso(a.publishedAt),
  helpfulCount: a.helpfulCount,
  notHelpfulCount: a.notHelpfulCount,
  createdAt: iso(a.createdAt),
  updatedAt: iso(a.updatedAt),
});

/** The first words of a text, cut at a word boundary. */
export function summaryOf(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6))}…`;
}

/** An article in a list: no body, a plain-text summary instead. */
export const presentArticleSummary = (a: ArticleRow) => ({
  id: a.id,
  title: a.title,
  summary: summaryOf(a.bodyText),
  language: a.language,
  categoryId: a.categoryId,
  translationGroupId: a.translationGroupId,
  published: a.published,
  helpfulCount: a.helpfulCount,
  notHelpfulCount: a.notHelpfulCount,
  updatedAt: iso(a.updatedAt),
});

/** One language version in an article's translation group. */
export const presentTranslation = (a: ArticleRow) => ({
  id: a.id,
  language: a.language,
  title: a.title,
  published: a.published,
  translationOf: a.translationOfId,
});
