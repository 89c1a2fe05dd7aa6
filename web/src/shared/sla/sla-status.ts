import type { Ticket } from '../api/types';

export type SlaTarget = 'firstResponse' | 'nextResponse' | 'resolution';
export type SlaState = 'ok' | 'warning' | 'breached' | 'paused' | 'none';

export interface SlaStatus {
  state: SlaState;
  target?: SlaTarget;
  dueAt?: string;
  /** Milliseconds left (negative once overdue). */
  remainingMs?: number;
}

/** Amber when less than this share of the target's time is left, and at least in its last 15 minutes. */
const WARNING_SHARE = 0.25;
const WARNING_MIN_MS = 15 * 60_000;

const done = (t: Ticket) => t.status === 'resolved' || t.status === 'closed';

/**
 * The clock an agent should watch on a ticket: the earliest running due among next response,
 * resolution and — while the ticket is still new, i.e. nobody has answered — first response.
 * Green while comfortable, amber when close (the last quarter), red once overdue or breached,
 * and "paused" while the clocks stand still (pending on the customer, on hold).
 */
export function slaStatus(ticket: Ticket, now: number): SlaStatus {
  if (done(ticket)) return { state: 'none' };
  const { sla } = ticket;
  // A paused clock keeps the open time it had left, not a due time (the API shows its due as null).
  if (sla.pausedAt) return sla.policyId ? { state: 'paused' } : { state: 'none' };
  const candidates: Array<[SlaTarget, string | null]> = [
    ['firstResponse', ticket.status === 'new' ? sla.firstResponseDueAt : null],
    ['nextResponse', sla.nextResponseDueAt],
    ['resolution', sla.resolutionDueAt],
  ];
  const running = candidates
    .filter((c): c is [SlaTarget, string] => c[1] !== null)
    .sort((a, b) => Date.parse(a[1]) - Date.parse(b[1]));
  if (running.length === 0) return { state: 'none' };
  const [target, dueAt] = running[0];
  const remainingMs = Date.parse(dueAt) - now;
  const breached = remainingMs <= 0 || sla.breaches.some((b) => b.target === target);
  if (breached) return { state: 'breached', target, dueAt, remainingMs };
  const totalMs = Date.parse(dueAt) - Date.parse(ticket.createdAt);
  const warnBelow = Math.max(WARNING_MIN_MS, totalMs * WARNING_SHARE);
  return { state: remainingMs <= warnBelow ? 'warning' : 'ok', target, dueAt, remainingMs };
}

/** True when a ticket's clock is amber or red: the "breaching soon" queue. */
export const isBreachingSoon = (ticket: Ticket, now: number): boolean => {
  const state = slaStatus(ticket, now).state;
  return state === 'warning' || state === 'breached';
};
