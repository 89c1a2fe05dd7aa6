-- Knowledge base (R9, R12, R14, R20, R31, R47): articles in Markdown with translations, votes,
-- comments and the deflection log. Runs unchanged on PostgreSQL 15+ and PGlite (PostgreSQL 18).

-- Trigram similarity on titles (typos, suggestions). pg_trgm is trusted since PostgreSQL 13, and
-- PGlite loads it in src/db/connection.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The text-search configuration of an article language; unknown languages index as 'simple'.
CREATE FUNCTION kb_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (CASE split_part(lower(language), '-', 1)
    WHEN 'en' THEN 'english' WHEN 'pt' THEN 'portuguese' WHEN 'es' THEN 'spanish'
    WHEN 'de' THEN 'german' WHEN 'ru' THEN 'russian' ELSE 'simple' END)::regconfig
$$;

-- Text as the stemmer should see it, applied the same way to articles and to queries:
-- 1. Accents are folded, because customers often type without them and the `unaccent` extension
--    is not loaded in PGlite (translate() is built in). ß becomes ss and ё becomes е.
-- 2. Stop words that are only stop words when accented ("não", "für", "también") are dropped,
--    since folding hides them from the dictionaries' stop lists.
-- 3. The few accented suffixes the Snowball stemmers need in order to strip them are put back
--    ("notificacoes" → "notificação" → notific); Portuguese plurals in -ões become -ão first
--    because the stemmer leaves them apart from the singular.
CREATE FUNCTION kb_normalize(language text, value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE split_part(lower(language), '-', 1)
    WHEN 'pt' THEN
      regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
      regexp_replace(regexp_replace(
        regexp_replace(f.folded, '\m(nao|ja|tambem|so|ate|voce|voces|esta|estao|estavamos|estiveramos|estivessemos|ha|hao|houveramos|houvessemos|houvera|houverao|houveriamos|sao|eramos|foramos|fossemos|sera|serao|seriamos|tinhamos|tiveramos|tivessemos|tera|terao|teriamos)\M', ' ', 'g'),
        '([a-z]{2})oes\M', '\1ao', 'g'),
        '([a-z])acao\M', '\1ação', 'g'),
        '([a-z])ucao\M', '\1ução', 'g'),
        '([a-z])(a|i)veis\M', '\1\2vel', 'g'),
        '([a-z])avel\M', '\1ável', 'g'),
        '([a-z])ivel\M', '\1ível', 'g'),
        '([a-z])ancia(s?)\M', '\1ância\2', 'g'),
        '([a-z])encia(s?)\M', '\1ência\2', 'g'),
        '\s+', ' ', 'g')
    WHEN 'es' THEN
      regexp_replace(regexp_replace(
        regexp_replace(f.folded, '\m(mas|si|tambien|mi|que|el|tu|mio|mia|mios|mias|estas|esta|estais|estan|este|estes|esteis|esten|estare|estaras|estara|estareis|estaran|estaria|estarias|estariamos|estariais|estarian|estabamos|estuvieramos|estuviesemos|habeis|hayais|habre|habras|habra|habreis|habran|habria|habrias|habriamos|habriais|habrian|habia|habias|habiamos|habiais|habian|hubieramos|hubiesemos|seais|sere|seras|sera|sereis|seran|seria|serias|seriamos|seriais|serian|eramos|fueramos|fuesemos|teneis|tengais|tendre|tendras|tendra|tendreis|tendran|tendria|tendrias|tendriamos|tendriais|tendrian|tenia|tenias|teniamos|teniais|tenian|tuvieramos|tuviesemos)\M', ' ', 'g'),
        '([a-z])cion\M', '\1ción', 'g'),
        '([a-z])sion\M', '\1sión', 'g')
    WHEN 'de' THEN
      regexp_replace(f.folded, '\m(dass|fur|konnen|konnte|uber|wahrend|wurde|wurden)\M', ' ', 'g')
    ELSE f.folded END
  FROM (SELECT replace(translate(lower(value),
    'áàâãäåāăąçćčďéèêëēėęěíìîïīįıłñńňóòôõöøōőŕřśšşťúùûüūůűųýÿžźżё’',
    'aaaaaaaaacccdeeeeeeeeiiiiiiilnnnoooooooorrssstuuuuuuuuyyzzzе'''), 'ß', 'ss') AS folded) f
