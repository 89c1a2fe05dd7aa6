import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { tickets } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { recordEvent } from '../../../events/record-event';
import { requireStaff, type Actor } from '../../auth/actor';
import { findPerson } from '../../people/person.queries';
import { findTicket, type TicketRecord } from '../../tickets/ticket.queries';
import { assertCanSeeTicket } from '../../tickets/ticket.policy';
import type { RequestCallback } from '../callback.schemas';
import { bindPolicy, loadSlaConfig } from '../sla-config';
import { slaFromJson } from '../sla-json';
import { onCallbackRequested, openCallback } from '../sla-state';
import { policyById, scheduleSlaCheck, slaFields } from '../ticket-sla';

/**
 * R11 ("when more information is needed, a phone call-back within 5 minutes"): an agent promises
 * to phone the customer. The call-back clock starts on the policy's `callback` target; a policy
 * without one keeps the request without a due. Staff only: the promise is the desk's to make, and
 * a customer able to start a 5-minute clock could escalate tickets at will (R46).
 * Asking again while a call-back is still to be made returns that one unchanged (`created: false`).
 */
export async function requestCallback(
  ctx: AppContext,
  input: { actor: Actor; ticketId: string; data: RequestCallback },
): Promise<{ ticket: TicketRecord; created: boolean }> {
  const { actor, data } = input;
  requireStaff(actor);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const found = await findTicket(tx, input.ticketId, true);
    assertCanSeeTicket(actor, found);
    const ticket = found as TicketRecord;
    const state = slaFromJson(ticket.sla);
    if (openCallback(state)) return { ticket, created: false };
    if (ticket.status === 'resolved' || ticket.status === 'closed') {
      throw new AppError('conflict', 'ticket_not_open', `This ticket is ${ticket.status}; reopen it before promising a call-back.`, { status: ticket.status });
    }
    const phone = data.phone ?? (await findPerson(tx, ticket.requesterId))?.phone ?? null;
    if (!phone) {
      throw new AppError('unprocessable', 'callback_phone_missing', 'There is no number to call: give a phone, or record one on the requester.', { requesterId: ticket.requesterId });
    }
    const config = await loadSlaConfig(ctx, tx);
    const policy = bindPolicy(policyById(config, state.policyId), ticket.teamId, config);
    const next = onCallbackRequested(state, policy, { now: now.getTime(), requestedById: actor.id, phone, status: ticket.status, config });
    const fields = slaFields(next);
    const [row] = await tx
      .update(tickets)
      .set({ sla: fields.sla, queueDueAt: fields.queueDueAt ?? sql`'infinity'::timestamptz`, updatedAt: now })
      .where(eq(tickets.id, ticket.id))
      .returning();
    await recordEvent(tx, {
      type: 'sla.callback_requested',
      ticketId: ticket.id,
      actorId: actor.id,
      data: { phone, note: data.note ?? null, dueAt: fields.sla.callbackDueAt, policyId: next.policyId },
      at: now,
    });
    await scheduleSlaCheck(tx, ticket.id, fields.nextCheckAt, now);
    return { ticket: row, created: true };
  });
  ctx.events.kick();
  return result;
}
