import { customType, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// node-postgres answers bytea with a Buffer, PGlite with a Uint8Array; both become a Buffer.
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export type InboundStatus = 'received' | 'processed' | 'failed' | 'ignored' | 'rate_limited';
export type InboundSource = 'smtp' | 'imap' | 'api';

/** Raw inbound email, stored before it is acknowledged and processed from a job (issue 4). */
export const inboundMessages = pgTable('inbound_messages', {
  id: uuid('id').primaryKey(),
  source: text('source').$type<InboundSource>().notNull(),
  sourceRef: text('source_ref'),
  envelopeFrom: text('envelope_from'),
  envelopeTo: text('envelope_to').array().notNull(),
  fromAddress: text('from_address'),
  messageId: text('message_id'),
  subject: text('subject'),
  raw: bytea('raw'),
  rawFile: text('raw_file'),
  size: integer('size').notNull(),
  status: text('status').$type<InboundStatus>().notNull(),
  reason: text('reason'),
  ticketId: uuid('ticket_id'),
  ticketMessageId: uuid('ticket_message_id'),
  attempts: integer('attempts').notNull(),
  lastError: text('last_error'),
  receivedAt: ts('received_at').notNull(),
  processedAt: ts('processed_at'),
});
