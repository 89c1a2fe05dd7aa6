import WebSocket from 'ws';
import type { TestDesk, TestPerson } from '../../../test/desk';

export type Frame = { type: string; chatId?: string; data?: Record<string, any>; [k: string]: any };

/** A real chat WebSocket (/api/v1/chats/socket) that records every frame, for tests. */
export class ChatSocket {
  readonly frames: Frame[] = [];
  private waiters: Array<() => void> = [];
  private refs = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Opens a socket with `?token=` (widget or API token); rejects with the status when refused. */
  static open(baseUrl: string, options: { token?: string; headers?: Record<string, string> } = {}): Promise<ChatSocket> {
    const query = options.token ? `?token=${encodeURIComponent(options.token)}` : '';
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/v1/chats/socket${query}`, { headers: options.headers ?? {} });
    const socket = new ChatSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(socket));
      ws.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`refused: ${res.statusCode}`), { status: res.statusCode })));
      ws.once('error', reject);
    });
  }

  send(message: Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  /** Sends a frame with a fresh `ref` and waits for the reply that carries it. */
  async request(message: Record<string, unknown>, timeoutMs = 5000): Promise<Frame> {
    const ref = `r${++this.refs}`;
    const from = this.frames.length;
    this.send({ ...message, ref });
    return this.next((f) => f.ref === ref, timeoutMs, from);
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

/** An API token for a person, for sockets. */
export async function tokenFor(desk: TestDesk, person: { id: string }): Promise<string> {
  const res = await desk.admin.post('/api/v1/tokens', { personId: person.id, name: 'socket' });
  return res.body.token as string;
}

/** A chat team with an agent, and an entitled customer. */
export async function chatCast(desk: TestDesk, options: { calendarId?: string; triage?: boolean } = {}) {
  const team = await desk.team(options.calendarId ? { calendarId: options.calendarId } : {});
  const category = await desk.category({ teamId: team.id });
  const agent = await desk.person({ role: 'agent', teamIds: [team.id] });
  const organization = await desk.organization({ entitlements: { chat: true, whatsapp: false, email: true } });
  const customer = await desk.person({ role: 'customer', organizationId: organization.id });
  return { team, category, agent, organization, customer };
}

export type Cast = Awaited<ReturnType<typeof chatCast>> & { customer: TestPerson; agent: TestPerson };

/** Calls the chat API as the widget does: with X-Atende-Widget-Token, no cookie, no bearer. */
export function widgetApi(desk: TestDesk, token: string) {
  const headers = { 'x-atende-widget-token': token };
  return {
    get: (path: string) => desk.anonymous.request('GET', path, undefined, headers),
    post: (path: string, body: unknown = {}) => desk.anonymous.request('POST', path, body, headers),
  };
}
