import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { rows } from '../../db/rows';

// The two rankers behind search and suggest, both over the generated `search_vector` (title A,
// body B; see migration 0005) and both normalising the query with the same SQL function as the
// articles (accents folded both sides). Every function here takes primary language subtags
// ('pt', not 'pt-BR'): the text-search configuration depends on nothing else.

/** A ranked article, before its snippet is made HTML. */
export interface RankedArticle {
  id: string;
  title: string;
  language: string;
  score: number;
  /** Plain text with U+0001 / U+0002 around matched words. */
  headline: string;
}

export interface RankInput {
  q: string;
  langs: string[];
  limit: number;
  categoryId?: string;
}

/** How many articles matching any word are scored in full; the rest would rank below them anyway. */
const CANDIDATES = 200;

const primaryOf = sql`split_part(lower(a.language), '-', 1)`;

// drizzle spreads a JS array into a parameter list, so arrays travel as one array literal.
const textArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
// A lexeme as a LIKE pattern that matches only itself (backslash is LIKE's default escape).
const likeEscaped = sql.raw(`replace(replace(replace(term, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`);
const categoryFilter = (categoryId?: string) => (categoryId ? sql`AND a.category_id = ${categoryId}` : sql``);

// A little credit for articles readers found helpful: a smoothed share of yes votes, so two votes
// move an article less than two hundred do. At most ±20 %.
const helpfulness = sql`(1 + 0.2 * (a.helpful_count - a.not_helpful_count)::float8 / (a.helpful_count + a.not_helpful_count + 5))`;

/**
 * One article per translation group (the best-scoring language version), best first, with a
 * headline cut from the plain-text body around the words of the question.
 */
function finish(ranked: SQL, q: string, limit: number): SQL {
  return sql`
    WITH ranked AS (${ranked}),
    best AS (
      SELECT DISTINCT ON (translation_group_id) id, score
      FROM ranked ORDER BY translation_group_id, score DESC, (language = 'en') DESC, id
    ),
    top AS (SELECT id, score FROM best ORDER BY score DESC, id LIMIT ${limit})
    SELECT a.id, a.title, a.language, top.score,
      ts_headline(kb_search_config(a.language), a.body_text,
        coalesce(kb_any_word_query(kb_search_config(a.language), kb_normalize(a.language, ${q}))
                 || kb_any_word_query(kb_search_config(a.language), ${q}),
                 kb_any_word_query(kb_search_config(a.language), kb_normalize(a.language, ${q}))),
        ${'StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'}) AS headline
    FROM top JOIN kb_articles a ON a.id = top.id
    ORDER BY top.score DESC, a.id`;
}

/**
 * All-words search, as a search box expects: web-search syntax ("phrases", or, -word), ranked by
 * ts_rank_cd with the default weights (title 1.0, body 0.4), normalised by document length.
 */
export function allWordsQuery(input: RankInput): SQL {
  // The query is computed once in a materialised CTE: inlined, it would be rebuilt per article.
  const ranked = sql`
    WITH q AS MATERIALIZED (
      SELECT l.lang, websearch_to_tsquery(kb_search_config(l.lang), kb_normalize(l.lang, ${input.q})) AS query
      FROM unnest(${textArray(input.langs)}::text[]) AS l(lang)
    )
    SELECT a.id, a.translation_group_id, a.language,
      ts_rank_cd(a.search_vector, q.query, 1) * ${helpfulness} AS score
    FROM q JOIN kb_articles a ON a.search_vector @@ q.query AND ${primaryOf} = q.lang
    WHERE a.published ${categoryFilter(input.categoryId)}`;
  return finish(ranked, input.q, input.limit);
}

/**
 * Any-words ranking for a question in a customer's words (R14). A question has many words, most of
 * them common, and the article rarely holds them all, so this is BM25 over an OR query:
 * - each word of the question counts by its rarity among the language's published articles
 *   (IDF), so "SEFAZ" outweighs "problem";
 * - a word counts more in the title than in the body (3 : 1) and saturates with repetition;
 * - longer articles are normalised against the average, so they do not win by sheer length;
 * - a question word of 4+ letters also matches longer words that begin with it (inflections the
 *   stemmer leaves apart), and in German, at a discount, words that contain it (compounds:
 *   "Adresse" in "Rechnungsadresse");
 * - trigram similarity of the title to the question adds a little, which rescues near-misses.
 */
