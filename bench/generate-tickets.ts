/**
 * Bulk-loads a desk with N tickets (default 1,000,000) for the queue benchmark: multi-row
 * INSERT … SELECT generate_series in batches, then ANALYZE. The directory (organizations, customers,
 * agents, teams) is written directly too: this is a data set, not a use case.
 *
 *   npx tsx bench/generate-tickets.ts --pg postgres://postgres@127.0.0.1:5432/postgres   # database atende_queue
 *   npx tsx bench/generate-tickets.ts --count 200000                                     # PGlite in bench/.data/queue
 */
import { mkdir, rm } from 'node:fs/promises';
import { readArgs, intArg } from './lib/args';
import { createFreshDatabase } from './lib/postgres';
import { benchIdSql, DEFAULT_QUEUE_DATA_DIR, openQueueDatabase, query, QUEUE_DB } from './lib/queue-database';
import { migrate } from '../src/db/migrate';

const usage = `Usage: npx tsx bench/generate-tickets.ts [--pg <server url>] [--data-dir DIR] [--count 1000000] [--teams 8] [--batch 100000]
  --pg URL     load PostgreSQL: (re)creates database ${QUEUE_DB} on that server
  --data-dir   PGlite folder when --pg is not given (default bench/.data/queue; replaced)
  --count N    tickets (default 1,000,000); --teams N teams (default 8; the first gets 40% of tickets)`;

const args = readArgs(usage, {
  pg: { type: 'string' },
  'data-dir': { type: 'string' },
  count: { type: 'string' },
  teams: { type: 'string' },
  batch: { type: 'string' },
});
const count = intArg(args.count, 1_000_000, 'count');
const teamCount = intArg(args.teams, 8, 'teams');
const batch = intArg(args.batch, 100_000, 'batch');
const ORGS = 500;
const CUSTOMERS = 20_000;
const AGENTS = 40;

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

