import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const slaPolicies = pgTable('sla_policies', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
  conditions: jsonb('conditions').$type<Record<string, unknown>>().notNull(),
  targets: jsonb('targets').$type<Record<string, unknown>>().notNull(),
  options: jsonb('options').$type<Record<string, unknown>>().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
