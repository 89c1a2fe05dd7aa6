import type { TicketStatus } from '../../db/schema/index';
import { defaultPauseOn, type SlaConfig, type SlaPolicy } from './sla-config';
import { clockNames, type ClockName } from './sla-policy.schemas';
import { isRunning, pauseClock, resumeClock, startClock, type SlaClock } from './sla-clock';

/** A ticket's SLA: the policy that applies, its clocks, pauses and breaches (epoch ms inside). */
export interface SlaState {
  policyId: string | null;
  clocks: Partial<Record<ClockName, SlaClock>>;
  pausedAt: number | null;
  breaches: Array<{ target: ClockName; at: number }>;
  /** R23: the requester's earlier ticket this one waits for before its first-response clock starts. */
  waitingForTicketId: string | null;
}

export const emptySla = (): SlaState => ({ policyId: null, clocks: {}, pausedAt: null, breaches: [], waitingForTicketId: null });

// Resolved and closed stop every clock as a pause does; a reopened ticket resumes where it stopped.
const stopsClocks = (status: TicketStatus, policy: SlaPolicy | null) =>
  status === 'resolved' || status === 'closed' || (policy?.pauseOn ?? defaultPauseOn).includes(status);

/** The SLA of a new ticket: first response and resolution start now unless it waits its turn (R23). */
export function startSla(input: {
  policy: SlaPolicy | null;
  now: number;
  config: SlaConfig;
  waitingForTicketId?: string | null;
}): SlaState {
  const { policy, now, config } = input;
  const state = emptySla();
  if (!policy) return state;
  state.policyId = policy.id;
  const { targets } = policy;
  if (targets.firstResponse && !input.waitingForTicketId) state.clocks.firstResponse = startClock(targets.firstResponse, now, config, policy.warnAtPercent);
  if (targets.resolution) state.clocks.resolution = startClock(targets.resolution, now, config, policy.warnAtPercent);
  state.waitingForTicketId = input.waitingForTicketId ?? null;
  return state;
}

const mapClocks = (state: SlaState, fn: (clock: SlaClock, name: ClockName) => SlaClock): SlaState => {
  const clocks: SlaState['clocks'] = {};
  for (const name of clockNames) {
    const clock = state.clocks[name];
    if (clock) clocks[name] = fn(clock, name);
  }
  return { ...state, clocks };
};

/** An agent's public reply: the first response is met, and so is a running next-response clock. */
export function onAgentReply(state: SlaState, now: number): SlaState {
  const clocks = { ...state.clocks };
  if (clocks.firstResponse && clocks.firstResponse.metAt === null) clocks.firstResponse = { ...clocks.firstResponse, metAt: now };
  delete clocks.nextResponse;
  return { ...state, clocks };
}

/** A customer's reply after the agents answered starts the next-response clock. */
export function onCustomerReply(state: SlaState, policy: SlaPolicy | null, now: number, config: SlaConfig, status: TicketStatus): SlaState {
  const target = policy?.targets.nextResponse;
  const answered = state.clocks.firstResponse?.metAt != null || state.clocks.firstResponse === undefined;
  if (!target || !answered || state.clocks.nextResponse) return state;
  let clock = startClock(target, now, config, policy.warnAtPercent);
  if (stopsClocks(status, policy)) clock = pauseClock(clock, now, config);
  return { ...state, clocks: { ...state.clocks, nextResponse: clock } };
}

/** A status change pauses or resumes the clocks; resolving meets the resolution target. */
export function onStatusChange(state: SlaState, policy: SlaPolicy | null, from: TicketStatus, to: TicketStatus, now: number, config: SlaConfig): SlaState {
  const wasStopped = stopsClocks(from, policy);
  const isStopped = stopsClocks(to, policy);
  let next = state;
  if (!wasStopped && isStopped) {
    next = { ...mapClocks(state, (c) => pauseClock(c, now, config)), pausedAt: now };
  } else if (wasStopped && !isStopped) {
    next = { ...mapClocks(state, (c) => resumeClock(c, now, config)), pausedAt: null };
  }
  const resolution = next.clocks.resolution;
  if (resolution) {
    const done = to === 'resolved' || to === 'closed';
    if (done && resolution.metAt === null) next = { ...next, clocks: { ...next.clocks, resolution: { ...resolution, metAt: now } } };
    if (!done && resolution.metAt !== null) next = { ...next, clocks: { ...next.clocks, resolution: { ...resolution, metAt: null } } };
  }
  return next;
}

