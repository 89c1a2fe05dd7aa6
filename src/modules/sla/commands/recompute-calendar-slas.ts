import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
import { bindPolicy, invalidateSlaConfig, loadSlaConfig } from '../sla-config';
import { slaFromJson } from '../sla-json';
import { onPolicyChange } from '../sla-state';
import { SLA_CHECK_JOB, policyById, slaFields } from '../ticket-sla';
import { newId } from '../../../server/ids';
import type { TicketStatus } from '../../../db/schema/index';

const BATCH = 1000;
const WRITES_IN_FLIGHT = 2;

type Row = { id: string; status: TicketStatus; team_id: string | null; created_at: Date; sla: Record<string, unknown> };

/**
 * A calendar changed: every open ticket with a clock on it gets its dues rebuilt from the clocks'
 * starts on the new hours. Batches of a thousand, each one UPDATE and one job upsert, so 100k
 * tickets take seconds. Each clock is counted again over its own pauses, so paused time stays paused.
 */
export async function recomputeCalendarSlas(ctx: AppContext, input: { calendarId: string }): Promise<number> {
  // The job may start between the calendar's commit and the editor clearing the snapshot: read fresh.
  invalidateSlaConfig(ctx);
  const config = await loadSlaConfig(ctx);
  const now = ctx.clock.now();
  let after = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  // Writes of earlier batches overlap the read and computation of the next, two at a time: the
  // batches hold different tickets, and the database then uses both cores (measured on 2 cores).
  const writing: Promise<void>[] = [];
  for (;;) {
    const batch = await rows<Row>(
      ctx.db,
      sql`SELECT id, status, team_id, created_at, sla FROM tickets
          WHERE id > ${after} AND status NOT IN ('resolved', 'closed')
            AND EXISTS (SELECT 1 FROM jsonb_each(sla->'clocks') c WHERE c.value->>'calendarId' = ${input.calendarId})
          ORDER BY id LIMIT ${BATCH}`,
    );
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;
    const updates = batch.map((t) => {
      const state = slaFromJson(typeof t.sla === 'string' ? JSON.parse(t.sla) : t.sla);
      const rebuilt = onPolicyChange(state, bindPolicy(policyById(config, state.policyId), t.team_id, config), {
        createdAt: new Date(t.created_at).getTime(),
        status: t.status,
        now: now.getTime(),
        config,
      });
      const fields = slaFields(rebuilt);
      return {
        id: t.id,
        sla: fields.sla,
        due: fields.queueDueAt ? fields.queueDueAt.toISOString() : 'infinity',
        check: fields.nextCheckAt === null ? null : new Date(fields.nextCheckAt).toISOString(),
        job: newId(),
      };
    });
    const payload = JSON.stringify(updates);
    if (writing.length >= WRITES_IN_FLIGHT) await writing.shift();
    const write = ctx.db.transaction(async (tx) => {
      await tx.execute(sql`
        UPDATE tickets t SET sla = v.sla, queue_due_at = v.due, updated_at = ${now}
        FROM jsonb_to_recordset(${payload}::jsonb) AS v(id uuid, sla jsonb, due timestamptz)
        WHERE t.id = v.id`);
      await tx.execute(sql`
        INSERT INTO jobs (id, name, payload, run_at, status, attempts, dedupe_key, created_at)
        SELECT v.job, ${SLA_CHECK_JOB}, jsonb_build_object('ticketId', v.id), v.check, 'queued', 0, 'sla:' || v.id, ${now}
        FROM jsonb_to_recordset(${payload}::jsonb) AS v(id uuid, job uuid, "check" timestamptz)
        WHERE v.check IS NOT NULL
        ON CONFLICT (dedupe_key) DO UPDATE SET run_at = excluded.run_at, status = 'queued', attempts = 0, last_error = NULL
        -- A timer that fires early finds nothing due and re-arms itself, so only earlier ones move.
        WHERE jobs.status <> 'queued' OR excluded.run_at < jobs.run_at`);
    });
    // Handled here so a failure is thrown where it is awaited instead of escaping unhandled.
    write.catch(() => {});
    writing.push(write);
    done += batch.length;
  }
  await Promise.all(writing);
  return done;
}
