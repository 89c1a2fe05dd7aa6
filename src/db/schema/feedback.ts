import { pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const ticketFeedback = pgTable('ticket_feedback', {
  ticketId: uuid('ticket_id').primaryKey(),
  personId: uuid('person_id').notNull(),
  rating: smallint('rating').notNull(),
  comment: text('comment'),
  teamId: uuid('team_id'),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
