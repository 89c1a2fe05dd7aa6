import { DateTime, Duration } from 'luxon';

/** Whether a text is a positive ISO 8601 duration ("P10D", "PT48H", "P1DT12H"). */
export function isPositiveIsoDuration(value: string): boolean {
  const duration = Duration.fromISO(value);
  if (!duration.isValid) return false;
  return Object.values(duration.toObject()).every((n) => n >= 0) && duration.toMillis() > 0;
}

/**
 * Adds an ISO 8601 duration to an instant, counting calendar units in UTC ("P1M" from 31 January is
 * the end of February), so every module computes lifecycle due times the same way.
 */
export function addIsoDuration(at: Date, duration: string): Date {
  const parsed = Duration.fromISO(duration);
  if (!parsed.isValid) throw new Error(`not an ISO 8601 duration: ${duration}`);
  return DateTime.fromJSDate(at, { zone: 'utc' }).plus(parsed).toJSDate();
}
