import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows as rowsOf } from '../../../db/rows';
import { AppError } from '../../../server/app-error';
import { ManualClock, type Clock } from '../../../server/clock';
import { runDueJobs } from '../../../jobs/job-runner';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { addIsoDuration } from '../../settings/iso-duration';

// A job that keeps scheduling itself at "now" would otherwise hold the request forever.
const MAX_STEPS = 10_000;
// How long (real time) to wait for a job another worker is running before moving on anyway.
const SETTLE_TIMEOUT_MS = 10_000;

// Moves are serialized per clock: two interleaved advances would run jobs out of order.
const moving = new WeakMap<Clock, Promise<unknown>>();

const isManual = (clock: Clock): clock is ManualClock => clock.manual && clock instanceof ManualClock;

/**
 * Moves the manual clock (tests and demos) and runs every job that becomes due on the way, in due
 * order, each with the clock at its own due time, so an advance of ten days behaves like ten days
 * passing. Answers only when those jobs and the events they wrote have been handled.
 */
export async function moveClock(ctx: AppContext, input: { actor: Actor; set?: string; advance?: string }): Promise<Date> {
  requireAdmin(input.actor);
  const clock = ctx.clock;
  if (!isManual(clock)) {
    throw new AppError('not_found', 'clock_not_manual', 'The clock follows real time; start Atende with ATENDE_CLOCK=manual to move it.');
  }
  if ((input.set === undefined) === (input.advance === undefined)) {
    throw new AppError('bad_request', 'invalid_clock_move', 'Give exactly one of set or advance.');
  }
  const previous = moving.get(clock) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(() => stepTo(ctx, clock, input));
  moving.set(clock, run);
  return run;
}

async function stepTo(ctx: AppContext, clock: ManualClock, input: { actor: Actor; set?: string; advance?: string }): Promise<Date> {
  const from = clock.now();
  const target = input.set !== undefined ? new Date(input.set) : addIsoDuration(from, input.advance!);
  const settleDeadline = performance.now() + SETTLE_TIMEOUT_MS;
  for (let step = 0; ; step++) {
    await settleRunningJobs(ctx, clock, settleDeadline);
    const next = await earliestQueuedJob(ctx, target);
    if (!next) break;
    if (step >= MAX_STEPS) {
      ctx.logger.warn({ target, next }, 'clock move stopped stepping: jobs keep becoming due');
      break;
    }
    if (next > clock.now()) clock.set(next);
    await runDueJobs(ctx);
  }
  clock.set(target);
  await runDueJobs(ctx);
  await recordAudit(ctx.db, {
    actorId: input.actor.id,
    action: 'clock.moved',
    entityType: 'clock',
    entityId: 'clock',
    changes: { from: from.toISOString(), to: target.toISOString() },
    at: target,
  });
  return clock.now();
}

async function earliestQueuedJob(ctx: AppContext, until: Date): Promise<Date | null> {
  const [row] = await rowsOf<{ run_at: string | Date | null }>(
    ctx.db,
    sql`SELECT min(run_at) AS run_at FROM jobs WHERE status = 'queued' AND run_at <= ${until.toISOString()}::timestamptz`,
  );
  return row?.run_at ? new Date(row.run_at) : null;
}

// The background job loop may have leased a job that just became due; wait for it, so the clock
// does not move under a running handler and the answer comes after its effects.
async function settleRunningJobs(ctx: AppContext, clock: ManualClock, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    const [row] = await rowsOf<{ n: number }>(
      ctx.db,
      sql`SELECT count(*)::int AS n FROM jobs WHERE status = 'running' AND locked_until > ${clock.now().toISOString()}::timestamptz`,
    );
    if (!row || Number(row.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
