import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { events, tickets } from '../../db/schema/index';
import { isId } from '../../server/ids';
import type { Actor } from '../auth/actor';
import { assertCanSeeTicket, visibleTicketsFilter } from './ticket.policy';
import type { ListTickets } from './ticket.schemas';

export type TicketRecord = typeof tickets.$inferSelect;

/** One ticket by id without an access check (for commands that check their own policy). */
export async function findTicket(db: Executor, id: string, lock = false): Promise<TicketRecord | null> {
  if (!isId(id)) return null;
  const query = db.select().from(tickets).where(eq(tickets.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** One ticket the actor may see, else 404. */
export async function getTicket(ctx: AppContext, input: { actor: Actor; id: string }): Promise<TicketRecord> {
  const ticket = await findTicket(ctx.db, input.id);
  assertCanSeeTicket(input.actor, ticket);
  return ticket as TicketRecord;
}

/** A ticket by its human number, without an access check (email threading uses it). */
export async function findTicketByNumber(db: Executor, number: number): Promise<TicketRecord | null> {
  const [row] = await db.select().from(tickets).where(eq(tickets.number, number));
  return row ?? null;
}

/** Tickets the actor may see, in queue order: earliest running SLA due first, then oldest (R25). */
export async function listTickets(ctx: AppContext, input: ListTickets & { actor: Actor }) {
  const where: SQL[] = [visibleTicketsFilter(input.actor)];
  if (input.status) {
    const statuses = input.status.split(',');
    where.push(statuses.length === 1 ? sql`tickets.status = ${statuses[0]}` : sql`tickets.status = ANY(${`{${statuses.join(',')}}`}::text[])`);
  }
  if (input.teamId) where.push(sql`tickets.team_id = ${input.teamId}`);
  if (input.assigneeId === 'none') where.push(sql`tickets.assignee_id IS NULL`);
  else if (input.assigneeId === 'me') where.push(sql`tickets.assignee_id = ${input.actor.id}`);
  else if (input.assigneeId) where.push(sql`tickets.assignee_id = ${input.assigneeId}`);
  if (input.requesterId) where.push(sql`tickets.requester_id = ${input.requesterId}`);
  if (input.organizationId) where.push(sql`tickets.organization_id = ${input.organizationId}`);
  if (input.priority) where.push(sql`tickets.priority = ${input.priority}`);
  if (input.q) {
    const number = /^#?(\d{1,15})$/.exec(input.q);
    const like = `%${input.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(number ? sql`(tickets.number = ${Number(number[1])} OR tickets.subject ILIKE ${like})` : sql`tickets.subject ILIKE ${like}`);
  }
  if (input.cursor && isId(input.cursor)) {
    // Keyset page: rows after the cursor ticket in queue order; the cursor is the last id shown.
    where.push(sql`(tickets.queue_due_at, tickets.created_at, tickets.id) > (SELECT c.queue_due_at, c.created_at, c.id FROM tickets c WHERE c.id = ${input.cursor})`);
  }
  const found = await ctx.db
    .select()
    .from(tickets)
    .where(sql.join(where, sql` AND `))
    .orderBy(asc(tickets.queueDueAt), asc(tickets.createdAt), asc(tickets.id))
    .limit(input.limit + 1);
  const items = found.slice(0, input.limit);
  return { items, nextCursor: found.length > input.limit ? items[items.length - 1].id : null };
}

// What a customer may read of a ticket's history; internal work stays with the agents.
const customerEventTypes = ['tickets.created', 'tickets.status_changed', 'tickets.merged', 'tickets.eta_changed'];

/** The ticket's history from its event rows, oldest first. */
export async function listTicketEvents(ctx: AppContext, input: { actor: Actor; id: string }) {
  await getTicket(ctx, input);
  const filters = [eq(events.ticketId, input.id)];
  if (input.actor.role === 'customer') filters.push(inArray(events.type, customerEventTypes));
  return ctx.db.select().from(events).where(and(...filters)).orderBy(asc(events.createdAt), asc(events.id));
}
