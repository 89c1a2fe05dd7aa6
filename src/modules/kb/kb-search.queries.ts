import type { AppContext } from '../../server/context';
import { publishedLanguages, rankAllWords, rankAnyWords, rankSimilarTitles, type RankedArticle, type RankInput } from './article-ranking';
import type { SearchQuery, SuggestQuery } from './kb-search.schemas';

// Search and suggest read published articles only and need nobody signed in: the help center is
// always available (R9), and the portal suggests articles before the customer has an account.

type Ranker = (db: AppContext['db'], input: RankInput) => Promise<RankedArticle[]>;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The headline as HTML: the text escaped first, then the markers made `<mark>`. */
export const snippetHtml = (headline: string) =>
  escapeHtml(headline).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>').replace(/\s+/g, ' ').trim();

const present = (r: RankedArticle) => ({
  id: r.id,
  title: r.title,
  snippet: snippetHtml(r.headline),
  score: Math.round(Number(r.score) * 10_000) / 10_000,
  language: r.language,
});

/**
 * Runs the rankers in turn over the asked language, and only when it has no match at all over the
 * other languages (a Russian-speaking customer is better served by an English article than by
 * nothing). Without a language, every language at once.
 */
async function rankWithFallback(ctx: AppContext, rankers: Ranker[], input: { q: string; lang?: string; limit: number; categoryId?: string }) {
  const run = async (langs: string[]) => {
    for (const rank of rankers) {
      const found = langs.length ? await rank(ctx.db, { q: input.q, langs, limit: input.limit, categoryId: input.categoryId }) : [];
      if (found.length > 0) return found.map(present);
    }
    return [];
  };
  const asked = input.lang?.split('-')[0].toLowerCase();
  if (!asked) return run(await publishedLanguages(ctx.db));
  const inLanguage = await run([asked]);
  if (inLanguage.length > 0) return inLanguage;
  return run((await publishedLanguages(ctx.db)).filter((l) => l !== asked));
}

/**
 * The help center's search box: all words first; when no article holds them all, the question
 * ranking (any words); then titles that merely look alike (typos).
 */
export async function searchArticles(ctx: AppContext, input: SearchQuery) {
  return { items: await rankWithFallback(ctx, [rankAllWords, rankAnyWords, rankSimilarTitles], input) };
}

/** Articles for a question typed by a customer (R14): the portal's new-request flow and the chat bot. */
export async function suggestArticles(ctx: AppContext, input: SuggestQuery) {
  return { items: await rankWithFallback(ctx, [rankAnyWords, rankSimilarTitles], input) };
}
