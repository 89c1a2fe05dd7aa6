import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type TemplateKind = 'greeting' | 'signature' | 'acknowledgement' | 'reply';

export const templates = pgTable('templates', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<TemplateKind>().notNull(),
  body: text('body').notNull(),
  subject: text('subject'),
  language: text('language'),
  teamId: uuid('team_id'),
  channel: text('channel'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