async function main() {
  const dataDir = args['data-dir'] ?? DEFAULT_QUEUE_DATA_DIR;
  if (args.pg) await createFreshDatabase(args.pg, QUEUE_DB);
  else {
    await rm(dataDir, { recursive: true, force: true });
    await mkdir(dataDir, { recursive: true });
  }
  const database = await openQueueDatabase({ pgServerUrl: args.pg, dataDir });
  console.log(`loading ${count.toLocaleString('en')} tickets into ${args.pg ? `PostgreSQL database ${QUEUE_DB}` : `PGlite in ${dataDir}`}`);
  await migrate(database);
  const run = (text: string) => database.execScript(text);

  await run(`
    INSERT INTO organizations (id, name, plan, created_at, updated_at)
    SELECT ${benchIdSql('org', 'i')}, 'Customer company ' || i, (ARRAY['Basic', 'Regular', 'Premium'])[1 + i % 3], now(), now()
    FROM generate_series(1, ${ORGS}) i;
    INSERT INTO teams (id, name, created_at, updated_at)
    SELECT ${benchIdSql('team', 'i')}, 'Bench team ' || i, now(), now() FROM generate_series(1, ${teamCount}) i;
    INSERT INTO people (id, name, role, organization_id, languages, created_at, updated_at)
    SELECT ${benchIdSql('customer', 'i')}, 'Customer ' || i, 'customer', ${benchIdSql('org', '1 + i % ' + ORGS)}, '{en}', now(), now()
    FROM generate_series(1, ${CUSTOMERS}) i;
    INSERT INTO person_emails (email, person_id, is_primary)
    SELECT 'customer' || i || '@bench.example', ${benchIdSql('customer', 'i')}, true FROM generate_series(1, ${CUSTOMERS}) i;
    INSERT INTO people (id, name, role, languages, created_at, updated_at)
    SELECT ${benchIdSql('agent', 'i')}, 'Agent ' || i, 'agent', '{en}', now(), now() FROM generate_series(1, ${AGENTS}) i;
    INSERT INTO team_members (team_id, person_id)
    SELECT ${benchIdSql('team', `1 + i % ${teamCount}`)}, ${benchIdSql('agent', 'i')} FROM generate_series(1, ${AGENTS}) i;
  `);
  console.log(`directory: ${ORGS} organizations, ${CUSTOMERS} customers, ${AGENTS} agents, ${teamCount} teams (${elapsed()})`);

  // Per row: a status drawn like a live desk's history (most tickets closed), a team (the first gets
  // 40%), a requester, and the queue due: a running SLA due near the creation time for unfinished
  // tickets (some already overdue, 10% with no SLA = 'infinity'), 'infinity' for finished ones.
  for (let lo = 1; lo <= count; lo += batch) {
    const hi = Math.min(count, lo + batch - 1);
    await run(`
      INSERT INTO tickets (id, subject, status, priority, severity, channel, team_id, assignee_id, requester_id,
                           organization_id, queue_due_at, status_changed_at, created_at, updated_at, last_activity_at)
      SELECT (lpad(to_hex((extract(epoch FROM created) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid,
             (ARRAY['Webhook deliveries failing', 'Cannot sign in to the portal', 'Invoice shows the wrong amount',
                    'Tracker offline since yesterday', 'Template rejected by Meta', 'DNS change not propagating',
                    'Mailbox full', 'Design change on the landing page'])[1 + i % 8] || ' #' || i,
             status, priority, 1 + (i % 3), (ARRAY['web', 'email', 'chat', 'whatsapp', 'api'])[1 + i % 5],
             ${benchIdSql('team', 'team_n')},
             CASE WHEN status IN ('new') THEN NULL ELSE ${benchIdSql('agent', `1 + i % ${AGENTS}`)} END,
             ${benchIdSql('customer', 'customer_n')}, ${benchIdSql('org', `1 + customer_n % ${ORGS}`)},
             CASE WHEN status IN ('resolved', 'closed') OR r_due < 0.1 THEN 'infinity'::timestamptz
                  ELSE created + (r_due * interval '5 days') END,
             created, created, created, created
      FROM (
        SELECT i, status, r_due, team_n, customer_n, priority, md5(i::text || random()::text) AS h,
               now() - random() * CASE WHEN status IN ('resolved', 'closed') THEN interval '730 days' ELSE interval '20 days' END AS created
        FROM (
          SELECT i, random() AS r_due,
                 CASE WHEN r_status < 0.04 THEN 'new' WHEN r_status < 0.12 THEN 'open' WHEN r_status < 0.17 THEN 'pending'
                      WHEN r_status < 0.20 THEN 'on_hold' WHEN r_status < 0.30 THEN 'resolved' ELSE 'closed' END AS status,
                 ${teamCount === 1 ? '1' : `CASE WHEN r_team < 0.4 THEN 1 ELSE 2 + floor((r_team - 0.4) / 0.6 * ${teamCount - 1})::int END`} AS team_n,
                 1 + floor(random() * ${CUSTOMERS})::int AS customer_n,
                 (ARRAY['low', 'medium', 'medium', 'high', 'urgent'])[1 + floor(random() * 5)::int] AS priority
          FROM (SELECT i, random() AS r_status, random() AS r_team FROM generate_series(${lo}, ${hi}) i) g
        ) s
      ) t;
    `);
    console.log(`  ${hi.toLocaleString('en')} tickets (${elapsed()})`);
  }
  // Without statistics the planner cannot know the queue index is selective (PGlite has no autovacuum).
  await run('ANALYZE');
  const [stats] = await query<{ tickets: number; size: string }>(
    database,
    `SELECT count(*)::int AS tickets, pg_size_pretty(pg_total_relation_size('tickets')) AS size FROM tickets`,
  );
  const byStatus = await query<{ status: string; n: number }>(database, 'SELECT status, count(*)::int AS n FROM tickets GROUP BY 1 ORDER BY 2 DESC');
  console.log(`done: ${stats.tickets.toLocaleString('en')} tickets, table with indexes ${stats.size}, analyzed (${elapsed()})`);
  console.log(`  by status: ${byStatus.map((r) => `${r.status} ${r.n}`).join(', ')}`);
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