$$;

-- The weighted document of an article: title A, body B. `SET search_path` keeps the nested calls
-- resolvable when pg_restore recomputes the generated column with an empty search_path.
CREATE FUNCTION kb_document_vector(language text, title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS $$
  SELECT setweight(to_tsvector(kb_search_config(language), kb_normalize(language, title)), 'A')
      || setweight(to_tsvector(kb_search_config(language), kb_normalize(language, body)), 'B')
$$;

-- An OR query of the words of a text, each a prefix match when 4+ characters long (compound
-- words, inflections the stemmer leaves apart). A customer's question has many words: requiring
-- all of them, as plainto_tsquery does, would find nothing.
CREATE FUNCTION kb_any_word_query(config regconfig, value text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg('''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
                    || CASE WHEN length(lexeme) >= 4 THEN ':*' ELSE '' END, ' | ')::tsquery
  FROM unnest(to_tsvector(config, value))
  WHERE length(lexeme) >= 2
$$;

CREATE TABLE kb_articles (
  id uuid PRIMARY KEY,
  -- Every translation of one article shares the group id of the article it was translated from.
  translation_group_id uuid NOT NULL,
  translation_of_id uuid REFERENCES kb_articles(id) ON DELETE SET NULL,
  language text NOT NULL,
  category_id uuid REFERENCES categories(id) ON DELETE SET NULL,
  title text NOT NULL,
  -- Markdown as written; rendered and sanitized on the way out, never stored as HTML.
  body text NOT NULL,
  -- The body without Markdown syntax: what is indexed and what snippets are cut from.
  body_text text NOT NULL,
  published boolean NOT NULL,
  published_at timestamptz,
  -- No foreign key: the system actor (seeds, imports) writes articles too and is not a person.
  author_id uuid,
  helpful_count integer NOT NULL DEFAULT 0,
  not_helpful_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  search_title text GENERATED ALWAYS AS (kb_normalize(language, title)) STORED,
  search_vector tsvector GENERATED ALWAYS AS (kb_document_vector(language, title, body_text)) STORED,
  -- Distinct lexemes, for length normalisation in ranking without reading every vector.
  search_length integer GENERATED ALWAYS AS (length(kb_document_vector(language, title, body_text))) STORED,
  UNIQUE (translation_group_id, language)
);
CREATE INDEX kb_articles_search_idx ON kb_articles USING gin (search_vector);
CREATE INDEX kb_articles_title_trgm_idx ON kb_articles USING gin (search_title gin_trgm_ops);
CREATE INDEX kb_articles_language_idx ON kb_articles (language, published, id);
CREATE INDEX kb_articles_category_idx ON kb_articles (category_id, id) WHERE category_id IS NOT NULL;
CREATE INDEX kb_articles_translation_of_idx ON kb_articles (translation_of_id) WHERE translation_of_id IS NOT NULL;

-- One vote per voter and article; voting again changes the vote (R12, R47). The voter is the
-- person when signed in, else a digest of the browser's client token or of the IP address.
CREATE TABLE kb_votes (
  article_id uuid NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
  voter_key text NOT NULL,
  person_id uuid REFERENCES people(id) ON DELETE SET NULL,
  helpful boolean NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (article_id, voter_key)
);

CREATE TABLE kb_comments (
  id uuid PRIMARY KEY,
  article_id uuid NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES people(id),
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX kb_comments_article_idx ON kb_comments (article_id, created_at, id);

-- One row per time suggestions were shown to a customer (R14): what was asked, what was offered,
-- which were opened and how it ended. Deflection figures are counted from here.
CREATE TABLE kb_deflections (
  id uuid PRIMARY KEY,
  question text NOT NULL,
  language text,
  suggested_ids uuid[] NOT NULL,
  opened_ids uuid[] NOT NULL DEFAULT '{}',
  outcome text CHECK (outcome IN ('solved', 'ticket', 'chat', 'abandoned')),
  -- The article that solved it, when the customer said which.
  article_id uuid,
  ticket_id uuid,
  person_id uuid REFERENCES people(id) ON DELETE SET NULL,
  channel text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX kb_deflections_created_idx ON kb_deflections (created_at);
