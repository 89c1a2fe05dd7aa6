import type { TicketStatus } from '../../db/schema/index';
import { defaultPauseOn, type SlaConfig, type SlaPolicy } from './sla-config';
import { clockNames, type ClockName } from './sla-policy.schemas';
import { isPaused, isRunning, pauseClock, replayClock, resumeClock, startClock, type SlaClock } from './sla-clock';

/** R11: a phone call-back an agent promised the customer, open until an agent records the call. */
export interface CallbackRequest {
  requestedAt: number;
  requestedById: string;
  phone: string;
  completedAt: number | null;
  completedById: string | null;
}

/** A ticket's SLA: the policy that applies, its clocks, pauses and breaches (epoch ms inside). */
export interface SlaState {
  policyId: string | null;
  clocks: Partial<Record<ClockName, SlaClock>>;
  /** Since when the ticket's clocks stand still (pending, on hold, resolved…); null while they run. */
  pausedAt: number | null;
  /** The ticket's finished pauses, [from, to): a clock a new policy adds counts over them. */
  pauses: Array<[number, number]>;
  breaches: Array<{ target: ClockName; at: number }>;
  /** R23: the requester's earlier ticket this one waits for before its first-response clock starts. */
  waitingForTicketId: string | null;
  /** The latest call-back request (R11), open or done; null when none was ever asked for. */
  callback: CallbackRequest | null;
}

export const emptySla = (): SlaState => ({ policyId: null, clocks: {}, pausedAt: null, pauses: [], breaches: [], waitingForTicketId: null, callback: null });

const isDone = (status: TicketStatus) => status === 'resolved' || status === 'closed';

// Resolved and closed stop every clock as a pause does; a reopened ticket resumes where it stopped.
const stopsClocks = (status: TicketStatus, policy: SlaPolicy | null) => isDone(status) || (policy?.pauseOn ?? defaultPauseOn).includes(status);

// A call-back is the agents' promise, not a wait on the customer: pending and on hold (which an
// agent sets precisely when more information is needed) leave it running; only a finished ticket stops it.
const stopsClock = (name: ClockName, status: TicketStatus, policy: SlaPolicy | null) =>
  name === 'callback' ? isDone(status) : stopsClocks(status, policy);

/** The call-back still waiting to be made, if any. */
export const openCallback = (state: SlaState): CallbackRequest | null => (state.callback && state.callback.completedAt === null ? state.callback : null);

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
  let next = mapClocks(state, (clock, name) => {
    const wasStopped = stopsClock(name, from, policy);
    const isStopped = stopsClock(name, to, policy);
    if (!wasStopped && isStopped) return pauseClock(clock, now, config);
    if (wasStopped && !isStopped) return resumeClock(clock, now, config);
    return clock;
  });
  const wasStopped = stopsClocks(from, policy);
  const isStopped = stopsClocks(to, policy);
  if (!wasStopped && isStopped) next = { ...next, pausedAt: now };
  if (wasStopped && !isStopped) next = endPause(next, now);
  const resolution = next.clocks.resolution;
  if (resolution) {
    const done = isDone(to);
    if (done && resolution.metAt === null) next = { ...next, clocks: { ...next.clocks, resolution: { ...resolution, metAt: now } } };
    if (!done && resolution.metAt !== null) next = { ...next, clocks: { ...next.clocks, resolution: { ...resolution, metAt: null } } };
  }
  return next;
}

// The ticket's pause ends: it joins the history a later policy counts over.
const endPause = (state: SlaState, now: number): SlaState =>
  state.pausedAt === null ? state : { ...state, pausedAt: null, pauses: [...state.pauses, [state.pausedAt, now]] };

/**
 * A different policy now applies (priority, severity, category, team or channel changed), or its
 * calendar changed: each clock is counted again under the new target over the ticket's real
 * history — from the clock's own start, standing still over the pauses it had — so open time
 * already spent stays spent and paused time stays paused. A clock the old policy did not have
 * counts from the ticket's creation (the call-back from its request) over the ticket's pauses.
 * Met targets and past breaches stay; from now on the new policy's pause rules apply.
 */
