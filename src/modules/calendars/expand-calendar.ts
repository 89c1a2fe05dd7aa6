// Expands a calendar definition into UTC open intervals, one local date at a time, applying the
// contract's rules in order: a date's override if it has one, else nothing on a holiday, else its
// weekday's hours; each endpoint converted "compatibly"; empty intervals dropped; then merged.
import type { CalendarDefinition, DayIntervals } from './calendar.schemas';
import { WEEKDAY_KEYS } from './calendar.schemas';
import { DAY_MS, MINUTE_MS, parseClockTime, parseIsoDate, toDayNumber, weekdayOf } from './civil-time';
import { localToInstant } from './convert-local-time';
import { listHolidayDates } from './list-holiday-dates';
import { mergeIntervals, type IntervalList } from './merge-intervals';
import { buildZoneOffsets, type ZoneOffsets } from './zone-offsets';

/** One year's open time: merged intervals and the local dates holding at least one interval. */
export interface YearExpansion extends IntervalList {
  year: number;
  /** Day numbers of the year's open days, ascending (used by addBusinessDays). */
  openDays: Int32Array;
}

/** Minutes-since-midnight pairs, the definition's intervals parsed once. */
type MinuteIntervals = ReadonlyArray<readonly [number, number]>;

interface PreparedCalendar {
  weekly: MinuteIntervals[]; // index 0 = Sunday, as weekdayOf returns
  overrides: Map<number, MinuteIntervals>;
}

const ALL_DAY: MinuteIntervals = [[0, 1440]];
const prepared = new WeakMap<CalendarDefinition, PreparedCalendar>();

function toMinutes(intervals: DayIntervals | undefined): MinuteIntervals {
  return (intervals ?? []).map(([from, to]) => [parseClockTime(from), parseClockTime(to)] as const);
}

function prepare(definition: CalendarDefinition): PreparedCalendar {
  let ready = prepared.get(definition);
  if (ready) return ready;
  const { hours } = definition;
  const weekly = WEEKDAY_KEYS.map((key) => (hours === '24/7' ? ALL_DAY : toMinutes(hours[key])));
  const overrides = new Map<number, MinuteIntervals>();
  for (const [date, intervals] of Object.entries(definition.overrides ?? {})) {
    const day = parseIsoDate(date);
    if (day !== null) overrides.set(day, toMinutes(intervals));
  }
  ready = { weekly, overrides };
  prepared.set(definition, ready);
  return ready;
}

/**
 * Expands the local dates of one year. `offsets` must cover UTC years year - 1 … year + 1, since a
 * date's intervals can start up to 14 hours before or end after the date in UTC.
 */
export function expandCalendarYear(definition: CalendarDefinition, year: number, offsets: ZoneOffsets): YearExpansion {
  const { weekly, overrides } = prepare(definition);
  const holidays = listHolidayDates(definition.holidays, year);
  const starts: number[] = [];
  const ends: number[] = [];
  const openDays: number[] = [];
  const lastDay = toDayNumber(year, 12, 31);
  for (let day = toDayNumber(year, 1, 1); day <= lastDay; day++) {
    const intervals = overrides.get(day) ?? (holidays.has(day) ? [] : weekly[weekdayOf(day)]);
    let open = false;
    for (const [from, to] of intervals) {
      const start = localToInstant(offsets, day * DAY_MS + from * MINUTE_MS);
      const end = localToInstant(offsets, day * DAY_MS + to * MINUTE_MS);
      // A spring-forward gap can turn a short interval inside it into nothing: ignore it.
      if (end <= start) continue;
      starts.push(start);
      ends.push(end);
      open = true;
    }
    if (open) openDays.push(day);
  }
  return { year, ...mergeIntervals(starts, ends), openDays: Int32Array.from(openDays) };
}

/** Expands local years fromYear..toYear into one sorted, merged list of UTC open intervals. */
export function expandCalendar(
  definition: CalendarDefinition,
  { fromYear, toYear }: { fromYear: number; toYear: number },
): IntervalList & { openDays: Int32Array } {
  const offsets = buildZoneOffsets(definition.timezone, fromYear - 1, toYear + 1);
  const years: YearExpansion[] = [];
  for (let year = fromYear; year <= toYear; year++) years.push(expandCalendarYear(definition, year, offsets));
  return joinYears(years);
}

/** Joins consecutive years' expansions, merging intervals that touch across New Year's midnight. */
export function joinYears(years: readonly YearExpansion[]): IntervalList & { openDays: Int32Array } {
  if (years.length === 1) return { starts: years[0].starts, ends: years[0].ends, openDays: years[0].openDays };
  const concat = <T extends Float64Array | Int32Array>(empty: T, pick: (year: YearExpansion) => T): T => {
    let offset = 0;
    for (const year of years) {
      empty.set(pick(year), offset);
      offset += pick(year).length;
    }
    return empty;
  };
  const total = years.reduce((sum, year) => sum + year.starts.length, 0);
  const days = years.reduce((sum, year) => sum + year.openDays.length, 0);
  const starts = concat(new Float64Array(total), (year) => year.starts);
  const ends = concat(new Float64Array(total), (year) => year.ends);
  const openDays = concat(new Int32Array(days), (year) => year.openDays);
  return { ...mergeIntervals(starts, ends), openDays };
}
