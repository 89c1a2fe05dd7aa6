import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
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
}

/**
 * Counts one more processing attempt of a message still waiting to be processed and answers it with
 * its raw bytes (from the row, or its file on the embedded database); null when it was settled
 * already (a retried job after a crash does nothing).
 */
export async function beginInboundAttempt(ctx: AppContext, id: string): Promise<InboundAttempt | null> {
  const [row] = await rows<Record<string, unknown>>(ctx.db, sql`
    UPDATE inbound_messages SET attempts = attempts + 1
    WHERE id = ${id} AND status = 'received'
    RETURNING id, encode(raw, 'hex') AS raw_hex, raw_file, envelope_from, envelope_to, from_address, message_id, received_at, attempts, last_error, status, reason`);
  if (!row) return null;
  const rawFile = row.raw_file as string | null;
  return {
    id: row.id as string,
    raw: rawFile ? await readRawFile(ctx, rawFile) : Buffer.from(row.raw_hex as string, 'hex'),
    envelopeFrom: (row.envelope_from as string | null) ?? null,
    envelopeTo: (row.envelope_to as string[] | null) ?? [],
    fromAddress: (row.from_address as string | null) ?? null,
    messageId: (row.message_id as string | null) ?? null,
    receivedAt: new Date(row.received_at as string),
    attempts: Number(row.attempts),
    lastError: (row.last_error as string | null) ?? null,
    status: row.status as InboundStatus,
    retriedByAdmin: row.reason === 'admin_retry',
  };
}

/** Remembers why an attempt failed, so the next one (or an admin) can see it. */
export async function recordInboundError(ctx: AppContext, id: string, error: string): Promise<void> {
  await ctx.db.execute(sql`UPDATE inbound_messages SET last_error = ${error.replace(/\u0000/g, '').slice(0, 2000)} WHERE id = ${id}`);
}
