import { preparedRows } from '../db/rows';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../server/context';
import { jobRegistry } from './registry';

type LeasedJob = { id: string; name: string; payload: Record<string, unknown>; run_at: Date; attempts: number };

const LEASE_MS = 5 * 60_000;

/**
 * Leases one due job with FOR UPDATE SKIP LOCKED, so several processes on one PostgreSQL never run
 * the same job twice; returns false when nothing is due at the clock's now. A job whose lease
 * expired (its worker died) goes first, so a steady backlog cannot starve it; then the queued ones,
 * oldest due first. Each set is read from its own partial index.
 */
export async function runNextDueJob(ctx: AppContext): Promise<boolean> {
  const now = ctx.clock.now();
  const leased = await preparedRows(ctx.database, sql`
    WITH expired AS (
      SELECT id FROM jobs WHERE status = 'running' AND locked_until < ${now}
      ORDER BY locked_until LIMIT 1 FOR UPDATE SKIP LOCKED
    ), due AS (
      SELECT id FROM jobs WHERE status = 'queued' AND run_at <= ${now} AND NOT EXISTS (SELECT 1 FROM expired)
      ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    UPDATE jobs SET status = 'running', attempts = attempts + 1,
      locked_until = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (SELECT id FROM expired UNION ALL SELECT id FROM due)
    RETURNING id, name, payload, run_at, attempts`);
  const job = leased[0] as LeasedJob | undefined;
  if (!job) return false;
  const definition = jobRegistry.get(job.name);
  try {
    if (!definition) throw new Error(`no job definition named ${job.name}`);
    const payload = definition.payload.parse(job.payload);
    await definition.handle(ctx, payload, { id: job.id, runAt: new Date(job.run_at) });
    await preparedRows(ctx.database,
      sql`UPDATE jobs SET status = 'done', finished_at = ${ctx.clock.now()}, locked_until = NULL WHERE id = ${job.id} AND status = 'running'`,
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const giveUp = !definition || job.attempts >= definition.maxAttempts;
    const retryAt = new Date(ctx.clock.now().getTime() + (definition?.backoffMs(job.attempts) ?? 0));
    ctx.logger.warn({ err, job: job.name, jobId: job.id, attempt: job.attempts, giveUp }, 'job failed');
    await preparedRows(ctx.database, sql`
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

/**
 * Runs due jobs with several workers at once, each leasing its own (a backlog of inbound mail is
 * mostly waiting on the database, so one worker leaves the cores idle). Order across workers is not
 * guaranteed, as it is not across processes; the manual clock's `runDueJobs` stays one at a time.
 */
async function runDueJobsConcurrently(ctx: AppContext, workers: number, limit: number): Promise<number> {
  if (workers <= 1) return runDueJobs(ctx, limit);
  let ran = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (ran < limit && (await runNextDueJob(ctx))) ran++;
  }));
  await ctx.events.drain();
  return ran;
}

/** Polls for due jobs on the system clock until stopped. */
export function startJobLoop(ctx: AppContext): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  // PGlite is one connection in this process: more workers would only queue behind each other.
  const workers = ctx.config.JOB_CONCURRENCY ?? (ctx.database.kind === 'postgres' ? 4 : 1);
  const tick = () => {
    if (stopped) return;
    running = runDueJobsConcurrently(ctx, workers, 500)
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
