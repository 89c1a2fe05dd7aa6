import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../auth/actor';
import { notFound } from '../../server/app-error';

export type TicketAccessFields = { requesterId: string; cc: string[]; teamId: string | null; assigneeId: string | null };

/**
 * Who sees a ticket (R6, R28): an admin sees all; an agent their teams' tickets and those assigned
 * to them; a customer the tickets they opened or on which one of their emails is copied — never the
 * rest of their company's.
 */
export function canSeeTicket(actor: Actor, ticket: TicketAccessFields): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'agent') {
    return ticket.assigneeId === actor.id || (ticket.teamId !== null && actor.teamIds.includes(ticket.teamId));
  }
  return ticket.requesterId === actor.id || ticket.cc.some((e) => actor.emails.includes(e));
}

/** The same rule as SQL over the `tickets` table, for lists. */
export function visibleTicketsFilter(actor: Actor): SQL {
  if (actor.role === 'admin') return sql`true`;
  if (actor.role === 'agent') {
    const teams = `{${actor.teamIds.join(',')}}`;
    return sql`(tickets.team_id = ANY(${teams}::uuid[]) OR tickets.assignee_id = ${actor.id})`;
  }
  const emails = `{${actor.emails.map((e) => `"${e.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return sql`(tickets.requester_id = ${actor.id} OR tickets.cc && ${emails}::text[])`;
}

/** Unauthorized reads answer 404, so a ticket's existence does not leak. */
export function assertCanSeeTicket(actor: Actor, ticket: TicketAccessFields | null | undefined): asserts ticket is TicketAccessFields {
  if (!ticket || !canSeeTicket(actor, ticket)) throw notFound('ticket');
}
