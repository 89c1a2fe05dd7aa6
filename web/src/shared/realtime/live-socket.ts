/** A frame pushed by GET /api/v1/realtime (docs/realtime.md). */
export interface LiveFrame {
  type: string;
  ticketId?: string | null;
  data?: Record<string, unknown>;
  id?: string;
  at?: string;
  [key: string]: unknown;
}

export type LiveStatus = 'connecting' | 'open' | 'closed';

const MAX_RETRY_MS = 30_000;
const SEEN_LIMIT = 500;

/**
 * One WebSocket per page to the desk's realtime gateway: subscribes to rooms, reconnects with
 * backoff, re-subscribes, drops duplicate events (two nodes may dispatch one event), and tells
 * listeners when it came back, since events sent while it was away are lost.
 */
export class LiveSocket {
  private ws: WebSocket | null = null;
  private readonly rooms = new Set<string>();
  private readonly listeners = new Set<(frame: LiveFrame) => void>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  private readonly seen: string[] = [];
  private retryMs = 1000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  private everOpened = false;
  status: LiveStatus = 'connecting';

  constructor(private readonly url: string) {
    this.connect();
  }

  subscribe(room: string): void {
    this.rooms.add(room);
    this.send({ type: 'subscribe', rooms: [room] });
  }

  unsubscribe(room: string): void {
    this.rooms.delete(room);
    this.send({ type: 'unsubscribe', rooms: [room] });
  }

  onFrame(listener: (frame: LiveFrame) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  close(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.ws?.close();
  }

  private send(message: unknown): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private emit(frame: LiveFrame): void {
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
      if (this.rooms.size) this.send({ type: 'subscribe', rooms: [...this.rooms] });
      this.setStatus('open');
      if (this.everOpened) this.emit({ type: 'reconnected' });
      this.everOpened = true;
    };
    ws.onmessage = (message) => {
      try {
        this.emit(JSON.parse(String(message.data)) as LiveFrame);
      } catch {
        // not a frame of ours
      }
    };
    ws.onclose = (event) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.setStatus('closed');
      // 4401: the session ended; signing in again opens a new socket.
      if (this.stopped || event.code === 4401) return;
      this.retryTimer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    };
  }
}

/** The gateway's URL on this page's host. */
export const realtimeUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/realtime`;
