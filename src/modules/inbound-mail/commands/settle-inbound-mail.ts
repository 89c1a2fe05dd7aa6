import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
import { recordEvent } from '../../../events/record-event';
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
  const settled = await ctx.db.transaction(async (tx) => {
    const updated = await rows<{ id: string; from_address: string | null }>(tx, sql`
      UPDATE inbound_messages SET status = ${input.status}, reason = ${reason}, ticket_id = ${input.ticketId ?? null},
        ticket_message_id = ${input.ticketMessageId ?? null}, processed_at = ${now},
        subject = coalesce(${clean(input.subject)}, subject), from_address = coalesce(${clean(input.fromAddress)}, from_address)
      WHERE id = ${input.id} AND status = 'received'
      RETURNING id, from_address`);
    if (!updated.length) return false;
    await recordEvent(tx, {
      type: `inbound_mail.${input.status}`,
      ticketId: input.ticketId ?? null,
      data: { inboundMessageId: input.id, reason: reason.split(':')[0], from: updated[0].from_address },
      at: now,
    });
    return true;
  });
  if (settled) ctx.events.kick();
  return settled;
}

const clean = (value: string | null | undefined) => (value ? storableText(value, 998) : null);
