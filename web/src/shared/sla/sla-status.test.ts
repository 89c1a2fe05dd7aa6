import { describe, expect, it } from 'vitest';
import type { Ticket } from '../api/types';
import { isBreachingSoon, slaStatus } from './sla-status';

const at = (iso: string) => Date.parse(iso);
const ticket = (over: Partial<Ticket> = {}, sla: Partial<Ticket['sla']> = {}): Ticket =>
  ({
    id: 't',
    number: 1,
    status: 'new',
    createdAt: '2026-03-02T12:00:00.000Z',
    sla: { policyId: 'p', firstResponseDueAt: '2026-03-02T12:30:00.000Z', nextResponseDueAt: null, resolutionDueAt: '2026-03-04T12:00:00.000Z', breaches: [], pausedAt: null, ...sla },
    ...over,
  }) as Ticket;

describe('the SLA badge of a ticket', () => {
  it('counts down to the first response while nobody has answered (green while comfortable)', () => {
    expect(slaStatus(ticket(), at('2026-03-02T12:05:00Z'))).toMatchObject({ state: 'ok', target: 'firstResponse', remainingMs: 25 * 60_000 });
  });

  it('turns amber in the last quarter of the target, and at least in its last 15 minutes', () => {
    expect(slaStatus(ticket(), at('2026-03-02T12:16:00Z')).state).toBe('warning');
    expect(isBreachingSoon(ticket(), at('2026-03-02T12:16:00Z'))).toBe(true);
  });

  it('turns red once overdue, or when the target is recorded as breached', () => {
    expect(slaStatus(ticket(), at('2026-03-02T12:31:00Z'))).toMatchObject({ state: 'breached', remainingMs: -60_000 });
    const breached = ticket({}, { breaches: [{ target: 'firstResponse', at: '2026-03-02T12:30:00Z' }] });
    expect(slaStatus(breached, at('2026-03-02T12:10:00Z')).state).toBe('breached');
  });

  it('after an answer watches the next response or the resolution, whichever is due first', () => {
    const answered = ticket({ status: 'open' }, { nextResponseDueAt: '2026-03-02T16:00:00.000Z' });
    expect(slaStatus(answered, at('2026-03-02T13:00:00Z'))).toMatchObject({ state: 'ok', target: 'nextResponse' });
    expect(slaStatus(ticket({ status: 'open' }), at('2026-03-02T13:00:00Z'))).toMatchObject({ target: 'resolution' });
  });

  it('shows paused while the clocks stand still, and nothing once resolved or without a policy', () => {
    expect(slaStatus(ticket({ status: 'pending' }, { pausedAt: '2026-03-02T12:10:00Z', resolutionDueAt: null }), at('2026-03-05T00:00:00Z')).state).toBe('paused');
    expect(slaStatus(ticket({ status: 'resolved' }), at('2026-03-05T00:00:00Z')).state).toBe('none');
    expect(slaStatus(ticket({}, { policyId: null, firstResponseDueAt: null, resolutionDueAt: null }), at('2026-03-02T12:00:00Z')).state).toBe('none');
  });
});
