/**
 * The agent queue page on a bulk-loaded desk (run bench/generate-tickets.ts first): a team's open
 * tickets in queue order, 50 at a time, first page and keyset next pages, as SQL and (with --http)
 * through GET /api/v1/tickets as an agent of the team. Target (DESIGN.md): p99 < 20 ms at 1M tickets
 * on PostgreSQL.
 *
 *   npx tsx bench/queue-page.ts --pg postgres://postgres@127.0.0.1:5432/postgres --http   # database atende_queue
 *   npx tsx bench/queue-page.ts --http                                                   # PGlite in bench/.data/queue
 */
import type { Database } from '../src/db/connection';
import { readArgs, intArg } from './lib/args';
import { describeMachine } from './lib/machine';
import { DEFAULT_QUEUE_DATA_DIR, openQueueDatabase, query, queueDatabaseUrl, QUEUE_DB, type QueueTarget } from './lib/queue-database';
import { formatSummary, summarize, timed } from './lib/stats';
import { startBenchServer } from './lib/server';

const usage = `Usage: npx tsx bench/queue-page.ts [--pg <server url>] [--data-dir DIR] [--samples 2000] [--http]
  --pg URL     read database ${QUEUE_DB} on that PostgreSQL server (else PGlite in --data-dir, default bench/.data/queue)
  --samples N  timed queries per case (default 2000, at least 1000 advised)
  --http       also time GET /api/v1/tickets through the real server, as an agent of the team`;

const args = readArgs(usage, {
  pg: { type: 'string' },
  'data-dir': { type: 'string' },
  samples: { type: 'string' },
  http: { type: 'boolean' },
});
const samples = intArg(args.samples, 2000, 'samples');
const target: QueueTarget = { pgServerUrl: args.pg, dataDir: args['data-dir'] ?? DEFAULT_QUEUE_DATA_DIR };

// What the list endpoint returns: every ticket column (the presenter's fields).
const columns = `id, number, subject, status, priority, severity, availability, environment, channel, category_id, team_id,
  assignee_id, requester_id, organization_id, cc, level, eta, language, intake, merged_into_id, queue_due_at, sla,
  first_response_at, last_customer_message_at, last_agent_message_at, status_changed_at, created_at, updated_at, last_activity_at`;
const firstPage = `SELECT ${columns} FROM tickets WHERE team_id = $1 AND status = $2
  ORDER BY queue_due_at, created_at, id LIMIT 50`;
const nextPageByValues = `SELECT ${columns} FROM tickets WHERE team_id = $1 AND status = $2
  AND (queue_due_at, created_at, id) > ($3::timestamptz, $4::timestamptz, $5::uuid)
  ORDER BY queue_due_at, created_at, id LIMIT 50`;
// The form the list endpoint uses: the cursor is the last ticket id shown.
const nextPageById = `SELECT ${columns} FROM tickets WHERE team_id = $1 AND status = $2
  AND (queue_due_at, created_at, id) > (SELECT c.queue_due_at, c.created_at, c.id FROM tickets c WHERE c.id = $3)
  ORDER BY queue_due_at, created_at, id LIMIT 50`;

interface Cursor {
  team_id: string;
  due: string;
  created: string;
  id: string;
}

const pick = <T>(list: T[], i: number) => list[i % list.length];

async function timeCase(name: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, samples); i++) await run(i); // warm caches and the JIT
  const times: number[] = [];
  for (let i = 0; i < samples; i++) times.push((await timed(() => run(i)))[0]);
  const summary = summarize(times);
  console.log(`  ${name.padEnd(34)} ${formatSummary(summary)}`);
  return summary;
}

