// Which local dates of a year are holidays: the country's (and region's) public holidays from
// date-holidays, plus the calendar's own dates. Only type "public" closes a calendar; date-holidays
// also lists "bank", "optional" and "observance" days (e.g. Carnival is "bank"/"optional" in BR).
import Holidays from 'date-holidays';
import type { CalendarHolidays } from './calendar.schemas';
import { DAY_MS, parseIsoDate, toDayNumber } from './civil-time';

const HOUR_MS = 3_600_000;

// Building a Holidays instance parses its rules; computing a year costs ~3 ms. Both are shared by
// every calendar that names the same country and region.
const instances = new Map<string, Holidays>();
const publicDaysByYear = new Map<string, number[]>();

function holidaysOf(country: string, region: string | undefined): Holidays {
  const key = `${country}|${region ?? ''}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = region ? new Holidays(country, region) : new Holidays(country);
    instances.set(key, instance);
  }
  return instance;
}

// A holiday's `date` is its local date ("2026-12-25 00:00:00"); a multi-day holiday covers as many
// dates as its start..end spans (minus an hour so a 25-hour DST day still counts as one date).
function publicHolidayDays(country: string, region: string | undefined, year: number): number[] {
  const key = `${country}|${region ?? ''}|${year}`;
  const cached = publicDaysByYear.get(key);
  if (cached) return cached;
  const days = new Set<number>();
  const firstDay = toDayNumber(year, 1, 1);
  const lastDay = toDayNumber(year, 12, 31);
  const source = holidaysOf(country, region);
  for (const listYear of [year - 1, year]) {
    for (const holiday of source.getHolidays(listYear) || []) {
      if (holiday.type !== 'public') continue;
      const first = parseIsoDate(holiday.date.slice(0, 10));
      if (first === null) continue;
      const span = Math.max(1, Math.ceil((holiday.end.getTime() - holiday.start.getTime() - HOUR_MS) / DAY_MS));
      for (let day = first; day < first + span; day++) {
        if (day >= firstDay && day <= lastDay) days.add(day);
      }
    }
  }
  const sorted = [...days].sort((a, b) => a - b);
  publicDaysByYear.set(key, sorted);
  return sorted;
}

/** Day numbers of the local dates in `year` on which the calendar's holidays fall. */
export function listHolidayDates(holidays: CalendarHolidays | undefined, year: number): Set<number> {
  const days = new Set<number>();
  if (!holidays) return days;
  if (holidays.country) {
    for (const day of publicHolidayDays(holidays.country, holidays.region, year)) days.add(day);
  }
  const firstDay = toDayNumber(year, 1, 1);
  const lastDay = toDayNumber(year, 12, 31);
  for (const text of holidays.dates ?? []) {
    const day = parseIsoDate(text);
    if (day !== null && day >= firstDay && day <= lastDay) days.add(day);
  }
  return days;
}
