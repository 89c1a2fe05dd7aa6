import { rows as rowsOf } from '../db/rows';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../server/context';
import { jobRegistry } from './registry';

type LeasedJob = { id: string; name: string; payload: Record<string, unknown>; run_at: Date; attempts: number };

const LEASE_MS = 5 * 60_000;

/**
 * Leases one due job with FOR UPDATE SKIP LOCKED, so several processes on one PostgreSQL never run
 * the same job twice; returns false when nothing is due at the clock's now.
 */
export async function runNextDueJob(ctx: AppContext): Promise<boolean> {
  const now = ctx.clock.now();
  const leased = await rowsOf(ctx.db, sql`
    UPDATE jobs SET status = 'running', attempts = attempts + 1,
      locked_until = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id = (
      SELECT id FROM jobs
      WHERE (status = 'queued' AND run_at <= ${now}) OR (status = 'running' AND locked_until < ${now})
      ORDER BY run_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, name, payload, run_at, attempts`);
  const job = leased[0] as LeasedJob | undefined;
  if (!job) return false;
  const definition = jobRegistry.get(job.name);
  try {
    if (!definition) throw new Error(`no job definition named ${job.name}`);
    const payload = definition.payload.parse(job.payload);
    await definition.handle(ctx, payload, { id: job.id, runAt: new Date(job.run_at) });
    await rowsOf(ctx.db, 
      sql`UPDATE jobs SET status = 'done', finished_at = ${ctx.clock.now()}, locked_until = NULL WHERE id = ${job.id} AND status = 'running'`,
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const giveUp = !definition || job.attempts >= definition.maxAttempts;
    const retryAt = new Date(ctx.clock.now().getTime() + (definition?.backoffMs(job.attempts) ?? 0));
    ctx.logger.warn({ err, job: job.name, jobId: job.id, attempt: job.attempts, giveUp }, 'job failed');
    await rowsOf(ctx.db, sql`
      UPDATE jobs SET status = ${giveUp ? 'failed' : 'queued'}, last_error = ${message},
        run_at = ${giveUp ? new Date(job.run_at) : retryAt}, locked_until = NULL,
        finished_at = ${giveUp ? ctx.clock.now() : null}
      WHERE id = ${job.id} AND status = 'running'`);
  }
  ctx.events.kick();
  return true;
}

/** Runs every job due at the clock's now, in due order; the manual clock calls this after moving. */
export async function runDueJobs(ctx: AppContext, limit = 100_000): Promise<number> {
  let ran = 0;
  while (ran < limit && (await runNextDueJob(ctx))) ran++;
  await ctx.events.drain();
  return ran;
}

/** Polls for due jobs on the system clock until stopped. */
export function startJobLoop(ctx: AppContext): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(ctx, 500)
      .catch((err) => ctx.logger.error({ err }, 'job loop failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, ctx.config.JOB_POLL_MS);
      });
  };
  timer = setTimeout(tick, ctx.config.JOB_POLL_MS);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
