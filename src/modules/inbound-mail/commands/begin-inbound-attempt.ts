import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { preparedRows } from '../../../db/rows';
import type { InboundStatus } from '../../../db/schema/index';
import { readRawFile } from '../raw-mail-files';

export interface InboundAttempt {
  id: string;
  raw: Buffer;
  envelopeFrom: string | null;
  envelopeTo: string[];
  fromAddress: string | null;
  messageId: string | null;
  receivedAt: Date;
  attempts: number;
  lastError: string | null;
  status: InboundStatus;
  /** An admin put it back in line (it passes the rate limit this time). */
  retriedByAdmin: boolean;
  /** Mails from the same `fromAddress` in the hour before this one (the rate limit). */
  earlierFromSender: number;
  /** A message already holding this mail's Message-ID (the synthetic one when it has none). */
  existing: { ticketId: string; messageId: string; inboundMessageId: string | null } | null;
}

/** The Message-ID a mail without one is stored under, so threading and de-duplication still work. */
export const syntheticMessageId = (inboundId: string) => `<inbound-${inboundId}@atende.invalid>`;

/**
 * Counts one more processing attempt of a message still waiting to be processed and answers it with
 * its raw bytes (from the row, or its file on the embedded database); null when it was settled
 * already (a retried job after a crash does nothing). The same round trip answers the two checks
 * made before any message is written (`screenInboundMail`), keyed on what was read at receipt.
 */
export async function beginInboundAttempt(ctx: AppContext, id: string): Promise<InboundAttempt | null> {
  const [row] = await preparedRows<Record<string, unknown>>(ctx.database, sql`
    UPDATE inbound_messages SET attempts = attempts + 1
    WHERE id = ${id} AND status = 'received'
    RETURNING id, raw, raw_file, envelope_from, envelope_to, from_address, message_id, received_at,
      attempts, last_error, status, reason,
      (SELECT count(*)::int FROM inbound_messages o
        WHERE o.from_address = inbound_messages.from_address AND o.received_at > inbound_messages.received_at - interval '1 hour'
          AND (o.received_at, o.id) < (inbound_messages.received_at, inbound_messages.id)) AS earlier_from_sender,
      (SELECT json_build_object('ticketId', m.ticket_id, 'messageId', m.id, 'inboundMessageId', m.original->>'inboundMessageId')
        FROM messages m WHERE m.email_message_id = coalesce(inbound_messages.message_id, '<inbound-' || inbound_messages.id || '@atende.invalid>')
        ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS existing`);
  if (!row) return null;
  const rawFile = row.raw_file as string | null;
  return {
    id: row.id as string,
    raw: rawFile ? await readRawFile(ctx, rawFile) : toBuffer(row.raw as Buffer | Uint8Array),
    envelopeFrom: (row.envelope_from as string | null) ?? null,
    envelopeTo: (row.envelope_to as string[] | null) ?? [],
    fromAddress: (row.from_address as string | null) ?? null,
    messageId: (row.message_id as string | null) ?? null,
    receivedAt: new Date(row.received_at as string),
    attempts: Number(row.attempts),
    lastError: (row.last_error as string | null) ?? null,
    status: row.status as InboundStatus,
    retriedByAdmin: row.reason === 'admin_retry',
    earlierFromSender: Number(row.earlier_from_sender ?? 0),
    existing: (typeof row.existing === 'string' ? JSON.parse(row.existing) : row.existing) ?? null,
  };
}

// node-postgres answers bytea as a Buffer, PGlite as a Uint8Array (a view: copy nothing).
const toBuffer = (value: Buffer | Uint8Array) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength));

/** Remembers why an attempt failed, so the next one (or an admin) can see it. */
export async function recordInboundError(ctx: AppContext, id: string, error: string): Promise<void> {
  await ctx.db.execute(sql`UPDATE inbound_messages SET last_error = ${error.replace(/\u0000/g, '').slice(0, 2000)} WHERE id = ${id}`);
}
