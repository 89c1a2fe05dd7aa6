import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** The ticket fields a macro sets; `assigneeId: 'me'` means whoever applies it. */
export interface MacroChanges {
  status?: 'new' | 'open' | 'pending' | 'on_hold' | 'resolved' | 'closed';
  priority?: 'low' | 'medium' | 'high' | 'urgent';
  severity?: 1 | 2 | 3 | null;
  teamId?: string;
  assigneeId?: string | 'me' | null;
  level?: 1 | 2;
}

export const macros = pgTable('macros', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  body: text('body'),
  internal: boolean('internal').notNull(),
  changes: jsonb('changes').$type<MacroChanges>().notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
