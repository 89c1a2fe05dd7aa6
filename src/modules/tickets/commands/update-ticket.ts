import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { categories, people, teamMembers, teams, tickets, type TicketStatus } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { isStaff, type Actor } from '../../auth/actor';
import { recordEvent } from '../../../events/record-event';
import type { Tx } from '../../../db/connection';
import type { UpdateTicket } from '../ticket.schemas';
import { findTicket, type TicketRecord } from '../ticket.queries';
import { assertCanSeeTicket } from '../ticket.policy';
import { assertTransition } from '../ticket-status';
import { followStatusChange, slaColumnsFor } from './follow-ticket-change';
import { notifyRequester } from './notify-requester';

// Customers may only mark their ticket solved or reopen a solved one.
function checkCustomerChange(ticket: TicketRecord, data: UpdateTicket) {
  const keys = Object.keys(data);
  const statusOnly = keys.length === 1 && keys[0] === 'status';
  const allowed = statusOnly && (data.status === 'resolved' || (data.status === 'open' && ticket.status === 'resolved'));
  if (!allowed) {
    throw new AppError('forbidden', 'customer_cannot_change', 'Customers may mark their ticket resolved or reopen it; agents change the rest.');
  }
}

async function checkAssignee(tx: Tx, assigneeId: string, teamId: string | null) {
  const [agent] = await tx.select({ role: people.role, active: people.active }).from(people).where(eq(people.id, assigneeId));
  if (!agent || agent.role === 'customer' || !agent.active) {
    throw new AppError('unprocessable', 'assignee_not_found', 'The assignee is not an active agent.', { assigneeId });
  }
  if (agent.role === 'agent' && teamId) {
    const [member] = await tx.select().from(teamMembers).where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.personId, assigneeId)));
    if (!member) throw new AppError('unprocessable', 'assignee_not_in_team', 'The agent is not a member of the ticket\'s team (R28).', { assigneeId, teamId });
  }
}

const same = (a: unknown, b: unknown) => (a instanceof Date || b instanceof Date ? String(a && new Date(a as Date).toISOString()) === String(b && new Date(b as Date).toISOString()) : a === b || JSON.stringify(a) === JSON.stringify(b));

/**
 * Changes a ticket's status, triage fields, routing, escalation level or ETA. The status machine
 * refuses forbidden moves with the allowed ones (409); each change is one event in the history.
 */
export async function updateTicket(
  ctx: AppContext,
  input: {
    actor: Actor;
    id: string;
    data: UpdateTicket;
    /** Apply only if the ticket is still in this status spell (timed rules check this). */
    onlyIf?: { status: TicketStatus; statusChangedAt: Date };
    /** Why the system made the change, recorded in the history. */
    reason?: string;
  },
): Promise<TicketRecord> {
  const { actor, data } = input;
  const now = ctx.clock.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, input.id, true);
    assertCanSeeTicket(actor, ticket);
    const current = ticket as TicketRecord;
    if (input.onlyIf && (current.status !== input.onlyIf.status || current.statusChangedAt.getTime() !== input.onlyIf.statusChangedAt.getTime())) {
      return current;
    }
    if (!isStaff(actor)) checkCustomerChange(current, data);
    if (current.status === 'closed') assertTransition('closed', data.status ?? 'closed');
    if (data.status) assertTransition(current.status, data.status);

    const next: Partial<TicketRecord> = {};
    if (data.subject !== undefined) next.subject = data.subject;
    if (data.priority !== undefined) next.priority = data.priority;
    if (data.severity !== undefined) next.severity = data.severity;
    if (data.availability !== undefined) next.availability = data.availability;
    if (data.environment !== undefined) next.environment = data.environment;
    if (data.level !== undefined) next.level = data.level;
    if (data.eta !== undefined) next.eta = data.eta ? new Date(data.eta) : null;
    if (data.cc !== undefined) next.cc = [...new Set(data.cc.map((e) => e.toLowerCase()))];
    if (data.categoryId !== undefined) {
      next.categoryId = data.categoryId;
      if (data.categoryId) {
        const [category] = await tx.select({ teamId: categories.teamId }).from(categories).where(eq(categories.id, data.categoryId));
        if (!category) throw new AppError('unprocessable', 'category_not_found', 'The category does not exist.', { categoryId: data.categoryId });
        // A new category routes to its team unless the change names a team itself (R21).
        if (data.teamId === undefined) next.teamId = category.teamId;
      }
    }
    if (data.teamId !== undefined) next.teamId = data.teamId;
    const teamId = next.teamId !== undefined ? next.teamId : current.teamId;
    if (data.teamId !== undefined && data.teamId !== current.teamId) {
      const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, data.teamId));
      if (!team) throw new AppError('unprocessable', 'team_not_found', 'The team does not exist.', { teamId: data.teamId });
    }
    if (data.assigneeId !== undefined) {
      if (data.assigneeId) await checkAssignee(tx, data.assigneeId, teamId);
      next.assigneeId = data.assigneeId;
    } else if (next.teamId !== undefined && next.teamId !== current.teamId && current.assigneeId) {
      // A transfer keeps the assignee only when they belong to the new team.
      const [member] = await tx.select().from(teamMembers).where(and(eq(teamMembers.teamId, next.teamId!), eq(teamMembers.personId, current.assigneeId)));
      if (!member) next.assigneeId = null;
    }
    if (data.status !== undefined && data.status !== current.status) {
      next.status = data.status as TicketStatus;
      next.statusChangedAt = now;
    }

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(next)) {
      if (key === 'statusChangedAt') continue;
      const before = current[key as keyof TicketRecord];
      if (!same(before, value)) changes[key] = { from: before ?? null, to: value ?? null };
    }
    if (Object.keys(changes).length === 0) return current;

    const after = { ...current, ...next } as TicketRecord;
    const slaColumns = await slaColumnsFor(ctx, tx, { before: current, after, now });
    const [row] = await tx
      .update(tickets)
      .set({ ...next, ...slaColumns, updatedAt: now, lastActivityAt: now })
      .where(eq(tickets.id, current.id))
      .returning();
    const reason = input.reason ? { reason: input.reason } : {};
    await recordEvent(tx, { type: 'tickets.updated', ticketId: current.id, actorId: actor.id, data: { changes, ...reason }, at: now });
    if (changes.status) {
      await recordEvent(tx, { type: 'tickets.status_changed', ticketId: current.id, actorId: actor.id, data: { ...changes.status, ...reason }, at: now });
    }
    await followStatusChange(ctx, tx, current, row, now);
    if (changes.level && data.level === 2) {
      await recordEvent(tx, { type: 'tickets.escalated', ticketId: current.id, actorId: actor.id, data: { level: 2, teamId }, at: now });
    }
    if (changes.eta) {
      const eventId = await recordEvent(tx, { type: 'tickets.eta_changed', ticketId: current.id, actorId: actor.id, data: changes.eta, at: now });
      // R38: any change to the expected resolution time is told to the customer.
      const eta = row.eta ? row.eta.toISOString() : null;
      await notifyRequester(tx, {
        ticket: row,
        kind: 'eta_changed',
        subject: `[#${row.number}] New expected resolution time`,
        body: eta
          ? `The expected resolution time of your ticket #${row.number} "${row.subject}" is now ${eta}.`
          : `Your ticket #${row.number} "${row.subject}" no longer has an expected resolution time; we will tell you when it has one.`,
        data: { eta },
        eventId,
        now,
      });
    }
    return row;
  });
  ctx.events.kick();
  return updated;
}
