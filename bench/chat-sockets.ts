/**
 * Live chat at scale (issue 6): 1,000 widget sockets and a few agent sockets on ONE desk process.
 * The desk runs in this process; the sockets live in a child process (so the load generator does not
 * share the server's event loop). Every customer writes a few lines at random moments; each line's
 * latency is measured from the customer's socket send to the frame on its agent's socket (both ends
 * in the child, one clock). Target: p99 < 50 ms. Also: the ack latency (stored, then acknowledged)
 * and the desk process's RSS with the sockets open.
 *
 *   npx tsx bench/chat-sockets.ts                                    # PGlite in a temp folder
 *   npx tsx bench/chat-sockets.ts --pg postgres://postgres@127.0.0.1:5432/postgres
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { readArgs, intArg } from './lib/args';
import { describeMachine } from './lib/machine';
import { createFreshDatabase, dropDatabase } from './lib/postgres';
import { startBenchServer } from './lib/server';
import { formatSummary, summarize } from './lib/stats';
import { widgetIdentityHash } from '../src/channels/widget/widget-identity';
import { chatGatewayOf } from '../src/modules/chat/gateway/chat-gateway';

const usage = `Usage: npx tsx bench/chat-sockets.ts [--pg <server url>] [--customers 1000] [--agents 20] [--messages 3] [--duration 30]
  --pg URL        run on PostgreSQL: creates database atende_chat_bench on that server (dropped at the end)
  --customers N   widget sockets, one chat each (default 1000)
  --agents N      agent sockets sharing the chats (default 20)
  --messages N    lines per customer (default 3), sent at random moments within --duration seconds (default 30)`;

interface Plan {
  baseUrl: string;
  customers: Array<{ token: string; chatId: string }>;
  agents: Array<{ token: string; chatIds: string[] }>;
  messages: number;
  durationMs: number;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function inBatches<T, R>(items: T[], size: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)))));
  return out;
}

// ---- the child: sockets and measurements ----

function openSocket(baseUrl: string, token: string, onFrame: (f: any) => void): Promise<WebSocket> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/v1/chats/socket?token=${encodeURIComponent(token)}`);
  ws.on('message', (data) => onFrame(JSON.parse(data.toString())));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function runClients(plan: Plan): Promise<void> {
  const sentAt = new Map<string, number>();
  const delivered: number[] = [];
  const acked: number[] = [];
  let errors = 0;
  const joined = new Set<string>();
  let expected = 0;
  const onFrame = (f: any) => {
    if (f.type === 'joined') joined.add(`${f.chatId}:${f.ref}`);
    else if (f.type === 'ack') acked.push(performance.now() - sentAt.get(f.clientId)!);
    else if (f.type === 'error') errors++;
  };
  const agentFrame = (f: any) => {
    const clientId = f.type === 'chats.message_created' ? f.data?.message?.clientId : null;
    const start = clientId ? sentAt.get(clientId) : undefined;
    if (start !== undefined && f.data.message.kind === 'customer') delivered.push(performance.now() - start);
    onFrame(f);
  };
  const agents = await Promise.all(plan.agents.map((a) => openSocket(plan.baseUrl, a.token, agentFrame)));
  plan.agents.forEach((a, i) => a.chatIds.forEach((chatId) => agents[i].send(JSON.stringify({ type: 'join', chatId, ref: 'a' }))));
  const customers = await inBatches(plan.customers, 50, (c) => openSocket(plan.baseUrl, c.token, onFrame));
  plan.customers.forEach((c, i) => customers[i].send(JSON.stringify({ type: 'join', chatId: c.chatId, ref: 'c' })));
  const wantJoins = plan.customers.length * 2;
  while (joined.size < wantJoins) await new Promise((r) => setTimeout(r, 50));
  process.send!({ type: 'connected', sockets: agents.length + customers.length });

  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  const started = performance.now();
  plan.customers.forEach((c, i) => {
    for (let n = 0; n < plan.messages; n++) {
      expected++;
      setTimeout(() => {
        const clientId = `b${i}-${n}`;
        sentAt.set(clientId, performance.now());
        customers[i].send(JSON.stringify({ type: 'message', chatId: c.chatId, text: `line ${n} from customer ${i}`, clientId }));
      }, Math.random() * plan.durationMs);
    }
  });
  while ((delivered.length < expected || acked.length < expected) && performance.now() - started < plan.durationMs + 30_000) {
    await new Promise((r) => setTimeout(r, 200));
  }
  process.send!({ type: 'done', delivered, acked, expected, errors, seconds: (performance.now() - started) / 1000 });
  [...agents, ...customers].forEach((ws) => ws.close());
}

// ---- the parent: the desk, the data, the report ----

async function main(): Promise<void> {
  const args = readArgs(usage, { pg: { type: 'string' }, customers: { type: 'string' }, agents: { type: 'string' }, messages: { type: 'string' }, duration: { type: 'string' } });
  const customers = intArg(args.customers, 1000, 'customers');
  const agentCount = intArg(args.agents, 20, 'agents');
  const messages = intArg(args.messages, 3, 'messages');
  const durationMs = intArg(args.duration, 30, 'duration') * 1000;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-chat-bench-'));
  const databaseUrl = args.pg ? await createFreshDatabase(args.pg, 'atende_chat_bench') : undefined;
  const server = await startBenchServer({ databaseUrl, dataDir });
  // The bench signs customers in as the widget does (identity hash); the shared bench server has no
  // WIDGET_SECRET of its own, so one is set on its configuration here.
  const secret = 'bench-widget-secret-0123456789';
  Object.assign(server.atende.ctx.config, { WIDGET_SECRET: secret });
  try {
    console.log(`${await describeMachine(args.pg)}\ndatabase: ${server.atende.ctx.database.kind}`);
    const setupStart = performance.now();
    const team = await server.admin('POST', '/api/v1/teams', { name: 'Chat bench' });
    const category = await server.admin('POST', '/api/v1/categories', { name: 'Chat bench', teamId: team.id });
    const agents = await inBatches(Array.from({ length: agentCount }), 8, async (_, i) => {
      const person = await server.admin('POST', '/api/v1/people', { name: `Agent ${i}`, email: `agent${i}@bench.test`, role: 'agent', teamIds: [team.id] });
      return { id: person.id, token: (await server.admin('POST', '/api/v1/tokens', { personId: person.id, name: 'bench' })).token as string, chatIds: [] as string[] };
    });
    const call = async (token: string, method: string, url: string, body: unknown, header = 'x-atende-widget-token') => {
      const res = await fetch(server.baseUrl + url, { method, headers: { 'content-type': 'application/json', [header]: header === 'authorization' ? `Bearer ${token}` : token }, body: JSON.stringify(body) });
      if (res.status >= 300) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
      return res.json();
    };
    const people = await inBatches(Array.from({ length: customers }), 16, async (_, i) => {
      const email = `customer${i}@bench.test`;
      const res = await fetch(`${server.baseUrl}/api/v1/chats/widget-session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}` }, body: JSON.stringify({ email, hash: widgetIdentityHash(secret, email) }) });
      if (res.status !== 201) throw new Error(`widget-session answered ${res.status}: ${await res.text()}`);
      const token = ((await res.json()) as { token: string }).token;
      const chat = await call(token, 'POST', '/api/v1/chats', { categoryId: category.id });
      const agent = agents[i % agentCount];
      await call(agent.token, 'POST', `/api/v1/chats/${chat.id}/accept`, {}, 'authorization');
      agent.chatIds.push(chat.id);
      return { token, chatId: chat.id as string };
    });
    console.log(`setup: ${customers} customers with accepted chats, ${agentCount} agents in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

    // Server-side time of a line, to tell the desk's own work from the machine's scheduling: from the
    // frame's arrival at the hub to the hub handing the frame to the agent's socket.
    const hub = chatGatewayOf(server.atende.ctx).hub;
    const arrived = new Map<string, number>();
    const serverSide: number[] = [];
    const receive = hub.receive.bind(hub);
    const deliver = hub.deliver.bind(hub);
    hub.receive = (client, text) => {
      const clientId = /"clientId":"([^"]+)"/.exec(text)?.[1];
      if (clientId) arrived.set(clientId, performance.now());
      return receive(client, text);
    };
    hub.deliver = async (message) => {
      await deliver(message);
      const clientId = message.kind === 'event' ? (message.data?.message as { clientId?: string } | undefined)?.clientId : undefined;
      const start = clientId ? arrived.get(clientId) : undefined;
      if (start !== undefined) {
        serverSide.push(performance.now() - start);
        arrived.delete(clientId!);
      }
    };

    global.gc?.();
    const rssIdle = process.memoryUsage().rss;
    const child = fork(import.meta.filename, ['--clients'], { execArgv: process.execArgv });
    const plan: Plan = { baseUrl: server.baseUrl, customers: people, agents: agents.map((a) => ({ token: a.token, chatIds: a.chatIds })), messages, durationMs };
    const next = <T>(type: string) => new Promise<T>((resolve) => child.on('message', (m: any) => m.type === type && resolve(m)));
    const connected = next<{ sockets: number }>('connected');
    child.send(plan);
    const { sockets } = await connected;
    global.gc?.();
    const rssConnected = process.memoryUsage().rss;
    let rssPeak = rssConnected;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 250);
    const finished = next<{ delivered: number[]; acked: number[]; expected: number; errors: number; seconds: number }>('done');
    child.send({ type: 'go' });
    const result = await finished;
    clearInterval(sampler);
    child.kill();

    const delivery = summarize(result.delivered);
    const ack = summarize(result.acked);
    console.log(`\nsockets open on the desk process: ${sockets} (${customers} widgets + ${agentCount} agents)`);
    console.log(`lines: ${result.expected} sent over ${(durationMs / 1000).toFixed(0)} s (${(result.expected / (durationMs / 1000)).toFixed(0)}/s), ${result.delivered.length} delivered, ${result.errors} errors`);
    console.log(`customer socket → agent socket: ${formatSummary(delivery)}  ${delivery.p99 < 50 ? 'PASS' : 'FAIL'} (p99 < 50 ms)`);
    console.log(`customer send → ack (stored):   ${formatSummary(ack)}`);
    console.log(`inside the desk (frame in → frames out to the agent): ${formatSummary(summarize(serverSide))}`);
    console.log(`desk RSS: ${mb(rssIdle)} before the sockets, ${mb(rssConnected)} with them open (${((rssConnected - rssIdle) / sockets / 1024).toFixed(1)} KB per socket), ${mb(rssPeak)} peak under load`);
  } finally {
    await server.close();
    if (args.pg) await dropDatabase(args.pg, 'atende_chat_bench');
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--clients')) {
  process.once('message', (plan: Plan) => void runClients(plan));
} else {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
