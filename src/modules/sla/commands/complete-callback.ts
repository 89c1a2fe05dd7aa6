import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { tickets } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { recordEvent } from '../../../events/record-event';
import { requireStaff, type Actor } from '../../auth/actor';
import { findTicket, type TicketRecord } from '../../tickets/ticket.queries';
import { assertCanSeeTicket } from '../../tickets/ticket.policy';
import type { CompleteCallback } from '../callback.schemas';
import { slaFromJson } from '../sla-json';
import { onCallbackCompleted, openCallback } from '../sla-state';
import { scheduleSlaCheck, slaFields } from '../ticket-sla';
import { recordDueSla } from './check-ticket-sla';

/**
 * An agent made the promised call-back (R11): its clock stops, met at this instant. A call made
 * after its due is still recorded, and the breach stands — recorded here first if the SLA timer
 * had not fired yet, with its escalation (R46).
 */
export async function completeCallback(ctx: AppContext, input: { actor: Actor; ticketId: string; data: CompleteCallback }): Promise<TicketRecord> {
  const { actor, data } = input;
  requireStaff(actor);
  const now = ctx.clock.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const found = await findTicket(tx, input.ticketId, true);
    assertCanSeeTicket(actor, found);
    if (!openCallback(slaFromJson((found as TicketRecord).sla))) {
      throw new AppError('conflict', 'callback_not_requested', 'This ticket has no call-back waiting to be made.', { ticketId: input.ticketId });
    }
    const ticket = await recordDueSla(ctx, tx, found as TicketRecord, now);
    const state = slaFromJson(ticket.sla);
    const clock = state.clocks.callback;
    const next = onCallbackCompleted(state, { now: now.getTime(), completedById: actor.id });
    const fields = slaFields(next);
    const [row] = await tx
      .update(tickets)
      .set({ sla: fields.sla, queueDueAt: fields.queueDueAt ?? sql`'infinity'::timestamptz`, updatedAt: now })
      .where(eq(tickets.id, ticket.id))
      .returning();
    await recordEvent(tx, {
      type: 'sla.callback_completed',
      ticketId: ticket.id,
      actorId: actor.id,
      data: {
        note: data.note ?? null,
        requestedAt: new Date(state.callback!.requestedAt).toISOString(),
        dueAt: clock?.dueAt != null ? new Date(clock.dueAt).toISOString() : null,
        // null when no target applied: nothing to meet or miss.
        met: clock ? !clock.breached : null,
      },
      at: now,
    });
    await scheduleSlaCheck(tx, ticket.id, fields.nextCheckAt, now);
    return row;
  });
  ctx.events.kick();
  return updated;
}
