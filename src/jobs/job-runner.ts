import { preparedRows } from '../db/rows';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../server/context';
import { jobRegistry } from './registry';

type LeasedJob = { id: string; name: string; payload: Record<string, unknown>; run_at: Date; attempts: number };

const LEASE_MS = 5 * 60_000;
/** Jobs a worker of the job loop leases at once. */
export const JOB_LEASE_BATCH = 4;

/**
 * Leases up to `batch` due jobs with FOR UPDATE SKIP LOCKED, so several processes on one PostgreSQL
 * never run the same job twice, runs them in due order and answers how many ran (0: nothing due at
 * the clock's now). Jobs whose lease expired (their worker died) go first, so a steady backlog cannot
 * starve them; then the queued ones, oldest due first. Each set is read from its own partial index.
 * A batch above 1 saves a lease round trip per job under a backlog (the job loop's workers); the
 * manual clock takes one at a time so jobs run strictly in due order.
 */
export async function runNextDueJobs(ctx: AppContext, batch: number): Promise<number> {
  const now = ctx.clock.now();
  const leased = await preparedRows<LeasedJob>(ctx.database, sql`
    WITH expired AS (
      SELECT id FROM jobs WHERE status = 'running' AND locked_until < ${now}
      ORDER BY locked_until LIMIT ${batch} FOR UPDATE SKIP LOCKED
    ), due AS (
      SELECT id FROM jobs WHERE status = 'queued' AND run_at <= ${now} AND NOT EXISTS (SELECT 1 FROM expired)
      ORDER BY run_at, id LIMIT ${batch} FOR UPDATE SKIP LOCKED
    )
    UPDATE jobs SET status = 'running', attempts = attempts + 1,
      locked_until = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (SELECT id FROM expired UNION ALL SELECT id FROM due)
    RETURNING id, name, payload, run_at, attempts`);
  const inOrder = leased.sort((a, b) => new Date(a.run_at).getTime() - new Date(b.run_at).getTime() || (a.id < b.id ? -1 : 1));
  for (const job of inOrder) await runLeasedJob(ctx, job);
  return leased.length;
}

/** Leases and runs one due job; false when nothing is due. */
export async function runNextDueJob(ctx: AppContext): Promise<boolean> {
  return (await runNextDueJobs(ctx, 1)) > 0;
}

async function runLeasedJob(ctx: AppContext, job: LeasedJob): Promise<void> {
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
    for (let n = 1; ran < limit && n > 0; ran += n) n = await runNextDueJobs(ctx, JOB_LEASE_BATCH);
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