export function anyWordsQuery(input: RankInput): SQL {
  // The articles matching any word are read once, their vectors detoasted into memory (the
  // `|| ''` copy): each word's document frequency is counted there, and only the best CANDIDATES
  // by plain ts_rank are scored word by word, so a common word matching half the knowledge base
  // does not unnest half the knowledge base. The CTEs are materialised on purpose: inlined, the
  // question would be normalised, or a vector detoasted, once per row it is joined to.
  const ranked = sql`
    WITH langs AS MATERIALIZED (
      SELECT l.lang, f.text, kb_any_word_query(kb_search_config(l.lang), f.text) AS query
      FROM unnest(${textArray(input.langs)}::text[]) AS l(lang)
      CROSS JOIN LATERAL (SELECT kb_normalize(l.lang, ${input.q}) AS text) f
    ),
    words AS MATERIALIZED (
      SELECT DISTINCT l.lang, v.lexeme AS term, kb_any_word_query('simple', v.lexeme) AS query
      FROM langs l CROSS JOIN LATERAL unnest(to_tsvector(kb_search_config(l.lang), l.text)) v
      WHERE length(v.lexeme) >= 2
    ),
    patterns AS MATERIALIZED (
      SELECT lang, array_agg(term) AS exact,
        coalesce(array_agg(${likeEscaped} || '%') FILTER (WHERE length(term) >= 4), '{}') AS prefixes,
        coalesce(array_agg('%' || ${likeEscaped} || '%') FILTER (WHERE lang = 'de' AND length(term) >= 5), '{}') AS infixes
      FROM words GROUP BY lang
    ),
    -- German titles are also matched inside compounds ("adress" in "rechnungsadresse"), through
    -- the title's trigram index: the word index only finds whole words and their beginnings.
    matched AS MATERIALIZED (
      SELECT a.id, a.translation_group_id, a.language, a.category_id, l.lang, l.text, a.search_title,
        a.search_vector || ''::tsvector AS vector, a.search_length, ${helpfulness} AS helpfulness,
        ts_rank(a.search_vector, l.query) AS rank
      FROM langs l JOIN patterns p ON p.lang = l.lang
      JOIN kb_articles a ON ${primaryOf} = l.lang
        AND (a.search_vector @@ l.query OR (l.lang = 'de' AND a.search_title LIKE ANY(p.infixes)))
      WHERE a.published
    ),
    terms AS MATERIALIZED (
      SELECT w.lang, w.term, (SELECT count(*) FROM matched m WHERE m.lang = w.lang AND m.vector @@ w.query)::float8 AS df
      FROM words w
    ),
    cand AS MATERIALIZED (
      SELECT * FROM matched a WHERE true ${categoryFilter(input.categoryId)} ORDER BY rank DESC LIMIT ${CANDIDATES}
    ),
    lex AS MATERIALIZED (
      SELECT c.id, c.lang, v.lexeme,
        cardinality(array_positions(v.weights, 'A')) AS in_title,
        cardinality(v.positions) - cardinality(array_positions(v.weights, 'A')) AS in_body
      FROM cand c JOIN patterns p ON p.lang = c.lang
      CROSS JOIN LATERAL unnest(c.vector) v
      WHERE v.lexeme = ANY(p.exact) OR v.lexeme LIKE ANY(p.prefixes) OR v.lexeme LIKE ANY(p.infixes)
    ),
    corpus AS (
      SELECT ${primaryOf} AS lang, count(*)::float8 AS n, greatest(avg(a.search_length), 1)::float8 AS avgdl
      FROM kb_articles a WHERE a.published AND ${primaryOf} = ANY(${textArray(input.langs)}::text[]) GROUP BY 1
    ),
    hits AS (
      SELECT x.id, x.lang, t.term, sum(m.factor * x.in_title) AS tf_title, sum(m.factor * x.in_body) AS tf_body
      FROM lex x JOIN terms t ON t.lang = x.lang
      CROSS JOIN LATERAL (SELECT CASE
          WHEN x.lexeme = t.term THEN 1.0
          WHEN length(t.term) >= 4 AND starts_with(x.lexeme, t.term) THEN 0.7
          WHEN x.lang = 'de' AND length(t.term) >= 5 AND strpos(x.lexeme, t.term) > 1 THEN 0.5
        END AS factor) m
      WHERE m.factor IS NOT NULL
      GROUP BY x.id, x.lang, t.term
    ),
    -- German infix matches are not in the index count; the candidates' own count is then the floor.
    df AS (
      SELECT h.lang, h.term, greatest(max(t.df), count(*))::float8 AS df
      FROM hits h JOIN terms t ON t.lang = h.lang AND t.term = h.term GROUP BY h.lang, h.term
    ),
    bm25 AS (
      SELECT h.id, sum(
          ln(1 + (co.n - d.df + 0.5) / (d.df + 0.5))
          * (h.w * 2.2) / (h.w + 1.2 * (0.25 + 0.75 * c.search_length / co.avgdl))
        ) AS score
      FROM (SELECT *, 3 * tf_title + tf_body AS w FROM hits) h
      JOIN df d ON d.lang = h.lang AND d.term = h.term
      JOIN corpus co ON co.lang = h.lang
      JOIN cand c ON c.id = h.id
      GROUP BY h.id
    )
    SELECT c.id, c.translation_group_id, c.language,
      (b.score + 1.5 * word_similarity(c.search_title, c.text)) * c.helpfulness AS score
    FROM bm25 b JOIN cand c ON c.id = b.id`;
  return finish(ranked, input.q, input.limit);
}

/**
 * Titles that look like the query, for a misspelt word that no stem matches ("webhok"): pg_trgm
 * word similarity of the query within the title, through the title's trigram index.
 */
export function similarTitlesQuery(input: RankInput): SQL {
  const ranked = sql`
    WITH q AS MATERIALIZED (
      SELECT l.lang, kb_normalize(l.lang, ${input.q}) AS text FROM unnest(${textArray(input.langs)}::text[]) AS l(lang)
    )
    SELECT a.id, a.translation_group_id, a.language,
      word_similarity(q.text, a.search_title) * ${helpfulness} AS score
    FROM q JOIN kb_articles a ON q.text <% a.search_title AND ${primaryOf} = q.lang
    WHERE a.published ${categoryFilter(input.categoryId)}`;
  return finish(ranked, input.q, input.limit);
}

export const rankAllWords = (db: Executor, input: RankInput) => rows<RankedArticle>(db, allWordsQuery(input));
export const rankAnyWords = (db: Executor, input: RankInput) => rows<RankedArticle>(db, anyWordsQuery(input));
export const rankSimilarTitles = (db: Executor, input: RankInput) => rows<RankedArticle>(db, similarTitlesQuery(input));

/** Primary subtags of the languages that have published articles. */
export async function publishedLanguages(db: Executor): Promise<string[]> {
  const found = await rows<{ lang: string }>(db, sql`SELECT DISTINCT ${primaryOf} AS lang FROM kb_articles a WHERE a.published`);
  return found.map((r) => r.lang);
}
