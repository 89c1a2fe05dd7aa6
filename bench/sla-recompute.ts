/**
 * Issue 3's target: after a calendar change, recompute the SLA of 100k open tickets in < 10 s on
 * PostgreSQL. Loads N open tickets whose clocks count on one business calendar, edits the calendar
 * through the API, then times the recompute job's work.
 *
 *   npx tsx bench/sla-recompute.ts --pg postgres://postgres@127.0.0.1:5432/postgres [--count 100000]
 *   npx tsx bench/sla-recompute.ts --count 20000          # PGlite in a temporary folder
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readArgs, intArg } from './lib/args';
import { createFreshDatabase, dropDatabase } from './lib/postgres';
import { describeMachine } from './lib/machine';
import { startBenchServer } from './lib/server';
import { loadSlaConfig } from '../src/modules/sla/sla-config';
import { startSla } from '../src/modules/sla/sla-state';
import { slaFields } from '../src/modules/sla/ticket-sla';
import { recomputeCalendarSlas } from '../src/modules/sla/commands/recompute-calendar-slas';
import { newId } from '../src/server/ids';

const usage = 'Usage: npx tsx bench/sla-recompute.ts [--pg <server url>] [--count 100000]';
const args = readArgs(usage, { pg: { type: 'string' }, count: { type: 'string' } });
const count = intArg(args.count, 100_000, 'count');
const DB = 'atende_bench_sla';

async function main() {
  console.log(await describeMachine(args.pg));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-sla-bench-'));
  const databaseUrl = args.pg ? await createFreshDatabase(args.pg, DB) : undefined;
  const server = await startBenchServer({ databaseUrl, dataDir });
  const { ctx } = server.atende;
  try {
    const weekday = [['08:30', '18:00']];
    const calendar = await server.admin('POST', '/api/v1/calendars', {
      name: 'Bench', timezone: 'America/Sao_Paulo', holidays: { country: 'BR' },
      hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday },
    });
    await server.admin('POST', '/api/v1/sla-policies', {
      name: 'Bench', position: 1, conditions: {},
      targets: { firstResponse: { businessDays: 3, calendarId: calendar.id }, resolution: { minutes: 9 * 60 * 10, calendarId: calendar.id } },
    });
    const org = await server.admin('POST', '/api/v1/organizations', { name: 'Bench org' });
    const person = await server.admin('POST', '/api/v1/people', { name: 'Bench customer', email: 'bench@example.com', role: 'customer', organizationId: org.id });
    const config = await loadSlaConfig(ctx);
    const policy = config.policies[0];

    const t0 = performance.now();
    const start = Date.parse('2026-01-05T12:00:00Z');
    for (let done = 0; done < count; done += 5000) {
      const batch = [];
      for (let i = done; i < Math.min(count, done + 5000); i++) {
        const createdAt = start + Math.floor(Math.random() * 300 * 86_400_000);
        const sla = slaFields(startSla({ policy, now: createdAt, config }));
        batch.push({ id: newId(), created: new Date(createdAt).toISOString(), sla: sla.sla, due: sla.queueDueAt?.toISOString() });
      }
      await ctx.database.execScript(`
        INSERT INTO tickets (id, subject, status, priority, channel, requester_id, organization_id, sla, queue_due_at,
          status_changed_at, created_at, updated_at, last_activity_at)
        SELECT v.id, 'Bench ticket', 'open', 'medium', 'web', '${person.id}', '${org.id}', v.sla, v.due, v.created, v.created, v.created, v.created
        FROM jsonb_to_recordset('${JSON.stringify(batch).replace(/'/g, "''")}'::jsonb) AS v(id uuid, created timestamptz, sla jsonb, due timestamptz)`);
    }
    await ctx.database.execScript('ANALYZE tickets');
    console.log(`loaded ${count.toLocaleString('en')} open tickets in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    await server.admin('PATCH', `/api/v1/calendars/${calendar.id}`, { hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: [['08:30', '12:00']] } }, 200);
    const t1 = performance.now();
    const recomputed = await recomputeCalendarSlas(ctx, { calendarId: calendar.id });
    const seconds = (performance.now() - t1) / 1000;
    console.log(`recomputed ${recomputed.toLocaleString('en')} tickets in ${seconds.toFixed(2)} s (${Math.round(recomputed / seconds).toLocaleString('en')}/s) on ${args.pg ? 'PostgreSQL' : 'PGlite'}; target < 10 s for 100k`);
  } finally {
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
    if (args.pg) await dropDatabase(args.pg, DB);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
