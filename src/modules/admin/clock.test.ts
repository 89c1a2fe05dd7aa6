import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestDesk } from '../../../test/desk';
import { registerJob } from '../../jobs/registry';
import type { JobDefinition } from '../../jobs/job-types';
import { enqueueJob } from '../../jobs/enqueue-job';
import { SystemClock } from '../../server/clock';
import { systemActor } from '../auth/actor';
import { moveClock } from './commands/move-clock';

const desk = await startTestDesk({ now: '2026-03-02T12:00:00Z' });

// A probe job: records the clock it saw, and may schedule a follow-up (as SLA timers do).
const ran: Array<{ label: string; at: string }> = [];
const probePayload = z.object({ label: z.string(), followUpAfterMs: z.number().optional() });
const probeJob: JobDefinition<typeof probePayload> = {
  name: 'test.clock_probe',
  payload: probePayload,
  maxAttempts: 1,
  backoffMs: () => 0,
  handle: async (ctx, payload) => {
    ran.push({ label: payload.label, at: ctx.clock.now().toISOString() });
    if (payload.followUpAfterMs) {
      const now = ctx.clock.now();
      await enqueueJob(ctx.db, { name: 'test.clock_probe', payload: { label: `${payload.label}+follow-up` }, runAt: new Date(now.getTime() + payload.followUpAfterMs), now });
    }
  },
};
registerJob(probeJob);

const probe = (label: string, runAt: string, followUpAfterMs?: number) =>
  enqueueJob(desk.atende.ctx.db, { name: 'test.clock_probe', payload: { label, followUpAfterMs }, runAt: new Date(runAt), now: desk.clock.now() });

describe('the manual clock for tests and demos', () => {
  it('an admin reads the clock', async () => {
    const res = await desk.admin.get('/api/v1/admin/clock');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ now: '2026-03-02T12:00:00.000Z', manual: true });
  });

  it('setting the clock moves it to that instant', async () => {
    const res = await desk.admin.post('/api/v1/admin/clock', { set: '2026-03-03T09:00:00-03:00' });
    expect(res.status).toBe(200);
    expect(res.body.now).toBe('2026-03-03T12:00:00.000Z');
    expect((await desk.admin.get('/api/v1/admin/clock')).body.now).toBe('2026-03-03T12:00:00.000Z');
  });

  it('advancing runs every job that became due, in due order, each at its own due time, before answering', async () => {
    ran.length = 0;
    await probe('third', '2026-03-08T00:00:00Z');
    await probe('first', '2026-03-04T00:00:00Z', 60_000);
    await probe('second', '2026-03-05T06:30:00Z');
    await probe('later', '2026-04-01T00:00:00Z');
    const res = await desk.admin.post('/api/v1/admin/clock', { advance: 'P10D' });
    expect(res.body.now).toBe('2026-03-13T12:00:00.000Z');
    expect(ran).toEqual([
      { label: 'first', at: '2026-03-04T00:00:00.000Z' },
      { label: 'first+follow-up', at: '2026-03-04T00:01:00.000Z' },
      { label: 'second', at: '2026-03-05T06:30:00.000Z' },
      { label: 'third', at: '2026-03-08T00:00:00.000Z' },
    ]);
  });

  it('a job already due runs at the current time when the clock moves', async () => {
    ran.length = 0;
    await probe('overdue', '2026-03-01T00:00:00Z');
    await desk.admin.post('/api/v1/admin/clock', { advance: 'PT1M' });
    expect(ran).toEqual([{ label: 'overdue', at: '2026-03-13T12:00:00.000Z' }]);
  });

  it('exactly one of set and advance, and a valid one, is required', async () => {
    for (const body of [{}, { set: '2026-03-20T00:00:00Z', advance: 'P1D' }, { advance: 'ten days' }, { set: 'tomorrow' }]) {
      const res = await desk.admin.post('/api/v1/admin/clock', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
    }
  });

  it('only an admin moves the clock', async () => {
    const agent = await desk.person({ role: 'agent' });
    const res = await agent.client.post('/api/v1/admin/clock', { advance: 'P1D' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('admin_only');
    expect((await agent.client.get('/api/v1/admin/clock')).status).toBe(403);
  });

  // The harness always starts a manual clock, so a desk on the system clock is tested at the
  // command (the route only passes the body through).
  it('on the system clock the clock cannot be moved: 404 clock_not_manual', async () => {
    const ctx = { ...desk.atende.ctx, clock: new SystemClock() };
    await expect(moveClock(ctx, { actor: systemActor, advance: 'P1D' })).rejects.toMatchObject({
      status: 404,
      code: 'clock_not_manual',
    });
  });
});