export function onPolicyChange(state: SlaState, policy: SlaPolicy | null, input: { createdAt: number; status: TicketStatus; now: number; config: SlaConfig }): SlaState {
  const { now, config, status } = input;
  const stopped = stopsClocks(status, policy);
  // Stops by the old rules stay in the history; the new rules decide whether the ticket stands still now.
  const base: SlaState = stopped ? { ...state, pausedAt: state.pausedAt ?? now } : endPause(state, now);
  const next: SlaState = { ...base, policyId: policy?.id ?? null, clocks: {} };
  if (!policy) return next;
  const ticketPauses: Array<[number, number | null]> = [...state.pauses, ...(state.pausedAt !== null ? [[state.pausedAt, null] as [number, null]] : [])];
  for (const name of clockNames) {
    const target = policy.targets[name];
    const old = state.clocks[name];
    if (!target) continue;
    if (name === 'firstResponse' && state.waitingForTicketId) continue;
    if (name === 'nextResponse' && !old) continue;
    const callbackAskedAt = openCallback(state)?.requestedAt;
    if (name === 'callback' && !old && callbackAskedAt === undefined) continue;
    const start = old?.startedAt ?? (name === 'callback' ? callbackAskedAt : undefined) ?? input.createdAt;
    // A paused clock stored before clocks kept their pauses: its pause began with the ticket's.
    const pauses = old ? (old.pauses ?? (isPaused(old) ? [[state.pausedAt ?? now, null] as [number, null]] : [])) : name === 'callback' ? [] : ticketPauses;
    let clock = replayClock(target, start, pauses, config, policy.warnAtPercent);
    if (old?.metAt != null) {
      next.clocks[name] = { ...clock, metAt: old.metAt, warned: old.warned, breached: old.breached };
      continue;
    }
    const overdue = (clock.dueAt !== null && clock.dueAt <= now) || clock.remaining === 0;
    // Not a second warning or breach for what this clock already warned of or missed.
    const warnAhead = clock.warnRemaining !== null || (clock.warnAt !== null && clock.warnAt > now);
    clock = { ...clock, warned: (!!old?.warned && !warnAhead) || clock.warned, breached: !!old?.breached && overdue };
    const stands = stopsClock(name, status, policy);
    // A target the new policy makes missed while the ticket stands still is not hidden behind the
    // pause: it stays due, so the SLA check records the breach at its real due and escalates (R46).
    if (stands && !isPaused(clock) && !(overdue && !clock.breached)) clock = pauseClock(clock, now, config);
    if (!stands && isPaused(clock)) clock = resumeClock(clock, now, config);
    next.clocks[name] = clock;
  }
  return next;
}

/** R23: the earlier ticket is resolved, so the first-response clock starts, due within the window at the latest. */
export function onReleasedFromSequence(state: SlaState, policy: SlaPolicy | null, now: number, windowEnd: number, config: SlaConfig): SlaState {
  const target = policy?.targets.firstResponse;
  const clock = target
    ? startClock(target, now, config, policy.warnAtPercent, windowEnd)
    : startClock({ minutes: Math.max(0, Math.round((windowEnd - now) / 60_000)) }, now, config, null);
  return { ...state, waitingForTicketId: null, clocks: { ...state.clocks, firstResponse: clock } };
}

/**
 * R11: an agent promises a phone call-back. Its clock starts now on the policy's call-back target
 * (on that target's calendar); with no such target the request is still kept, without a due.
 */
export function onCallbackRequested(
  state: SlaState,
  policy: SlaPolicy | null,
  input: { now: number; requestedById: string; phone: string; status: TicketStatus; config: SlaConfig },
): SlaState {
  const { now, config } = input;
  const clocks = { ...state.clocks };
  delete clocks.callback;
  const target = policy?.targets.callback;
  if (target) {
    const clock = startClock(target, now, config, policy.warnAtPercent);
    clocks.callback = stopsClock('callback', input.status, policy) ? pauseClock(clock, now, config) : clock;
  }
  return { ...state, clocks, callback: { requestedAt: now, requestedById: input.requestedById, phone: input.phone, completedAt: null, completedById: null } };
}

/** The call-back was made: its target is met at `now` (a breach already recorded stays recorded). */
export function onCallbackCompleted(state: SlaState, input: { now: number; completedById: string }): SlaState {
  if (!state.callback) return state;
  const clock = state.clocks.callback;
  const clocks = clock && clock.metAt === null ? { ...state.clocks, callback: { ...clock, metAt: input.now } } : state.clocks;
  return { ...state, clocks, callback: { ...state.callback, completedAt: input.now, completedById: input.completedById } };
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
