import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { rows } from '../../db/rows';
import { inboundMessages } from '../../db/schema/index';
import { requireAdmin, type Actor } from '../auth/actor';
import { olderThan, pageOf } from '../admin/time-cursor';
import type { ListInboundMailQuery } from './inbound-mail.schemas';

/** Every column but the raw bytes: lists never carry megabytes of mail (or its secrets, R45). */
const listed = {
  id: inboundMessages.id,
  source: inboundMessages.source,
  envelopeFrom: inboundMessages.envelopeFrom,
  envelopeTo: inboundMessages.envelopeTo,
  fromAddress: inboundMessages.fromAddress,
  messageId: inboundMessages.messageId,
  subject: inboundMessages.subject,
  size: inboundMessages.size,
  status: inboundMessages.status,
  reason: inboundMessages.reason,
  ticketId: inboundMessages.ticketId,
  attempts: inboundMessages.attempts,
  lastError: inboundMessages.lastError,
  receivedAt: inboundMessages.receivedAt,
  processedAt: inboundMessages.processedAt,
};

export type InboundMailRow = Omit<typeof inboundMessages.$inferSelect, 'raw' | 'rawFile' | 'sourceRef' | 'ticketMessageId'>;

/** Stored inbound mail, newest first, keyset-paged; failed ones show why (admin). */
export async function listInboundMail(ctx: AppContext, input: ListInboundMailQuery & { actor: Actor }) {
  requireAdmin(input.actor);
  const filters: SQL[] = [];
  if (input.status) filters.push(eq(inboundMessages.status, input.status));
  if (input.from) filters.push(eq(inboundMessages.fromAddress, input.from.toLowerCase()));
  if (input.cursor) filters.push(olderThan(input.cursor, inboundMessages.receivedAt, inboundMessages.id));
  const found = await ctx.db
    .select(listed)
    .from(inboundMessages)
    .where(and(...filters))
    .orderBy(desc(inboundMessages.receivedAt), desc(inboundMessages.id))
    .limit(input.limit + 1);
  return pageOf(found.map((r) => ({ ...r, createdAt: r.receivedAt })), input.limit);
}

/** One stored message without its raw bytes, or null. */
export async function findInboundMail(db: Executor, id: string): Promise<InboundMailRow | null> {
  const [row] = await db.select(listed).from(inboundMessages).where(eq(inboundMessages.id, id));
  return row ?? null;
}

/**
 * Both checks made before a mail is turned into a message, in one round trip: how many mails the
 * sender sent in the hour before this one (rate limit), and whether its Message-ID is on a ticket.
 */
export async function screenInboundMail(
  db: Executor,
  input: { fromAddress: string; id: string; receivedAt: Date; messageId: string },
): Promise<{ earlierFromSender: number; existing: { ticketId: string; messageId: string; inboundMessageId: string | null } | null }> {
  const since = new Date(input.receivedAt.getTime() - 3600_000);
  const [row] = await rows<{ n: number; ticket_id: string | null; id: string | null; inbound_id: string | null }>(db, sql`
    SELECT (SELECT count(*)::int FROM inbound_messages
              WHERE from_address = ${input.fromAddress} AND received_at > ${since}
                AND (received_at, id) < (${input.receivedAt}::timestamptz, ${input.id}::uuid)) AS n,
           m.ticket_id, m.id, m.original->>'inboundMessageId' AS inbound_id
    FROM (SELECT 1) one
    LEFT JOIN LATERAL (SELECT ticket_id, id, original FROM messages WHERE email_message_id = ${input.messageId}
                       ORDER BY created_at DESC, id DESC LIMIT 1) m ON true`);
  return {
    earlierFromSender: Number(row.n),
    existing: row.ticket_id ? { ticketId: row.ticket_id, messageId: row.id!, inboundMessageId: row.inbound_id } : null,
  };
}

/**
 * The ticket holding the most recent message with one of these Message-IDs (email threading). The
 * messages table belongs to the messages module; this read is the one email needs from it.
 */
export async function findTicketIdByEmailMessageIds(
  db: Executor,
  messageIds: string[],
): Promise<{ ticketId: string; messageId: string; inboundMessageId: string | null } | null> {
  if (!messageIds.length) return null;
  const list = `{${messageIds.map((m) => `"${m.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  const [row] = await rows<{ ticket_id: string; id: string; inbound_id: string | null }>(db, sql`
    SELECT ticket_id, id, original->>'inboundMessageId' AS inbound_id FROM messages
    WHERE email_message_id = ANY(${list}::text[])
    ORDER BY created_at DESC, id DESC LIMIT 1`);
  return row ? { ticketId: row.ticket_id, messageId: row.id, inboundMessageId: row.inbound_id } : null;
}
