import { isStaff, type Actor } from '../modules/auth/actor';

/** A committed event as the realtime layer carries it between processes (JSON-safe). */
export interface RealtimeEvent {
  id: string;
  type: string;
  ticketId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
  /** ISO 8601 instant the event was recorded. */
  at: string;
}

/** What a socket receives: small, so clients refetch what they show through the v1 API. */
export interface RealtimeFrame {
  type: string;
  ticketId: string | null;
  data: Record<string, unknown>;
  /** The event id; a client may see an event twice when two nodes race to dispatch it. */
  id: string;
  at: string;
}

/** Staff frames carry the event's data unless it is large; the REST history has the rest. */
const STAFF_DATA_MAX_CHARS = 4000;

// What a customer may learn about a ticket: the same event types the customer's ticket history
// shows (ticket.queries.ts), plus public replies and a bare "something changed" for updates.
const customerData: Record<string, (data: Record<string, unknown>) => Record<string, unknown> | null> = {
  'tickets.created': (d) => ({ number: d.number ?? null }),
  'tickets.updated': () => ({}),
  'tickets.status_changed': (d) => ({ from: d.from ?? null, to: d.to ?? null }),
  'tickets.merged': (d) => ({ into: d.into ?? null, intoNumber: d.intoNumber ?? null }),
  'tickets.eta_changed': (d) => ({ from: d.from ?? null, to: d.to ?? null }),
  // Internal notes never reach a customer socket; a missing flag counts as internal (fail closed).
  'messages.created': (d) => (d.internal === false ? { messageId: d.messageId ?? null, authorRole: d.authorRole ?? null } : null),
};

/**
 * The frame one viewer gets for an event they may see, or null when the event is not for them.
 * The caller has already checked `canSeeTicket`; this decides what of the event they may read.
 */
export function frameFor(actor: Actor, event: RealtimeEvent): RealtimeFrame | null {
  const base = { type: event.type, ticketId: event.ticketId, id: event.id, at: event.at };
  if (isStaff(actor)) {
    const size = JSON.stringify(event.data).length;
    return { ...base, data: size > STAFF_DATA_MAX_CHARS ? { truncated: true } : event.data };
  }
  const present = customerData[event.type];
  const data = present ? present(event.data ?? {}) : null;
  return data ? { ...base, data } : null;
}

/** Told to someone who could see the ticket before a transfer or reassignment and no longer can. */
export function leftViewFrame(event: RealtimeEvent): RealtimeFrame {
  return { type: 'tickets.left_view', ticketId: event.ticketId, data: {}, id: event.id, at: event.at };
}
