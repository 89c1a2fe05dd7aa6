import type { WebSocket } from 'ws';
import type { Actor } from '../modules/auth/actor';
import type { RealtimeFrame } from './realtime-frame';

/** How a socket proved who it is, so the gateway can check again that it still holds. */
export type Credential = { kind: 'session' | 'token'; value: string };

/** Past this many unsent bytes a socket is too slow to keep up and is closed (it reconnects). */
const MAX_BUFFERED_BYTES = 1_000_000;

/** One connected socket: who it is, the rooms it listens to, and a safe way to send it a frame. */
export class RealtimeClient {
  readonly rooms = new Set<string>();
  alive = true;

  constructor(
    readonly socket: WebSocket,
    public actor: Actor,
    readonly credential: Credential | null,
  ) {}

  /** True when the client listens to a room that this ticket's events go to. */
  listensTo(ticketId: string): boolean {
    return this.rooms.has('tickets') || this.rooms.has(`ticket:${ticketId}`);
  }

  send(frame: RealtimeFrame | Record<string, unknown>): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.close(4008, 'too slow');
      return;
    }
    this.socket.send(JSON.stringify(frame));
  }
}
