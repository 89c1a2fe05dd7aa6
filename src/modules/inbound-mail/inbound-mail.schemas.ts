import { z } from 'zod';
import { listQueryBase, page, timestamp } from '../../contracts/common';

export const inboundStatus = z
  .enum(['received', 'processed', 'failed', 'ignored', 'rate_limited'])
  .describe('received (waiting for its job) | processed | failed | ignored | rate_limited');

export const listInboundMailQuery = z.object({
  ...listQueryBase,
  status: inboundStatus.optional(),
  from: z.string().max(320).optional().describe('Only mail from this address'),
});

/** One stored inbound email as admins see it: where it came from, how it ended and why. */
export const inboundMailView = z.object({
  id: z.string(),
  source: z.enum(['smtp', 'imap', 'api']).describe('How it arrived'),
  envelopeFrom: z.string().nullable().describe('SMTP MAIL FROM (empty for bounces)'),
  envelopeTo: z.array(z.string()).describe('SMTP RCPT TO, or the IMAP mailbox'),
  from: z.string().nullable().describe('The From address of the message'),
  messageId: z.string().nullable().describe('Its Message-ID header'),
  subject: z.string().nullable().describe('The decoded subject (secrets masked), once parsed'),
  size: z.number().int().describe('Raw size in bytes'),
  status: inboundStatus,
  reason: z.string().nullable().describe('Why it ended so: a code (auto_reply, unparseable, …) and details'),
  ticketId: z.string().nullable().describe('The ticket it opened or was added to'),
  attempts: z.number().int().describe('Processing attempts (bounded)'),
  lastError: z.string().nullable().describe('The error of the last failed attempt'),
  receivedAt: timestamp,
  processedAt: timestamp.nullable(),
});

export const inboundMailPage = page(inboundMailView);

export type ListInboundMailQuery = z.infer<typeof listInboundMailQuery>;
export type InboundMailView = z.infer<typeof inboundMailView>;
