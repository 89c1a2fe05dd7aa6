import { events } from '../db/schema/index';
import type { Executor } from '../db/connection';
import { newId } from '../server/ids';

/** The event types written by commands; subscribers and the ticket history read them. */
export type EventType =
  | 'tickets.created'
  | 'tickets.updated'
  | 'tickets.status_changed'
  | 'tickets.merged'
  | 'tickets.masked_secrets'
  | 'messages.created'
  | 'people.created'
  | 'people.updated'
  | 'auth.magic_link_requested'
  | (string & {});

export interface NewEvent {
  type: EventType;
  ticketId?: string | null;
  actorId?: string | null;
  data?: Record<string, unknown>;
  at: Date;
}

/** Writes one event row inside the caller's transaction; it is dispatched only after commit. */
export async function recordEvent(tx: Executor, event: NewEvent): Promise<string> {
  const id = newId();
  await tx.insert(events).values({
    id,
    type: event.type,
    ticketId: event.ticketId ?? null,
    actorId: event.actorId ?? null,
    data: event.data ?? {},
    createdAt: event.at,
  });
  return id;
}
