import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { tickets } from '../db/schema/index';
import { isId } from '../server/ids';
import type { TicketAccessFields } from '../modules/tickets/ticket.policy';
import type { RealtimeEvent } from './realtime-frame';

/** The fields `canSeeTicket` reads, for one ticket; null when it does not exist. */
export async function loadTicketAccess(db: Db, ticketId: string): Promise<TicketAccessFields | null> {
  if (!isId(ticketId)) return null;
  const [row] = await db
    .select({ requesterId: tickets.requesterId, cc: tickets.cc, teamId: tickets.teamId, assigneeId: tickets.assigneeId })
    .from(tickets)
    .where(eq(tickets.id, ticketId));
  return row ?? null;
}

type Change = { from?: unknown; to?: unknown };

/**
 * The ticket's access fields before this event, when the event moved it (a transfer or a new
 * assignee, R21): those who saw it before are told it left their view. Null when nothing moved.
 */
export function accessBefore(event: RealtimeEvent, now: TicketAccessFields): TicketAccessFields | null {
  if (event.type !== 'tickets.updated') return null;
  const changes = (event.data.changes ?? {}) as Record<string, Change | undefined>;
  const { teamId, assigneeId, cc } = changes;
  if (!teamId && !assigneeId && !cc) return null;
  return {
    requesterId: now.requesterId,
    teamId: teamId ? ((teamId.from as string | null) ?? null) : now.teamId,
    assigneeId: assigneeId ? ((assigneeId.from as string | null) ?? null) : now.assigneeId,
    cc: cc && Array.isArray(cc.from) ? (cc.from as string[]) : now.cc,
  };
}
