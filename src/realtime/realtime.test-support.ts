import WebSocket from 'ws';

export type Frame = { type: string; ticketId?: string | null; data?: Record<string, any>; [k: string]: unknown };

/** A real WebSocket to the desk that records every frame, for tests. */
export class TestSocket {
  readonly frames: Frame[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
  static open(baseUrl: string, options: { token?: string; cookie?: string; query?: string; origin?: string } = {}): Promise<TestSocket> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    if (options.origin) headers.origin = options.origin;
    const url = `${baseUrl.replace(/^http/, 'ws')}/api/v1/realtime${options.query ?? ''}`;
    const ws = new WebSocket(url, { headers });
    const socket = new TestSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`refused: ${res.statusCode}`), { status: res.statusCode })));
      ws.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }

  /** Subscribes and waits for the server to confirm (or refuse) each room. */
  async subscribe(...rooms: string[]): Promise<Frame[]> {
    const start = this.frames.length;
    this.send({ type: 'subscribe', rooms });
    const answers: Frame[] = [];
    for (const room of rooms) {
      answers.push(await this.next((f) => (f.type === 'subscribed' && f.room === room) || (f.type === 'error' && (f.details as { room?: string } | undefined)?.room === room), 5000, start));
    }
    return answers;
  }

  /** The first frame (from `from` on) that matches, waiting up to `timeoutMs` for it. */
  async next(match: (f: Frame) => boolean, timeoutMs = 5000, from = 0): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.slice(from).find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames.map((f) => f.type))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}
