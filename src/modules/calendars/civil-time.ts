// Civil (wall-clock) date arithmetic on plain numbers, so the hot paths never call a zone library.
// A "day number" counts local dates from 1970-01-01 (= 0); a "local ms" is a wall time written as
// if it were UTC epoch milliseconds (dayNumber * DAY_MS + milliseconds into the day).

/** Milliseconds in a minute. */
export const MINUTE_MS = 60_000;
/** Milliseconds in a civil day (wall-clock arithmetic only; real DST days are 23 or 25 hours). */
export const DAY_MS = 86_400_000;

/** Day number of a proleptic Gregorian date (month 1–12); H. Hinnant's days_from_civil. */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The year, month (1–12) and day of a day number; H. Hinnant's civil_from_days. */
export function fromDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Parses "YYYY-MM-DD" into a day number, or returns null when it is not a real date. */
export function parseIsoDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = toDayNumber(year, month, day);
  const back = fromDayNumber(dayNumber);
  return back.year === year && back.month === month && back.day === day ? dayNumber : null;
}

/** Formats a day number as "YYYY-MM-DD". */
export function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = fromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Minutes since midnight of an "HH:MM" time ("24:00" = 1440); the schema has already checked it. */
export function parseClockTime(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
