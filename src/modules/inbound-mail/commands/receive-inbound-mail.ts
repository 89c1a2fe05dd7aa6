import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { newId } from '../../../server/ids';
import { rows } from '../../../db/rows';
import { enqueueJob } from '../../../jobs/enqueue-job';
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
  // Hex text, decoded by the server: PGlite takes ~10x longer to take a bytea parameter as bytes.
  const rawHex = rawFile ? null : input.raw.toString('hex');
  const stored = await ctx.db
    .transaction(async (tx) => {
      const inserted = await rows<{ id: string }>(tx, sql`
        INSERT INTO inbound_messages (id, source, source_ref, envelope_from, envelope_to, from_address, message_id,
          raw, raw_file, size, status, attempts, received_at)
        VALUES (${id}, ${input.source}, ${input.sourceRef ?? null}, ${clean(input.envelopeFrom)},
          ${toTextArray(input.envelopeTo ?? [])}::text[], ${clean(input.fromAddress)}, ${clean(input.messageId)},
          decode(${rawHex}, 'hex'), ${rawFile}, ${input.raw.length}, 'received', 0, ${now})
        ON CONFLICT (source_ref) WHERE source_ref IS NOT NULL DO NOTHING
        RETURNING id`);
      if (!inserted.length) return false;
      await enqueueJob(tx, { name: PROCESS_INBOUND_MAIL_JOB, payload: { inboundMessageId: id }, runAt: now, dedupeKey: `inbound:${id}`, now });
      return true;
    })
    .catch(async (err) => {
      if (rawFile) await removeRawFile(ctx, rawFile);
      throw err;
    });
  if (stored) return { id, duplicate: false };
  if (rawFile) await removeRawFile(ctx, rawFile);
  const [existing] = await rows<{ id: string }>(ctx.db, sql`SELECT id FROM inbound_messages WHERE source_ref = ${input.sourceRef!}`);
  return { id: existing.id, duplicate: true };
}

// Header values come from strangers: no NUL bytes (PostgreSQL text refuses them), bounded length.
const clean = (value: string | null | undefined): string | null =>
  value ? storableText(value, 998) || null : null;

const toTextArray = (values: string[]) =>
  `{${values.map((v) => `"${(clean(v) ?? '').replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
