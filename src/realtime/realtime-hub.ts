import type { Logger } from 'pino';
import type { Actor } from '../modules/auth/actor';
import { canSeeTicket, type TicketAccessFields } from '../modules/tickets/ticket.policy';
import { frameFor, leftViewFrame, type RealtimeEvent } from './realtime-frame';
import type { RealtimeClient } from './realtime-client';
import { accessBefore } from './ticket-access';

export interface HubOptions {
  loadAccess(ticketId: string): Promise<TicketAccessFields | null>;
  /** Reads a person again (teams and emails change); null when they are gone or deactivated. */
  reloadActor(client: RealtimeClient): Promise<Actor | null>;
  logger: Logger;
}

const ROOM = /^(tickets|ticket:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The sockets of this process and their rooms. `deliver` gets every committed event (from this
 * process or, on PostgreSQL, from any process through LISTEN/NOTIFY) and sends each listening
 * socket the frame its person may see, by the same rule as the REST API (`canSeeTicket`).
 */
export class RealtimeHub {
  readonly clients = new Set<RealtimeClient>();

  constructor(private readonly options: HubOptions) {}

  add(client: RealtimeClient): void {
    this.clients.add(client);
  }

  remove(client: RealtimeClient): void {
    this.clients.delete(client);
  }

  /** Handles one message from a client: subscribe, unsubscribe or ping. */
  async receive(client: RealtimeClient, text: string): Promise<void> {
    let message: { type?: unknown; rooms?: unknown; room?: unknown };
    try {
      message = JSON.parse(text);
    } catch {
      client.send({ type: 'error', code: 'invalid_json', message: 'Frames are JSON objects.' });
      return;
    }
    const rooms = Array.isArray(message.rooms) ? message.rooms : message.room !== undefined ? [message.room] : [];
    if (message.type === 'ping') return client.send({ type: 'pong' });
    if (message.type === 'unsubscribe') {
      for (const room of rooms) client.rooms.delete(String(room));
      return client.send({ type: 'unsubscribed', rooms });
    }
    if (message.type !== 'subscribe') {
      client.send({ type: 'error', code: 'unknown_type', message: 'Send subscribe, unsubscribe or ping.' });
      return;
    }
    for (const value of rooms) {
      const room = String(value);
      if (!ROOM.test(room)) {
        client.send({ type: 'error', code: 'invalid_room', message: 'Rooms are "tickets" or "ticket:<id>".', details: { room } });
        continue;
      }
      if (room.startsWith('ticket:')) {
        const access = await this.options.loadAccess(room.slice(7));
        // Same answer for missing and forbidden tickets, as the REST API's 404.
        if (!access || !canSeeTicket(client.actor, access)) {
          client.send({ type: 'error', code: 'ticket_not_found', message: 'No such ticket.', details: { room } });
          continue;
        }
      }
      client.rooms.add(room);
      client.send({ type: 'subscribed', room });
    }
  }

  /** Sends one committed event to every local socket that listens for it and may see it. */
  async deliver(event: RealtimeEvent): Promise<void> {
    if (event.type.startsWith('people.')) await this.refreshPerson(event);
    if (!event.ticketId || this.clients.size === 0) return;
    const ticketId = event.ticketId;
    const listening = [...this.clients].filter((c) => c.listensTo(ticketId));
    if (listening.length === 0) return;
    const access = await this.options.loadAccess(ticketId);
    if (!access) return;
    const before = accessBefore(event, access);
    for (const client of listening) {
      if (canSeeTicket(client.actor, access)) {
        const frame = frameFor(client.actor, event);
        if (frame) client.send(frame);
      } else if (before && canSeeTicket(client.actor, before)) {
        client.send(leftViewFrame(event));
      }
    }
  }

  /** Reloads every connected person (sessions expire, teams change); closes those now signed out. */
  async refreshAll(): Promise<void> {
    await Promise.all([...this.clients].map((c) => this.refresh(c)));
  }

  private async refreshPerson(event: RealtimeEvent): Promise<void> {
    const personId = event.data.personId;
    await Promise.all([...this.clients].filter((c) => c.actor.id === personId).map((c) => this.refresh(c)));
  }

  private async refresh(client: RealtimeClient): Promise<void> {
    try {
      const actor = await this.options.reloadActor(client);
      if (!actor) {
        client.socket.close(4401, 'signed out');
        this.remove(client);
        return;
      }
      client.actor = actor;
    } catch (err) {
      this.options.logger.warn({ err }, 'realtime: could not reload a connected person');
    }
  }
}
