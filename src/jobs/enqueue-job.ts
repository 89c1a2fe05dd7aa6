import { sql } from 'drizzle-orm';
import type { Executor } from '../db/connection';
import { jobs } from '../db/schema/index';
import { newId } from '../server/ids';

/** Schedules a job inside the caller's transaction; a dedupe key makes scheduling idempotent. */
export async function enqueueJob(
  tx: Executor,
  job: { name: string; payload?: Record<string, unknown>; runAt: Date; dedupeKey?: string; now: Date },
): Promise<void> {
  await tx
    .insert(jobs)
    .values({
      id: newId(),
      name: job.name,
      payload: job.payload ?? {},
      runAt: job.runAt,
      status: 'queued',
      attempts: 0,
      dedupeKey: job.dedupeKey ?? null,
      createdAt: job.now,
    })
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: { runAt: job.runAt, payload: job.payload ?? {}, status: 'queued', attempts: 0, lastError: null },
      setWhere: sql`${jobs.status} <> 'running'`,
    });
}
