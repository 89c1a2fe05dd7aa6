// A deliberately naive business-time oracle for the property tests, written apart from the module:
// it reads the definition day by day with luxon (no offset tables, no prefix sums, no caching of
// years) and walks intervals one by one. Slow and obvious is the point.
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { CalendarDefinition } from './calendar.schemas';

const DAY = 86_400_000;
const LUXON_WEEKDAY_KEYS = ['', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const holidayLists = new Map<string, Set<string>>();
const conversions = new Map<string, number>();

function publicHolidays(country: string, region: string | undefined, year: number): Set<string> {
  const key = `${country}/${region}/${year}`;
  let dates = holidayLists.get(key);
  if (!dates) {
    const source = region ? new Holidays(country, region) : new Holidays(country);
    dates = new Set(source.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidayLists.set(key, dates);
  }
  return dates;
}

const toMs = (time: string) => (Number(time.split(':')[0]) * 60 + Number(time.split(':')[1])) * 60_000;

/** The reference: every question answered from a fresh per-date reading of the definition. */
export class ReferenceCalendar {
  private readonly byDate = new Map<string, Array<[number, number]>>();

  constructor(private readonly definition: CalendarDefinition) {}

  /** Temporal "compatible": the earliest instant showing the wall time, or luxon's forward shift in a gap. */
  toInstant(date: DateTime, msOfDay: number): number {
    // Memoised across instances: random instants cluster around DST changes and New Year.
    const key = `${this.definition.timezone}|${date.toMillis() + msOfDay}`;
    let instant = conversions.get(key);
    if (instant === undefined) {
      instant = this.convert(date, msOfDay);
      conversions.set(key, instant);
    }
    return instant;
  }

  private convert(date: DateTime, msOfDay: number): number {
    const wall = date.plus({ milliseconds: msOfDay }); // date is a UTC midnight; this is wall arithmetic
    const fields = { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second, millisecond: wall.millisecond };
    const guess = DateTime.fromObject(fields, { zone: this.definition.timezone }).toMillis();
    const shows = (instant: number) => {
      const seen = DateTime.fromMillis(instant, { zone: this.definition.timezone });
      return seen.year === fields.year && seen.month === fields.month && seen.day === fields.day &&
        seen.hour === fields.hour && seen.minute === fields.minute && seen.second === fields.second && seen.millisecond === fields.millisecond;
    };
    // Only an offset change in the two hours before the guess can hide an earlier occurrence.
    const offsetAt = (instant: number) => DateTime.fromMillis(instant, { zone: this.definition.timezone }).offset;
    if (offsetAt(guess) === offsetAt(guess - 7_200_000)) return guess;
    const occurrences = [guess, guess - 1_800_000, guess - 3_600_000, guess - 7_200_000].filter(shows);
    return occurrences.length > 0 ? Math.min(...occurrences) : guess;
  }

  /** Non-empty intervals of a local date (given as a UTC-midnight DateTime). */
  intervalsOf(date: DateTime): Array<[number, number]> {
    const iso = date.toISODate() as string;
    const cached = this.byDate.get(iso);
    if (cached) return cached;
    const { hours, holidays, overrides } = this.definition;
    let local: ReadonlyArray<readonly [string, string]>;
    if (overrides && iso in overrides) local = overrides[iso];
    else if (holidays?.dates?.includes(iso)) local = [];
    else if (holidays?.country && publicHolidays(holidays.country, holidays.region, date.year).has(iso)) local = [];
    else if (hours === '24/7') local = [['00:00', '24:00']];
    else local = hours[LUXON_WEEKDAY_KEYS[date.weekday] as keyof typeof hours] ?? [];
    const result = local
      .map(([from, to]): [number, number] => [this.toInstant(date, toMs(from)), this.toInstant(date, toMs(to))])
      .filter(([start, end]) => end > start);
    this.byDate.set(iso, result);
    return result;
  }

  localDate(instant: number): DateTime {
    const local = DateTime.fromMillis(instant, { zone: this.definition.timezone });
    return DateTime.fromObject({ year: local.year, month: local.month, day: local.day }, { zone: 'UTC' });
  }

  /** Merged open intervals, complete for every instant in [from, to]. */
  openIntervals(from: number, to: number): Array<[number, number]> {
    const all: Array<[number, number]> = [];
    const last = this.localDate(to).plus({ days: 2 });
    for (let date = this.localDate(from).minus({ days: 2 }); date <= last; date = date.plus({ days: 1 })) {
      all.push(...this.intervalsOf(date));
    }
    all.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [start, end] of all) {
      const previous = merged[merged.length - 1];
      if (previous && start <= previous[1]) previous[1] = Math.max(previous[1], end);
      else merged.push([start, end]);
    }
    return merged;
  }

  // Looks ahead over a growing window until the answer lies inside it.
  private searchAhead(from: number, find: (intervals: Array<[number, number]>) => number | undefined): number {
    for (let days = 8; days <= 8192; days *= 2) {
      const horizon = from + days * DAY;
      const found = find(this.openIntervals(from, horizon));
      if (found !== undefined && found <= horizon) return found;
    }
    throw new Error('reference: no answer within 22 years');
  }

  isOpen(at: number): boolean {
    return this.openIntervals(at, at).some(([start, end]) => start <= at && at < end);
  }

  nextOpen(at: number): number {
    return this.searchAhead(at, (intervals) => {
      const hit = intervals.find(([, end]) => end > at);
      return hit && Math.max(hit[0], at);
    });
  }

  addMinutes(from: number, minutes: number): number {
    if (minutes === 0) return from;
    return this.searchAhead(from, (intervals) => {
      let remaining = minutes * 60_000;
      for (const [start, end] of intervals) {
        if (end <= from) continue;
        const begin = Math.max(start, from);
        if (end - begin >= remaining) return begin + remaining;
        remaining -= end - begin;
      }
      return undefined;
    });
  }

  elapsedMinutes(from: number, to: number): number {
    if (to <= from) return 0;
    let open = 0;
    for (const [start, end] of this.openIntervals(from, to)) open += Math.max(0, Math.min(end, to) - Math.max(start, from));
    return open / 60_000;
  }

  /** API.md's algorithm, step by step. */
  addDays(from: number, days: number): number {
    const start = this.isOpen(from) ? from : this.nextOpen(from);
    if (days === 0) return start;
    const local = DateTime.fromMillis(start, { zone: this.definition.timezone });
    const msOfDay = ((local.hour * 60 + local.minute) * 60 + local.second) * 1000 + local.millisecond;
    let date = this.localDate(start);
    for (let counted = 0, steps = 0; counted < days; steps++) {
      if (steps > 8000) throw new Error('reference: no open days');
      date = date.plus({ days: 1 });
      if (this.intervalsOf(date).length > 0) counted++;
    }
    const due = this.toInstant(date, msOfDay);
    return this.isOpen(due) ? due : this.nextOpen(due);
  }
}
