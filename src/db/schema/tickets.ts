import { bigint, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export type TicketStatus = 'new' | 'open' | 'pending' | 'on_hold' | 'resolved' | 'closed';
export type Priority = 'low' | 'medium' | 'high' | 'urgent';

export const tickets = pgTable('tickets', {
  id: uuid('id').primaryKey(),
  number: bigint('number', { mode: 'number' }).notNull(),
  subject: text('subject').notNull(),
  status: text('status').$type<TicketStatus>().notNull(),
  priority: text('priority').$type<Priority>().notNull(),
  severity: smallint('severity'),
  availability: text('availability'),
  environment: text('environment'),
  channel: text('channel').notNull(),
  categoryId: uuid('category_id'),
  teamId: uuid('team_id'),
  assigneeId: uuid('assignee_id'),
  requesterId: uuid('requester_id').notNull(),
  organizationId: uuid('organization_id'),
  cc: text('cc').array().notNull(),
  level: smallint('level').notNull(),
  eta: ts('eta'),
  language: text('language'),
  intake: jsonb('intake').$type<Record<string, unknown>>().notNull(),
  mergedIntoId: uuid('merged_into_id'),
  queueDueAt: ts('queue_due_at').notNull(),
  sla: jsonb('sla').$type<Record<string, unknown>>().notNull(),
  firstResponseAt: ts('first_response_at'),
  lastCustomerMessageAt: ts('last_customer_message_at'),
  lastAgentMessageAt: ts('last_agent_message_at'),
  statusChangedAt: ts('status_changed_at').notNull(),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
  lastActivityAt: ts('last_activity_at').notNull(),
});

export const messages = pgTable('messages', {
  id: uuid('id').primaryKey(),
  ticketId: uuid('ticket_id').notNull(),
  authorId: uuid('author_id'),
  kind: text('kind').$type<'public' | 'internal' | 'system'>().notNull(),
  channel: text('channel').notNull(),
  body: text('body').notNull(),
  bodyHtml: text('body_html'),
  original: jsonb('original'),
  emailMessageId: text('email_message_id'),
  createdAt: ts('created_at').notNull(),
});

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey(),
  /** Null while the file belongs only to a chat line (migration 0015). */
  ticketId: uuid('ticket_id'),
  messageId: uuid('message_id'),
  /** The chat line that carried the file; kept when the chat becomes a ticket. */
  chatMessageId: uuid('chat_message_id'),
  filename: text('filename').notNull(),
  contentType: text('content_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  createdAt: ts('created_at').notNull(),
});

export const events = pgTable('events', {
  id: uuid('id').primaryKey(),
  type: text('type').notNull(),
  ticketId: uuid('ticket_id'),
  actorId: uuid('actor_id'),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
  dispatchedAt: ts('dispatched_at'),
});

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  ticketId: uuid('ticket_id'),
  eventId: uuid('event_id'),
  channel: text('channel').$type<'email' | 'whatsapp' | 'in_app'>().notNull(),
  kind: text('kind').notNull(),
  recipient: text('recipient').notNull(),
  recipientId: uuid('recipient_id'),
  subject: text('subject'),
  body: text('body').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  status: text('status').$type<'queued' | 'sending' | 'sent' | 'failed' | 'held'>().notNull(),
  attempts: integer('attempts').notNull(),
  error: text('error'),
  nextAttemptAt: ts('next_attempt_at'),
  sentAt: ts('sent_at'),
  createdAt: ts('created_at').notNull(),
});

export const jobs = pgTable('jobs', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  runAt: ts('run_at').notNull(),
  status: text('status').$type<'queued' | 'running' | 'done' | 'failed'>().notNull(),
  attempts: integer('attempts').notNull(),
  dedupeKey: text('dedupe_key'),
  lockedUntil: ts('locked_until'),
  lastError: text('last_error'),
  createdAt: ts('created_at').notNull(),
  finishedAt: ts('finished_at'),
});

export const auditLog = pgTable('audit_log', {
  id: uuid('id').primaryKey(),
  actorId: uuid('actor_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  changes: jsonb('changes').$type<Record<string, unknown>>().notNull(),
  createdAt: ts('created_at').notNull(),
});
