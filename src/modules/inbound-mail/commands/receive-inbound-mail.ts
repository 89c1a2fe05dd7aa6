import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { newId } from '../../../server/ids';
import { preparedRows } from '../../../db/rows';
import type { InboundSource } from '../../../db/schema/index';
import { PROCESS_INBOUND_MAIL_JOB } from '../inbound-mail.jobs';
import { keepsRawInFile, removeRawFile, writeRawFile } from '../raw-mail-files';
import { storableText } from '../storable-text';

export interface ReceiveInboundMailInput {
  raw: Buffer;
  source: InboundSource;
  /** IMAP: mailbox, UIDVALIDITY and UID; a second store of the same message is a no-op. */
  sourceRef?: string | null;
  envelopeFrom?: string | null;
  envelopeTo?: string[];
  /** Read from the headers by the channel, lower-cased. */
  fromAddress?: string | null;
  messageId?: string | null;
}

/**
 * Stores a raw inbound message and schedules its processing, in one transaction: once this returns,
 * the mail is safe, and only then does the channel acknowledge it (SMTP 250, IMAP \Seen).
 * Answers `{ id, duplicate }`; `duplicate` when the same `sourceRef` was stored before.
 */
export async function receiveInboundMail(ctx: AppContext, input: ReceiveInboundMailInput): Promise<{ id: string; duplicate: boolean }> {
  const id = newId();
  const now = ctx.clock.now();
  const rawFile = keepsRawInFile(ctx, input.raw.length) ? await writeRawFile(ctx, id, input.raw) : null;
  // node-postgres sends a Buffer as binary; PGlite takes ~10x longer to read a bytea parameter than
  // the same bytes as hex text decoded by the server (measured), so it gets hex.
  const rawValue = rawFile ? sql`NULL` : ctx.database.kind === 'pglite' ? sql`decode(${input.raw.toString('hex')}, 'hex')` : sql`${input.raw}::bytea`;
  // One statement (so one round trip and one commit): the row, and its job as enqueueJob would
  // write it, in the same transaction. A second store of the same IMAP message inserts neither.
  const stored = await preparedRows<{ id: string }>(ctx.database, sql`
    WITH m AS (
      INSERT INTO inbound_messages (id, source, source_ref, envelope_from, envelope_to, from_address, message_id,
        raw, raw_file, size, status, attempts, received_at)
      VALUES (${id}, ${input.source}, ${input.sourceRef ?? null}, ${clean(input.envelopeFrom)},
        ${toTextArray(input.envelopeTo ?? [])}::text[], ${clean(input.fromAddress)}, ${clean(input.messageId)},
        ${rawValue}, ${rawFile}, ${input.raw.length}, 'received', 0, ${now})
      ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO NOTHING
      RETURNING id
    )
    INSERT INTO jobs (id, name, payload, run_at, status, attempts, dedupe_key, created_at)
    SELECT ${newId()}, ${PROCESS_INBOUND_MAIL_JOB}, jsonb_build_object('inboundMessageId', m.id), ${now}, 'queued', 0, 'inbound:' || m.id, ${now}
    FROM m
    RETURNING id`)
    .then((r) => r.length > 0)
    .catch(async (err) => {
      if (rawFile) await removeRawFile(ctx, rawFile);
      throw err;
    });
  if (stored) return { id, duplicate: false };
  if (rawFile) await removeRawFile(ctx, rawFile);
  const [existing] = await preparedRows<{ id: string }>(ctx.database, sql`SELECT id FROM inbound_messages WHERE source_ref = ${input.sourceRef!}`);
  return { id: existing.id, duplicate: true };
}

// Header values come from strangers: no NUL bytes (PostgreSQL text refuses them), bounded length.
const clean = (value: string | null | undefined): string | null =>
  value ? storableText(value, 998) || null : null;

const toTextArray = (values: string[]) =>
  `{${values.map((v) => `"${(clean(v) ?? '').replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