async function explain(database: Database, text: string, params: unknown[]) {
  const plan = await query<{ 'QUERY PLAN': string }>(database, `EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
  return plan
    .map((r) => r['QUERY PLAN'])
    .filter((line) => /Scan|Index Cond|Sort|Execution Time/.test(line))
    .map((line) => `      ${line.trim()}`)
    .join('\n');
}

async function sqlLeg(database: Database, teams: Array<{ team_id: string; n: number }>, cursors: Cursor[]) {
  console.log('\nSQL (one connection, parameterized, not prepared)');
  await timeCase('first page, open, random team', (i) => query(database, firstPage, [pick(teams, i).team_id, 'open']));
  await timeCase('first page, open, largest team', () => query(database, firstPage, [teams[0].team_id, 'open']));
  await timeCase('next page, cursor values', (i) => {
    const c = pick(cursors, i);
    return query(database, nextPageByValues, [c.team_id, 'open', c.due, c.created, c.id]);
  });
  await timeCase('next page, cursor id (endpoint form)', (i) => {
    const c = pick(cursors, i);
    return query(database, nextPageById, [c.team_id, 'open', c.id]);
  });
  const c = cursors[0];
  console.log(`\n  plan, first page:\n${await explain(database, firstPage, [teams[0].team_id, 'open'])}`);
  console.log(`  plan, next page by id:\n${await explain(database, nextPageById, [c.team_id, 'open', c.id])}`);
}

async function httpLeg(teams: Array<{ team_id: string; n: number }>, cursors: Cursor[]) {
  console.log('\nHTTP GET /api/v1/tickets?teamId=&status=open&limit=50 as an agent of the team (client in the same process)');
  const server = await startBenchServer({ databaseUrl: queueDatabaseUrl(target), dataDir: target.dataDir });
  try {
    const agent = await server.admin('POST', '/api/v1/people', {
      name: 'Queue bench agent',
      email: `queue-agent-${Date.now()}@bench.example`,
      role: 'agent',
      teamIds: teams.map((t) => t.team_id),
    });
    const { token } = await server.admin('POST', '/api/v1/tokens', { personId: agent.id, name: 'queue bench' });
    const get = async (path: string) => {
      const res = await fetch(server.baseUrl + path, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${body.slice(0, 300)}`);
      return body;
    };
    const probe = await fetch(`${server.baseUrl}/api/v1/tickets?teamId=${teams[0].team_id}&status=open&limit=50`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (probe.status !== 200) {
      console.log(`  skipped: the list endpoint answered ${probe.status} (${(await probe.text()).slice(0, 200)})`);
      return;
    }
    const page = JSON.parse(await probe.text());
    console.log(`  (a page holds ${page.items.length} tickets, ${Buffer.byteLength(JSON.stringify(page))} bytes)`);
    await timeCase('first page, random team', (i) => get(`/api/v1/tickets?teamId=${pick(teams, i).team_id}&status=open&limit=50`));
    await timeCase('next page (cursor)', (i) => {
      const c = pick(cursors, i);
      return get(`/api/v1/tickets?teamId=${c.team_id}&status=open&limit=50&cursor=${c.id}`);
    });
  } finally {
    await server.close();
  }
}

async function main() {
  console.log(await describeMachine(args.pg));
  const database = await openQueueDatabase(target);
  const [{ n }] = await query<{ n: number }>(database, 'SELECT count(*)::int AS n FROM tickets');
  if (n === 0) throw new Error('No tickets: run bench/generate-tickets.ts first.');
  const teams = await query<{ team_id: string; n: number }>(
    database,
    `SELECT team_id, count(*)::int AS n FROM tickets WHERE status = 'open' AND team_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC`,
  );
  console.log(`database: ${args.pg ? `PostgreSQL ${QUEUE_DB}` : `PGlite in ${target.dataDir}`}, ${n.toLocaleString('en')} tickets`);
  console.log(`open tickets per team: ${teams.map((t) => t.n).join(', ')}`);
  // Cursors anywhere in the queues: each a real open ticket, as a page's last row would be.
  const cursors = await query<Cursor>(
    database,
    `SELECT team_id::text, queue_due_at::text AS due, created_at::text AS created, id::text FROM tickets
     WHERE status = 'open' AND team_id IS NOT NULL ORDER BY random() LIMIT 2000`,
  );
  await sqlLeg(database, teams, cursors);
  await database.close(); // PGlite allows one process at a time in its folder: the server opens it next
  if (args.http) await httpLeg(teams, cursors);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
