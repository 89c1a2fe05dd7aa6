import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const automationRules = pgTable('automation_rules', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  event: text('event').notNull(),
  conditions: jsonb('conditions').$type<unknown[]>().notNull(),
  actions: jsonb('actions').$type<unknown[]>().notNull(),
  position: integer('position').notNull(),
  active: boolean('active').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
