import { addBusinessDays, addBusinessMinutes, elapsedBusinessMinutes } from '../calendars/business-time';
import type { BusinessCalendar } from '../calendars/business-calendar';
import type { SlaConfig } from './sla-config';
import type { SlaTarget } from './sla-policy.schemas';

/**
 * One SLA clock (first response, next response, resolution or call-back). Times are epoch ms.
 * A paused clock keeps the open time it had left (`remaining`, in minutes on its calendar) instead
 * of a due time, so pausing and resuming across nights, weekends and holidays stays exact.
 */
export interface SlaClock {
  calendarId: string | null;
  /** Counted in calendar days (open or not) rather than on the calendar's open hours. */
  calendarDays: boolean;
  startedAt: number;
  dueAt: number | null;
  remaining: number | null;
  warnAt: number | null;
  warnRemaining: number | null;
  warned: boolean;
  breached: boolean;
  metAt: number | null;
  /**
   * The stretches the clock stood still, [from, to) with `to` null while it still does. Kept so a
   * new policy can count its targets over the ticket's real history (open time spent stays spent,
   * paused time stays paused). Clocks stored before this was kept have none.
   */
  pauses?: Array<[number, number | null]>;
}

const calendarOf = (clock: Pick<SlaClock, 'calendarId' | 'calendarDays'>, config: SlaConfig): BusinessCalendar =>
  clock.calendarDays ? config.calendarTime(clock.calendarId) : config.calendar(clock.calendarId);

/** The due time of a target counted from `start`. */
export function dueFrom(target: SlaTarget, start: number, config: SlaConfig): number {
  if (target.calendarDays !== undefined) return addBusinessDays(config.calendarTime(target.calendarId), start, target.calendarDays);
  const calendar = config.calendar(target.calendarId);
  if (target.businessDays !== undefined) return addBusinessDays(calendar, start, target.businessDays);
  const minutes = target.minutes ?? Math.round((target.hours ?? 0) * 60);
  return addBusinessMinutes(calendar, start, minutes);
}

/** Starts a clock for a target at `start`, with its warning at `warnAtPercent` of the open time. */
export function startClock(target: SlaTarget, start: number, config: SlaConfig, warnAtPercent: number | null, capAt?: number): SlaClock {
  const clock: SlaClock = {
    calendarId: target.calendarId ?? null,
    calendarDays: target.calendarDays !== undefined,
    startedAt: start,
    dueAt: null,
    remaining: null,
    warnAt: null,
    warnRemaining: null,
    warned: false,
    breached: false,
    metAt: null,
    pauses: [],
  };
  const due = Math.min(dueFrom(target, start, config), capAt ?? Infinity);
  clock.dueAt = due;
  if (warnAtPercent !== null) {
    const calendar = calendarOf(clock, config);
    const open = elapsedBusinessMinutes(calendar, start, due);
    clock.warnAt = addBusinessMinutes(calendar, start, Math.floor((open * warnAtPercent) / 100));
  }
  return clock;
}

/** Stops a running clock at `now`, keeping the open time it had left. */
export function pauseClock(clock: SlaClock, now: number, config: SlaConfig): SlaClock {
  if (clock.dueAt === null || clock.metAt !== null) return clock;
  const calendar = calendarOf(clock, config);
  return {
    ...clock,
    remaining: clock.dueAt > now ? elapsedBusinessMinutes(calendar, now, clock.dueAt) : 0,
    warnRemaining: clock.warnAt !== null && !clock.warned && clock.warnAt > now ? elapsedBusinessMinutes(calendar, now, clock.warnAt) : null,
    dueAt: null,
    warnAt: null,
    pauses: [...(clock.pauses ?? []), [now, null]],
  };
}

/** Restarts a paused clock at `now` with the open time it had left. */
export function resumeClock(clock: SlaClock, now: number, config: SlaConfig): SlaClock {
  if (clock.remaining === null) return clock;
  const calendar = calendarOf(clock, config);
  const add = (minutes: number) => addBusinessMinutes(calendar, now, minutes);
  return {
    ...clock,
    dueAt: clock.remaining === 0 ? now : add(clock.remaining),
    warnAt: clock.warnRemaining !== null ? add(clock.warnRemaining) : null,
    remaining: null,
    warnRemaining: null,
    pauses: (clock.pauses ?? []).map(([from, to]) => [from, to ?? now]),
  };
}

/**
 * The clock `target` shows when it counts from `start` and stands still over `pauses` ([from, to),
 * `to` null for a pause that still lasts). A due passed before a pause began stays where it was:
 * the target was missed then, and later pauses do not move it. The caller applies the rules of now.
 */
export function replayClock(target: SlaTarget, start: number, pauses: Array<[number, number | null]>, config: SlaConfig, warnAtPercent: number | null): SlaClock {
  let clock = startClock(target, start, config, warnAtPercent);
  for (const [from, to] of pauses) {
    if (to !== null && to <= start) continue;
    if (clock.dueAt !== null && clock.dueAt <= from) break;
    clock = pauseClock(clock, Math.max(from, start), config);
    if (to !== null) clock = resumeClock(clock, to, config);
  }
  return clock;
}

/** A clock that stands still: it keeps open time left instead of a due. */
export const isPaused = (clock: SlaClock): boolean => clock.remaining !== null;

/** A clock that still runs: started, not met and not paused. */
export const isRunning = (clock: SlaClock | undefined): clock is SlaClock & { dueAt: number } =>
  !!clock && clock.dueAt !== null && clock.metAt === null;
