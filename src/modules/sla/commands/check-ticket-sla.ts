import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { tickets, type Priority } from '../../../db/schema/index';
import { notifyTeam } from '../../notifications/commands/notify-team';
import { recordEvent } from '../../../events/record-event';
import { systemActor } from '../../auth/actor';
import { findTicket, type TicketRecord } from '../../tickets/ticket.queries';
import type { Executor } from '../../../db/connection';
import { loadSlaConfig } from '../sla-config';
import { slaFromJson } from '../sla-json';
import { checkDue } from '../sla-state';
import { policyById, scheduleSlaCheck, slaFields } from '../ticket-sla';

const raised: Record<Priority, Priority> = { low: 'medium', medium: 'high', high: 'urgent', urgent: 'urgent' };

/**
 * The SLA check of one ticket, run by its timer job: records warnings and breaches that are due
 * and escalates on a breach (R46). Idempotent: a breach is recorded once, however often it runs.
 */
export async function checkTicketSla(ctx: AppContext, input: { ticketId: string }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, input.ticketId, true);
    if (ticket) await recordDueSla(ctx, tx, ticket, now);
  });
  ctx.events.kick();
}

/**
 * Inside the caller's transaction, with the ticket locked: records the warnings and breaches due
 * at `now` and escalates on a breach (R46): priority up a step, level 2 or another team if the
 * policy says so, and an in-app notice to the team. Returns the ticket as it now is. Commands that
 * stop a clock call it first, so a breach whose timer has not fired yet is not lost.
 */
export async function recordDueSla(ctx: AppContext, tx: Executor, ticket: TicketRecord, now: Date): Promise<TicketRecord> {
  const config = await loadSlaConfig(ctx, tx);
  const { state, breached, warned } = checkDue(slaFromJson(ticket.sla), now.getTime());
  const fields = slaFields(state);
  if (breached.length === 0 && warned.length === 0) {
    await scheduleSlaCheck(tx, ticket.id, fields.nextCheckAt, now);
    return ticket;
  }
  const policy = policyById(config, state.policyId);
  const escalation = policy?.escalation;
  const changes: Partial<typeof tickets.$inferInsert> = {};
  if (breached.length && escalation) {
    if (escalation.raisePriority && raised[ticket.priority] !== ticket.priority) changes.priority = raised[ticket.priority];
    if (escalation.level === 2 && ticket.level !== 2) changes.level = 2;
    if (escalation.teamId && escalation.teamId !== ticket.teamId) changes.teamId = escalation.teamId;
  }
  const [row] = await tx
    .update(tickets)
    .set({ ...changes, sla: fields.sla, queueDueAt: fields.queueDueAt ?? sql`'infinity'::timestamptz`, updatedAt: now })
    .where(eq(tickets.id, ticket.id))
    .returning();
  for (const target of warned) {
    await recordEvent(tx, { type: 'sla.warning', ticketId: ticket.id, actorId: systemActor.id, data: { target, dueAt: fields.sla[`${target}DueAt`] }, at: now });
  }
  for (const target of breached) {
    const at = state.breaches.findLast((b) => b.target === target)?.at;
    await recordEvent(tx, { type: 'sla.breached', ticketId: ticket.id, actorId: systemActor.id, data: { target, dueAt: at ? new Date(at).toISOString() : null, policyId: state.policyId }, at: now });
  }
  if (Object.keys(changes).length) {
    const diff = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { from: ticket[k as keyof typeof ticket] ?? null, to: v }]));
    await recordEvent(tx, { type: 'tickets.escalated', ticketId: ticket.id, actorId: systemActor.id, data: { reason: 'sla_breached', targets: breached, changes: diff }, at: now });
  }
  if (breached.length && escalation?.notifyTeam) {
    await notifyTeam(tx, {
      teamId: changes.teamId ?? ticket.teamId,
      ticketId: ticket.id,
      kind: 'sla_breached',
      subject: `SLA missed on ticket #${ticket.number}`,
      body: `Ticket #${ticket.number} "${ticket.subject}" missed its ${breached.join(' and ')} target.`,
      data: { targets: breached },
      now,
    });
  }
  await scheduleSlaCheck(tx, ticket.id, fields.nextCheckAt, now);
  return row;
}