/**
 * A different policy now applies (priority, severity, category, team or channel changed): clocks
 * are rebuilt from their original starts under the new targets; met targets and past breaches stay.
 */
export function onPolicyChange(state: SlaState, policy: SlaPolicy | null, input: { createdAt: number; status: TicketStatus; now: number; config: SlaConfig }): SlaState {
  const { now, config } = input;
  const next: SlaState = { ...state, policyId: policy?.id ?? null, clocks: {} };
  if (!policy) return { ...next, pausedAt: null };
  for (const name of clockNames) {
    const target = policy.targets[name];
    const old = state.clocks[name];
    if (!target) continue;
    if (name === 'firstResponse' && state.waitingForTicketId) continue;
    if ((name === 'nextResponse' || name === 'callback') && !old) continue;
    let clock = startClock(target, old?.startedAt ?? input.createdAt, config, policy.warnAtPercent);
    if (old?.metAt != null) clock = { ...clock, metAt: old.metAt };
    if (clock.metAt === null && clock.dueAt !== null && clock.dueAt <= now) clock = { ...clock, breached: state.breaches.some((b) => b.target === name) };
    next.clocks[name] = clock;
  }
  if (stopsClocks(input.status, policy)) return { ...mapClocks(next, (c) => pauseClock(c, now, config)), pausedAt: state.pausedAt ?? now };
  return { ...next, pausedAt: null };
}

/** R23: the earlier ticket is resolved, so the first-response clock starts, due within the window at the latest. */
export function onReleasedFromSequence(state: SlaState, policy: SlaPolicy | null, now: number, windowEnd: number, config: SlaConfig): SlaState {
  const target = policy?.targets.firstResponse;
  const clock = target
    ? startClock(target, now, config, policy.warnAtPercent, windowEnd)
    : startClock({ minutes: Math.max(0, Math.round((windowEnd - now) / 60_000)) }, now, config, null);
  return { ...state, waitingForTicketId: null, clocks: { ...state.clocks, firstResponse: clock } };
}

/** Records warnings and breaches that are due at `now`. */
export function checkDue(state: SlaState, now: number): { state: SlaState; breached: ClockName[]; warned: ClockName[] } {
  const breached: ClockName[] = [];
  const warned: ClockName[] = [];
  const breaches = [...state.breaches];
  const next = mapClocks(state, (clock, name) => {
    if (!isRunning(clock)) return clock;
    let c = clock;
    if (!c.breached && c.dueAt <= now) {
      c = { ...c, breached: true, warned: true };
      breached.push(name);
      breaches.push({ target: name, at: c.dueAt });
    } else if (!c.warned && c.warnAt !== null && c.warnAt <= now) {
      c = { ...c, warned: true };
      warned.push(name);
    }
    return c;
  });
  return { state: { ...next, breaches }, breached, warned };
}

/** When the ticket next needs a look: its earliest pending warning or due. */
export function nextCheckAt(state: SlaState): number | null {
  let next = Infinity;
  for (const clock of Object.values(state.clocks)) {
    if (!isRunning(clock)) continue;
    if (!clock.warned && clock.warnAt !== null) next = Math.min(next, clock.warnAt);
    if (!clock.breached) next = Math.min(next, clock.dueAt);
  }
  return next === Infinity ? null : next;
}

/** The queue's sort key: the earliest due of a running clock (breached ones first, being earliest). */
export function queueDueAt(state: SlaState): number | null {
  let due = Infinity;
  for (const clock of Object.values(state.clocks)) if (isRunning(clock)) due = Math.min(due, clock.dueAt);
  return due === Infinity ? null : due;
}
