import type { WebSocket } from 'ws';
import type { Actor } from '../../auth/actor';

/** How a chat socket proved who it is, so the gateway can check again that it still holds. */
export type ChatCredential = { kind: 'session' | 'token' | 'widget'; value: string };

/** Past this many unsent bytes a socket is too slow to keep up and is closed (it reconnects). */
const MAX_BUFFERED_BYTES = 1_000_000;

/** One connected widget or console: who it is, the chats it joined, and whether it follows the queue. */
export class ChatClient {
  readonly chats = new Set<string>();
  /** Staff following their teams' queues (every chat event they may see, joined or not). */
  queue = false;
  alive = true;
  /** Client ids of lines this socket sent and awaits the ack of: the ack carries the line to it. */
  readonly sending = new Set<string>();

  constructor(
    readonly socket: WebSocket,
    public actor: Actor,
    readonly credential: ChatCredential | null,
  ) {}

  send(frame: Record<string, unknown>): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.socket.close(4008, 'too slow');
      return;
    }
    this.socket.send(JSON.stringify(frame));
  }
}
