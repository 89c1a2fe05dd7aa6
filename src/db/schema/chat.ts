import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type ChatStatus = 'bot' | 'waiting' | 'active' | 'closed';
export type ChatMessageKind = 'customer' | 'agent' | 'bot' | 'system' | 'note';

/** Live chats (migration 0007); the chat module owns these tables. */
export const chats = pgTable('chats', {
  id: uuid('id').primaryKey(),
  publicId: text('public_id').notNull(),
  status: text('status').$type<ChatStatus>().notNull(),
  customerId: uuid('customer_id').notNull(),
  organizationId: uuid('organization_id'),
  teamId: uuid('team_id'),
  assigneeId: uuid('assignee_id'),
  agentIds: uuid('agent_ids').array().notNull(),
  language: text('language'),
  categoryId: uuid('category_id'),
  bot: jsonb('bot').$type<Record<string, unknown>>().notNull(),
  ticketId: uuid('ticket_id'),
  closeReason: text('close_reason'),
  createdAt: ts('created_at').notNull(),
  queuedAt: ts('queued_at'),
  acceptedAt: ts('accepted_at'),
  closedAt: ts('closed_at'),
  lastMessageAt: ts('last_message_at').notNull(),
  lastCustomerActivityAt: ts('last_customer_activity_at').notNull(),
  awaitingCustomerSince: ts('awaiting_customer_since'),
  customerReadId: uuid('customer_read_id'),
  agentReadId: uuid('agent_read_id'),
  updatedAt: ts('updated_at').notNull(),
});

export const chatMessages = pgTable('chat_messages', {
  id: uuid('id').primaryKey(),
  chatId: uuid('chat_id').notNull(),
  authorId: uuid('author_id'),
  kind: text('kind').$type<ChatMessageKind>().notNull(),
  text: text('text').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  clientId: text('client_id'),
  createdAt: ts('created_at').notNull(),
});

export const chatFlows = pgTable('chat_flows', {
  key: text('key').primaryKey(),
  flow: jsonb('flow').$type<Record<string, unknown>>().notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const chatWidgetTokens = pgTable('chat_widget_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  personId: uuid('person_id').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
});

export const chatWidgetCodes = pgTable('chat_widget_codes', {
  email: text('email').primaryKey(),
  personId: uuid('person_id').notNull(),
  codeHash: text('code_hash').notNull(),
  attempts: integer('attempts').notNull(),
  createdAt: ts('created_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
});
