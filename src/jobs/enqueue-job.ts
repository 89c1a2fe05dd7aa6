import type { Executor } from '../db/connection';
import { jobs } from '../db/schema/index';
import { newId } from '../server/ids';

/**
 * Schedules a job inside the caller's transaction. A dedupe key keeps one row per purpose (one SLA
 * timer per ticket): scheduling again moves it, even while it runs — the runner then leaves the
 * re-queued row alone when the current run finishes.
 */
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
      set: { runAt: job.runAt, payload: job.payload ?? {}, status: 'queued', attempts: 0, lastError: null, finishedAt: null },
    });
}
