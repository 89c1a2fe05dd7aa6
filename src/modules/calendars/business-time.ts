// Business-time arithmetic over an expanded calendar (API.md, "Calendars and SLA"). Instants are
// epoch milliseconds (numbers) in and out; callers convert Dates with getTime() / new Date(ms).
// Pure apart from memoisation: no clock reads; a call may expand more years into the calendar.
import { checkComputable, growCoverage, coverInstants, type BusinessCalendar } from './business-calendar';
import { CalendarError } from './calendar-errors';
import { DAY_MS, MINUTE_MS } from './civil-time';
import { instantToLocal, localToInstant } from './convert-local-time';
import { firstAbove, firstAtLeast } from './search-sorted';

// Open ms in the covered intervals before instant t (t must be covered).
function openTimeBefore(calendar: BusinessCalendar, t: number): number {
  const i = firstAbove(calendar.ends, t);
  let open = calendar.openBefore[i];
  if (i < calendar.starts.length && calendar.starts[i] < t) open += t - calendar.starts[i];
  return open;
}

function checkAmount(name: string, amount: number, integer: boolean): void {
  if (!Number.isFinite(amount) || amount < 0 || (integer && !Number.isInteger(amount))) {
    throw new CalendarError(
      'invalid_business_amount',
      `${name} must be a${integer ? 'n integer' : ' finite number'} >= 0 (got ${amount})`,
      { [name]: amount },
    );
  }
}

/** Whether the calendar is open at an instant (intervals are half-open: a closing instant is closed). */
export function isOpen(calendar: BusinessCalendar, at: number): boolean {
  if (calendar.alwaysOpen) return true;
  coverInstants(calendar, at, at);
  const i = firstAbove(calendar.ends, at);
  return i < calendar.starts.length && calendar.starts[i] <= at;
}

/** The earliest open instant at or after `at` (`at` itself when open). */
export function nextOpenInstant(calendar: BusinessCalendar, at: number): number {
  if (calendar.alwaysOpen) return at;
  coverInstants(calendar, at, at);
  let emptyYears = 0;
  for (;;) {
    const i = firstAbove(calendar.ends, at);
    // An interval starting past coverEnd may have an earlier, not yet expanded one before it.
    if (i < calendar.starts.length && calendar.starts[i] < calendar.coverEnd) return Math.max(calendar.starts[i], at);
    emptyYears = growCoverage(calendar, at, emptyYears);
  }
}

/**
 * The earliest instant at which the open time since `from` equals `minutes` (so a due landing on a
 * closing time is that closing instant). 0 returns `from` unchanged, even when closed. Amounts are
 * rounded to the millisecond.
 */
export function addBusinessMinutes(calendar: BusinessCalendar, from: number, minutes: number): number {
  checkAmount('minutes', minutes, false);
  const amount = Math.round(minutes * MINUTE_MS);
  if (amount === 0) return from;
  if (calendar.alwaysOpen) {
    // The fast path never reaches coverInstants, where far instants are refused; without this a
    // due past 9999 came back as an extended-year string ("+010019-01-04T…") instead of the 422
    // every other calendar gives for the same question.
    checkComputable(from + amount, from + amount);
    return from + amount;
  }
  coverInstants(calendar, from, from);
  let emptyYears = 0;
  for (;;) {
    const target = openTimeBefore(calendar, from) + amount;
    // The interval where the running total first reaches the target holds the due instant.
    const k = firstAtLeast(calendar.openBefore, target);
    if (k < calendar.openBefore.length) {
      const i = k - 1;
      if (calendar.starts[i] < calendar.coverEnd) return calendar.starts[i] + (target - calendar.openBefore[i]);
    }
    emptyYears = growCoverage(calendar, from, emptyYears);
  }
}

/** Open time between two instants in (fractional) minutes; 0 when `to` <= `from`. */
export function elapsedBusinessMinutes(calendar: BusinessCalendar, from: number, to: number): number {
  if (!(to > from)) return 0;
  if (calendar.alwaysOpen) return (to - from) / MINUTE_MS;
  coverInstants(calendar, from, to);
  return (openTimeBefore(calendar, to) - openTimeBefore(calendar, from)) / MINUTE_MS;
}

/**
 * API.md's business days: from the first open instant S at or after `from`, the same local wall
 * time on the nth open day after S's date (converted compatibly), or the next open instant after
 * that when it is closed. n = 0 returns S.
 */
export function addBusinessDays(calendar: BusinessCalendar, from: number, days: number): number {
  checkAmount('days', days, true);
  const start = nextOpenInstant(calendar, from);
  if (days === 0) return start;
  coverInstants(calendar, start, start);
  const local = instantToLocal(calendar.offsets, start);
  const startDay = Math.floor(local / DAY_MS);
  const wallTime = local - startDay * DAY_MS;
  let emptyYears = 0;
  for (;;) {
    // openDays is complete for every local date of the covered years, and S's date is one of them.
    const k = firstAbove(calendar.openDays, startDay) + days - 1;
    if (k < calendar.openDays.length) {
      const due = localToInstant(calendar.offsets, calendar.openDays[k] * DAY_MS + wallTime);
      return nextOpenInstant(calendar, due);
    }
    emptyYears = growCoverage(calendar, start, emptyYears);
  }
}
