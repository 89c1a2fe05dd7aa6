import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Knowledge-base articles. The generated search columns (`search_title`, `search_vector`, see
 * migration 0005) are left out on purpose: drizzle must never write them, and only the raw SQL of
 * kb search reads them.
 */
export const kbArticles = pgTable('kb_articles', {
  id: uuid('id').primaryKey(),
  translationGroupId: uuid('translation_group_id').notNull(),
  translationOfId: uuid('translation_of_id'),
  language: text('language').notNull(),
  categoryId: uuid('category_id'),
  title: text('title').notNull(),
  body: text('body').notNull(),
  bodyText: text('body_text').notNull(),
  published: boolean('published').notNull(),
  publishedAt: ts('published_at'),
  authorId: uuid('author_id'),
  helpfulCount: integer('helpful_count').notNull().default(0),
  notHelpfulCount: integer('not_helpful_count').notNull().default(0),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const kbVotes = pgTable(
  'kb_votes',
  {
    articleId: uuid('article_id').notNull(),
    voterKey: text('voter_key').notNull(),
    personId: uuid('person_id'),
    helpful: boolean('helpful').notNull(),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.voterKey] })],
);

export const kbComments = pgTable('kb_comments', {
  id: uuid('id').primaryKey(),
  articleId: uuid('article_id').notNull(),
  authorId: uuid('author_id').notNull(),
  body: text('body').notNull(),
  createdAt: ts('created_at').notNull(),
});

export type DeflectionOutcome = 'solved' | 'ticket' | 'chat' | 'abandoned';

export const kbDeflections = pgTable('kb_deflections', {
  id: uuid('id').primaryKey(),
  question: text('question').notNull(),
  language: text('language'),
  suggestedIds: uuid('suggested_ids').array().notNull(),
  openedIds: uuid('opened_ids').array().notNull(),
  outcome: text('outcome').$type<DeflectionOutcome>(),
  articleId: uuid('article_id'),
  ticketId: uuid('ticket_id'),
  personId: uuid('person_id'),
  channel: text('channel').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
