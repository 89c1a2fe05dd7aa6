/**
 * Ticket creation over HTTP: the real desk in this process, autocannon in a child process (so the
 * load generator does not share the server's event loop) POSTing /api/v1/tickets as a customer's
 * API token with 16 connections. Target (DESIGN.md): ≥ 1,500 creates/s on PostgreSQL, 2 cores.
 *
 *   npx tsx bench/ticket-create.ts                                             # PGlite in a temp folder
 *   npx tsx bench/ticket-create.ts --pg postgres://postgres@127.0.0.1:5432/postgres   # database atende_bench
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readArgs, intArg } from './lib/args';
import { describeMachine } from './lib/machine';
import { createFreshDatabase, dropDatabase } from './lib/postgres';
import { startBenchServer } from './lib/server';
import { rows } from '../src/db/rows';

const usage = `Usage: npx tsx bench/ticket-create.ts [--pg <server url>] [--duration 15] [--warmup 3] [--connections 16] [--keep]
  --pg URL        run on PostgreSQL: creates database atende_bench on that server (dropped at the end)
  --duration S    measured seconds (default 15); --warmup S seconds of load first (default 3)
  --connections N concurrent connections (default 16)
  --keep          keep the database / data folder afterwards`;

const args = readArgs(usage, {
  pg: { type: 'string' },
  duration: { type: 'string' },
  warmup: { type: 'string' },
  connections: { type: 'string' },
  keep: { type: 'boolean' },
});
const duration = intArg(args.duration, 15, 'duration');
const warmup = Number(args.warmup ?? 3);
const connections = intArg(args.connections, 16, 'connections');
const BENCH_DB = 'atende_bench';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
  statusCodeStats?: Record<string, { count: number }>;
  duration: number;
}

/** Runs the autocannon CLI in its own process and returns its JSON result. */
function autocannon(url: string, seconds: number, headers: Record<string, string>, body: string): Promise<AutocannonResult> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const argv = [cli, '-j', '-c', String(connections), '-d', String(seconds), '-m', 'POST', '-b', body, '-I'];
  for (const [k, v] of Object.entries(headers)) argv.push('-H', `${k}=${v}`);
  argv.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`autocannon printed no JSON: ${out.slice(0, 500)}`));
      }
    });
  });
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-bench-'));
  const databaseUrl = args.pg ? await createFreshDatabase(args.pg, BENCH_DB) : undefined;
  console.log(await describeMachine(args.pg));
  console.log(`database: ${databaseUrl ? `PostgreSQL (${BENCH_DB})` : `PGlite in ${dataDir}`}`);
  const server = await startBenchServer({ databaseUrl, dataDir });
  try {
    // A realistic desk: a Premium customer reporting a problem in a category owned by a team.
    const org = await server.admin('POST', '/api/v1/organizations', { name: 'Transportes Andrade Ltda', plan: 'Premium', language: 'pt-BR' });
    const team = await server.admin('POST', '/api/v1/teams', { name: 'Technical' });
    const product = await server.admin('POST', '/api/v1/categories', { name: 'Messaging API', teamId: team.id, asksEnvironment: true });
    const category = await server.admin('POST', '/api/v1/categories', { name: 'Webhooks', parentId: product.id, teamId: team.id, asksEnvironment: true });
    await server.admin('POST', '/api/v1/people', { name: 'Tiago Técnico', email: 'agent@bench.example', role: 'agent', teamIds: [team.id] });
    const requester = await server.admin('POST', '/api/v1/people', {
      name: 'Carla Andrade',
      email: 'carla@andrade.example',
      role: 'customer',
      organizationId: org.id,
      languages: ['pt-BR'],
    });
    const { token } = await server.admin('POST', '/api/v1/tokens', { personId: requester.id, name: 'bench' });

    // `[<id>]` is replaced by autocannon with a fresh id per request, so no two tickets are alike.
    const body = JSON.stringify({
      subject: 'Webhook deliveries failing since this morning [<id>]',
      body:
        'Hello,\n\nsince about 09:40 our webhook endpoint receives no message status updates. ' +
        'Outbound messages are delivered, but the callbacks stop after a few minutes and come back in bursts. ' +
        'Our endpoint answers 200 within 150 ms (logs attached). Request id [<id>].\n\nThanks, Carla',
      categoryId: category.id,
      availability: 'partial',
      environment: 'production',
    });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const url = `${server.baseUrl}/api/v1/tickets`;

    const probe = await fetch(url, { method: 'POST', headers, body: body.replaceAll('[<id>]', 'probe') });
    if (probe.status !== 201) {
      console.error(`POST /api/v1/tickets answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
      console.error('The ticket-create endpoint is not available; nothing measured.');
      process.exitCode = 2;
      return;
    }

    if (warmup > 0) {
      console.log(`warm-up: ${warmup} s at ${connections} connections`);
      await autocannon(url, warmup, headers, body);
    }
    const before = await countTickets(server);
    console.log(`measuring: ${duration} s at ${connections} connections`);
    const r = await autocannon(url, duration, headers, body);
    const after = await countTickets(server);

    const created = after - before;
    const codes = Object.entries(r.statusCodeStats ?? {})
      .map(([code, s]) => `${code}×${s.count}`)
      .join(' ');
    console.log('\nPOST /api/v1/tickets');
    console.log(`  requests/s (autocannon average): ${r.requests.average.toFixed(0)}`);
    console.log(`  tickets created: ${created} in ${r.duration.toFixed(1)} s = ${(created / r.duration).toFixed(0)} creates/s`);
    console.log(`  latency: p50=${r.latency.p50} ms p90=${r.latency.p90} ms p99=${r.latency.p99} ms max=${r.latency.max} ms`);
    console.log(`  2xx=${r['2xx']} non-2xx=${r.non2xx} errors=${r.errors} timeouts=${r.timeouts} (${codes})`);
    console.log(`  database: ${databaseUrl ? 'PostgreSQL' : 'PGlite'}, connections: ${connections}`);
  } finally {
    await server.close();
    if (!args.keep) {
      if (args.pg) await dropDatabase(args.pg, BENCH_DB);
      await rm(dataDir, { recursive: true, force: true });
    } else {
      console.log(`kept: ${databaseUrl ?? dataDir}`);
    }
  }
}

async function countTickets(server: Awaited<ReturnType<typeof startBenchServer>>): Promise<number> {
  const [row] = await rows<{ n: number }>(server.atende.ctx.db, sql`SELECT count(*)::int AS n FROM tickets`);
  return Number(row.n);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
