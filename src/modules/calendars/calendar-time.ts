// Calendar time for SLA targets without a calendarId (API.md: "no calendarId means calendar time
// (24/7)"). It is an ordinary always-open calendar, so SLA code calls the same business-time
// functions either way; minutes and elapsed time take a fast path with no expansion at all.
import { createBusinessCalendar, type BusinessCalendar } from './business-calendar';

/** An always-open calendar; its business days are calendar days at the same wall time in `timezone`. */
export function createCalendarTime(timezone = 'UTC'): BusinessCalendar {
  return createBusinessCalendar({ name: `Calendar time (${timezone})`, timezone, hours: '24/7' });
}

/** Calendar time in UTC: business days are exact 24-hour days. */
export const CALENDAR_TIME: BusinessCalendar = createCalendarTime('UTC');
