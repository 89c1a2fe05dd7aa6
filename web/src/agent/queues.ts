import type { TicketFilter } from '../shared/api/tickets';
import type { Ticket } from '../shared/api/types';
import { isBreachingSoon } from '../shared/sla/sla-status';

export type QueueKey = 'team' | 'mine' | 'unassigned' | 'breaching' | 'pending' | 'on_hold';

export interface QueueDefinition {
  key: QueueKey;
  /** What GET /api/v1/tickets is asked; the server keeps queue order (R25). */
  filter: TicketFilter;
  /** A further narrowing the API has no filter for, applied to the page it returned. */
  keep?: (ticket: Ticket, now: number) => boolean;
}

const working = 'new,open';

/** The agent's queues (issue 5): my teams, mine, unassigned, breaching soon, pending, on hold. */
export const queues: QueueDefinition[] = [
  { key: 'team', filter: { status: working } },
  { key: 'mine', filter: { status: 'new,open,pending,on_hold', assigneeId: 'me' } },
  { key: 'unassigned', filter: { status: working, assigneeId: 'none' } },
  // Queue order puts the earliest due first, so the first page holds the tickets closest to breach.
  { key: 'breaching', filter: { status: working, limit: 200 }, keep: isBreachingSoon },
  { key: 'pending', filter: { status: 'pending' } },
  { key: 'on_hold', filter: { status: 'on_hold' } },
];

export const queueByKey = (key: string | undefined): QueueDefinition => queues.find((q) => q.key === key) ?? queues[0];
