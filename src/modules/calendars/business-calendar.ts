// An expanded calendar that grows lazily: it holds the open intervals of a contiguous range of
// years and expands more years only when a computation walks past them. Per-year expansions are
// kept, so growing or re-joining never recomputes a year.
import type { CalendarDefinition } from './calendar.schemas';
import { CalendarError } from './calendar-errors';
import { expandCalendarYear, joinYears, type YearExpansion } from './expand-calendar';
import { buildZoneOffsets, type ZoneOffsets } from './zone-offsets';

/** How many years past its position a search for open time looks before giving up. */
export const NEVER_OPEN_SEARCH_YEARS = 10;
/** The widest range of years one calendar holds at once; a wider computation is refused. */
export const MAX_COVERED_YEARS = 100;

const EARLIEST_INSTANT = Date.UTC(1900, 0, 1);
const LATEST_INSTANT = Date.UTC(9999, 0, 1);

/**
 * A calendar ready for business-time arithmetic (see business-time.ts). The arrays are replaced,
 * never mutated, when coverage grows; read them only after calling coverInstants().
 */
export interface BusinessCalendar {
  readonly definition: CalendarDefinition;
  /** "24/7" with no holidays and no overrides: business time is calendar time. */
  readonly alwaysOpen: boolean;
  /** First and last local year expanded (NaN before the first computation). */
  firstYear: number;
  lastYear: number;
  /** Instants in [coverStart, coverEnd) are fully described by the arrays below. */
  coverStart: number;
  coverEnd: number;
  /** Sorted, disjoint, non-touching open intervals [starts[i], ends[i]) in epoch ms. */
  starts: Float64Array;
  ends: Float64Array;
  /** openBefore[i] = open ms in intervals 0..i-1, so any span's open time is two lookups. */
  openBefore: Float64Array;
  /** Ascending day numbers of the local dates with at least one interval. */
  openDays: Int32Array;
  offsets: ZoneOffsets;
  readonly years: Map<number, YearExpansion>;
}

/** Wraps a validated definition; nothing is expanded until the first computation needs it. */
export function createBusinessCalendar(definition: CalendarDefinition): BusinessCalendar {
  const holidays = definition.holidays;
  const alwaysOpen =
    definition.hours === '24/7' &&
    !holidays?.country &&
    (holidays?.dates ?? []).length === 0 &&
    Object.keys(definition.overrides ?? {}).length === 0;
  return {
    definition,
    alwaysOpen,
    firstYear: NaN,
    lastYear: NaN,
    coverStart: Infinity,
    coverEnd: -Infinity,
    starts: new Float64Array(0),
    ends: new Float64Array(0),
    openBefore: new Float64Array(1),
    openDays: new Int32Array(0),
    offsets: { at: new Float64Array(0), offsetMs: new Float64Array(0) },
    years: new Map(),
  };
}

// Coverage bounds are kept a day inside the local years, in UTC: zone offsets stay within ±14 h,
// so no interval of a date outside firstYear..lastYear can reach into [coverStart, coverEnd).
function coverStartOf(firstYear: number): number {
  return Date.UTC(firstYear, 0, 2);
}
function coverEndOf(lastYear: number): number {
  return Date.UTC(lastYear, 11, 31);
}
function firstYearCovering(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return instant >= coverStartOf(year) ? year : year - 1;
}
function lastYearCovering(instant: number): number {
  const year = new Date(instant).getUTCFullYear();
  return instant < coverEndOf(year) ? year : year + 1;
}

function rebuild(calendar: BusinessCalendar, firstYear: number, lastYear: number): void {
  const { definition, years } = calendar;
  const offsets = buildZoneOffsets(definition.timezone, firstYear - 1, lastYear + 1);
  const expansions: YearExpansion[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    let expansion = years.get(year);
    if (!expansion) {
      expansion = expandCalendarYear(definition, year, offsets);
      years.set(year, expansion);
    }
    expansions.push(expansion);
  }
  const joined = joinYears(expansions);
  const openBefore = new Float64Array(joined.starts.length + 1);
  for (let i = 0; i < joined.starts.length; i++) {
    openBefore[i + 1] = openBefore[i] + (joined.ends[i] - joined.starts[i]);
  }
  Object.assign(calendar, {
    firstYear,
    lastYear,
    coverStart: coverStartOf(firstYear),
    coverEnd: coverEndOf(lastYear),
    ...joined,
    openBefore,
    offsets,
  });
}

// Error details are read by people: an ISO string where the instant has one, not epoch ms.
function describeInstant(instant: number): string | number {
  return Number.isFinite(instant) && Math.abs(instant) <= 8.64e15 ? new Date(instant).toISOString() : instant;
}

/** Refuses instants outside the years business time is computed for (calendar_range_too_large). */
export function checkComputable(from: number, to: number): void {
  // Date.UTC maps years 0–99 to 1900–1999, and no zone or holiday data reaches far past 9999.
  if (!(from >= EARLIEST_INSTANT && to < LATEST_INSTANT)) {
    throw new CalendarError('calendar_range_too_large', 'business time is computed for the years 1900–9998 only', {
      from: describeInstant(from),
      to: describeInstant(to),
    });
  }
}

/** Makes [from, to] lie inside the calendar's coverage, expanding (or re-centring) as needed. */
export function coverInstants(calendar: BusinessCalendar, from: number, to: number): void {
  if (from >= calendar.coverStart && to < calendar.coverEnd) return;
  checkComputable(from, to);
  const neededFirst = firstYearCovering(from);
  const neededLast = lastYearCovering(to);
  if (neededLast - neededFirst + 1 > MAX_COVERED_YEARS) {
    throw new CalendarError(
      'calendar_range_too_large',
      `a business-time computation may span at most ${MAX_COVERED_YEARS} years`,
      { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    );
  }
  let firstYear = Number.isNaN(calendar.firstYear) ? neededFirst : Math.min(calendar.firstYear, neededFirst);
  let lastYear = Number.isNaN(calendar.lastYear) ? neededLast : Math.max(calendar.lastYear, neededLast);
  // A far-away instant re-centres the coverage instead of expanding every year in between.
  if (lastYear - firstYear + 1 > MAX_COVERED_YEARS) {
    [firstYear, lastYear] = [neededFirst, neededLast];
    for (const year of calendar.years.keys()) {
      if (year < firstYear || year > lastYear) calendar.years.delete(year);
    }
  }
  rebuild(calendar, firstYear, lastYear);
}

/**
 * Expands one more year after the coverage, keeping `anchor` covered; returns how many years in a
 * row have now held no open time, and throws once a whole search window came up empty.
 */
export function growCoverage(calendar: BusinessCalendar, anchor: number, emptyYearsSoFar: number): number {
  coverInstants(calendar, anchor, calendar.coverEnd);
  const added = calendar.years.get(calendar.lastYear);
  const emptyYears = added && added.starts.length > 0 ? 0 : emptyYearsSoFar + 1;
  if (emptyYears >= NEVER_OPEN_SEARCH_YEARS) {
    throw new CalendarError(
      'calendar_never_open',
      `calendar "${calendar.definition.name}" has no open time in the ${NEVER_OPEN_SEARCH_YEARS} years after ${new Date(anchor).toISOString()}`,
      { after: new Date(anchor).toISOString() },
    );
  }
  return emptyYears;
}
