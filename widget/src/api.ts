// The widget's wire: REST calls with the widget token, and the chat socket with reconnection.
// Protocol: docs/chat-protocol.md.

export interface Option { value: string; label: string }
/** A file sent in the chat; `url` needs the widget token, so it is fetched, never linked directly. */
export interface Attachment { id: string; filename: string; contentType: string; size: number; url: string }
export interface Message {
  id: string;
  chatId: string;
  kind: 'customer' | 'agent' | 'bot' | 'system' | 'note';
  authorName: string | null;
  text: string;
  options: Option[] | null;
  input: 'choice' | 'text' | 'none' | null;
  articles: Array<{ id: string; title: string; url: string }> | null;
  clientId: string | null;
  attachments?: Attachment[];
  createdAt: string;
}
export interface Chat {
  id: string;
  publicId: string;
  status: 'bot' | 'waiting' | 'active' | 'closed';
  queuePosition: number | null;
  assigneeName: string | null;
  offHours: boolean;
  notice: string | null;
  agentReadId: string | null;
}
export type Frame = { type: string; chatId?: string; data?: any; [k: string]: any };

/** An API refusal with its documented code and details. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: Record<string, any>) {
    super(message);
  }
}

/** REST calls to the desk; `token` is the widget token once signed in. */
export class Api {
  token: string | null = null;
  constructor(readonly base: string) {}

  /** A JSON call, or a multipart one when `body` is FormData (the browser sets its content type). */
  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    const form = body instanceof FormData;
    if (body !== undefined && !form) headers['content-type'] = 'application/json';
    if (this.token) headers['x-atende-widget-token'] = this.token;
    const res = await fetch(`${this.base}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      const e = data?.error ?? {};
      throw new ApiError(res.status, e.code ?? 'http_error', e.message ?? `HTTP ${res.status}`, e.details ?? {});
    }
    return data as T;
  }

  private files = new Map<string, Promise<string>>();

  /**
   * A chat file as a local object URL. Downloads need the widget token in a header (an <img src> or
   * a link cannot send one, and a token in a URL would end up in logs), so each file is fetched
   * once and kept for the page's life.
   */
  file(a: Attachment): Promise<string> {
    let url = this.files.get(a.id);
    if (!url) {
      url = fetch(this.base + a.url, { headers: { 'x-atende-widget-token': this.token ?? '' } }).then(async (res) => {
        if (!res.ok) throw new ApiError(res.status, 'http_error', `HTTP ${res.status}`, {});
        return URL.createObjectURL(await res.blob());
      });
      url.catch(() => this.files.delete(a.id));
      this.files.set(a.id, url);
    }
    return url;
  }
}

/**
 * The chat socket: reconnects with backoff, re-joins its chat on every open (the join answer holds
 * the whole transcript, so nothing said while offline is lost), and reports frames to `onFrame`.
 */
export class Socket {
  private ws: WebSocket | null = null;
  private retryMs = 1000;
  private stopped = false;
  chatId: string | null = null;

  constructor(
    private readonly url: () => string,
    private readonly onFrame: (frame: Frame) => void,
    private readonly onState: (online: boolean) => void,
  ) {}

  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  connect(): void {
    this.stopped = false;
    const ws = new WebSocket(this.url());
    this.ws = ws;
    ws.onopen = () => {
      this.retryMs = 1000;
      this.onState(true);
      if (this.chatId) this.send({ type: 'join', chatId: this.chatId });
    };
    ws.onmessage = (event) => {
      try {
        this.onFrame(JSON.parse(String(event.data)));
      } catch {
        // not a frame of ours
      }
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.onState(false);
      if (this.stopped) return;
      setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 15000);
    };
  }

  join(chatId: string): void {
    this.chatId = chatId;
    this.send({ type: 'join', chatId });
  }

  send(frame: Record<string, unknown>): boolean {
    if (!this.open) return false;
    this.ws!.send(JSON.stringify(frame));
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.ws?.close();
  }
}
