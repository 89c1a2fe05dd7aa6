import { ApiError } from '../../shared/api/client';
import type { ChatFrame } from '../../shared/api/chat-types';
import type { LiveStatus } from '../../shared/realtime/live-socket';

const MAX_RETRY_MS = 30_000;
const SEEN_LIMIT = 1000;
/** A reply slower than this is treated as lost; callers fall back to REST. */
const REPLY_TIMEOUT_MS = 8000;

/** The socket could not carry a request (closed, or no reply in time): the caller may use REST. */
export class SocketUnavailable extends Error {}

type Pending = { resolve: (frame: ChatFrame) => void; reject: (err: Error) => void; timer: ReturnType<typeof setTimeout> };

/**
 * The agent console's chat socket (GET /api/v1/chats/socket, docs/chat-protocol.md), signed in by
 * the session cookie of this page. It follows the queue (every event of every chat the agent may
 * see), joins the chats on screen (typing goes only to joined sockets), reconnects with backoff and
 * then joins again — a `joined` reply carries the whole transcript, so nothing said while away is
 * lost. Event frames seen twice (two nodes may dispatch one event) reach listeners once.
 */
export class ChatSocket {
  private ws: WebSocket | null = null;
  private readonly joined = new Set<string>();
  private readonly listeners = new Set<(frame: ChatFrame) => void>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private readonly pending = new Map<string, Pending>();
  private readonly seen: string[] = [];
  private nextRef = 1;
  private retryMs = 1000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private everOpened = false;
  status: LiveStatus = 'connecting';

  constructor(private readonly url: string) {
    this.connect();
  }

  onFrame(listener: (frame: ChatFrame) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Follows a chat while it is on screen; its `joined` reply reaches the frame listeners. */
  join(chatId: string): void {
    this.joined.add(chatId);
    this.send({ type: 'join', chatId });
  }

  leave(chatId: string): void {
    if (!this.joined.delete(chatId)) return;
    this.send({ type: 'leave', chatId });
  }

  /** Tells the customer an agent is (or stopped) typing; best effort, never stored. */
  typing(chatId: string, typing: boolean): void {
    if (this.joined.has(chatId)) this.send({ type: 'typing', chatId, typing });
  }

  /**
   * Sends a frame and waits for the reply that carries its `ref` back. An `error` reply rejects
   * with an ApiError of its code; a closed socket or a lost reply rejects with SocketUnavailable.
   */
  request(frame: Record<string, unknown>): Promise<ChatFrame> {
    if (this.ws?.readyState !== WebSocket.OPEN) return Promise.reject(new SocketUnavailable('chat socket closed'));
    const ref = `r${this.nextRef++}`;
    return new Promise<ChatFrame>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(ref);
        reject(new SocketUnavailable('no reply'));
      }, REPLY_TIMEOUT_MS);
      this.pending.set(ref, { resolve, reject, timer });
      this.send({ ...frame, ref });
    });
  }

  close(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.failPending();
    this.ws?.close();
  }

  private send(message: unknown): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private failPending(): void {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new SocketUnavailable('chat socket closed'));
    }
    this.pending.clear();
  }

  private receive(frame: ChatFrame): void {
    const ref = frame.ref === undefined ? undefined : String(frame.ref);
    const waiting = ref ? this.pending.get(ref) : undefined;
    if (ref && waiting) {
      this.pending.delete(ref);
      clearTimeout(waiting.timer);
      if (frame.type === 'error') {
        waiting.reject(new ApiError(400, String(frame.code ?? 'error'), String(frame.message ?? 'Failed.'), (frame.details as Record<string, unknown>) ?? {}));
      } else waiting.resolve(frame);
    }
    if (frame.id) {
      if (this.seen.includes(frame.id)) return;
      this.seen.push(frame.id);
      if (this.seen.length > SEEN_LIMIT) this.seen.shift();
    }
    for (const listener of this.listeners) listener(frame);
  }

  private connect(): void {
    this.setStatus('connecting');
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 1000;
      this.send({ type: 'queue', on: true });
      for (const chatId of this.joined) this.send({ type: 'join', chatId });
      this.setStatus('open');
      // Events sent while the socket was away are lost: listeners read the lists again.
      if (this.everOpened) this.receive({ type: 'reconnected' });
      this.everOpened = true;
    };
    ws.onmessage = (message) => {
      let frame: ChatFrame;
      try {
        frame = JSON.parse(String(message.data)) as ChatFrame;
      } catch {
        return; // not a frame of ours
      }
      this.receive(frame);
    };
    ws.onclose = (event) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.failPending();
      this.setStatus('closed');
      // 4401: the session ended; signing in again opens a new socket.
      if (this.stopped || event.code === 4401) return;
      this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    };
  }
}

/** The chat socket's URL on this page's host (the session cookie authenticates it). */
export const chatSocketUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/chats/socket`;
