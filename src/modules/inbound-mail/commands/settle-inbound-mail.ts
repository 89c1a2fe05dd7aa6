import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { preparedRows } from '../../../db/rows';
import { newId } from '../../../server/ids';
import type { InboundStatus } from '../../../db/schema/index';
import { storableText } from '../storable-text';

export interface InboundOutcome {
  status: Exclude<InboundStatus, 'received'>;
  /** A short code first (`auto_reply`, `no_active_contract`, `unparseable` …), then details. */
  reason: string;
  ticketId?: string | null;
  ticketMessageId?: string | null;
  subject?: string | null;
  fromAddress?: string | null;
}

/**
 * Records how an inbound message ended, once: only a message still `received` is settled, so a job
 * retried after a crash cannot settle it twice. Writes `inbound_mail.<status>` in the same
 * transaction; subscribers use it, e.g. to answer a customer without a contract (R2).
 */
export async function settleInboundMail(ctx: AppContext, input: { id: string } & InboundOutcome): Promise<boolean> {
  const now = ctx.clock.now();
  const reason = storableText(input.reason, 1000);
  // One statement: the update and its event commit together, in one round trip.
  const settled = await preparedRows<{ id: string }>(ctx.database, sql`
    WITH u AS (
      UPDATE inbound_messages SET status = ${input.status}, reason = ${reason}, ticket_id = ${input.ticketId ?? null},
        ticket_message_id = ${input.ticketMessageId ?? null}, processed_at = ${now},
        subject = coalesce(${clean(input.subject)}, subject), from_address = coalesce(${clean(input.fromAddress)}, from_address)
      WHERE id = ${input.id} AND status = 'received'
      RETURNING id, from_address
    )
    INSERT INTO events (id, type, ticket_id, actor_id, data, created_at)
    SELECT ${newId()}, ${`inbound_mail.${input.status}`}, ${input.ticketId ?? null}::uuid, NULL,
      jsonb_build_object('inboundMessageId', u.id, 'reason', ${reason.split(':')[0]}::text, 'from', u.from_address), ${now}
    FROM u
    RETURNING id`).then((r) => r.length > 0);
  if (settled) ctx.events.kick();
  return settled;
}

const clean = (value: string | null | undefined) => (value ? storableText(value, 998) : null);
