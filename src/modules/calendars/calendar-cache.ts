// Expanded calendars kept per calendar id and version, so every SLA computation on the same
// calendar reuses its years of intervals. A new version (the calendar was edited) replaces the
// entry; the least recently used calendars fall out once the cache is full.
import { createBusinessCalendar, type BusinessCalendar } from './business-calendar';
import type { CalendarDefinition } from './calendar.schemas';

const MAX_CACHED_CALENDARS = 500;
const cache = new Map<string, { version: string; calendar: BusinessCalendar }>();

/** The expanded calendar for (id, version), built from `definition` only on a miss. */
export function getBusinessCalendar({
  id,
  version,
  definition,
}: {
  id: string;
  version: string | number;
  definition: CalendarDefinition;
}): BusinessCalendar {
  const key = String(version);
  const entry = cache.get(id);
  cache.delete(id); // re-inserted below, so Map order tracks recency
  if (entry && entry.version === key) {
    cache.set(id, entry);
    return entry.calendar;
  }
  const fresh = { version: key, calendar: createBusinessCalendar(definition) };
  cache.set(id, fresh);
  if (cache.size > MAX_CACHED_CALENDARS) cache.delete(cache.keys().next().value as string);
  return fresh.calendar;
}

/** Drops a calendar from the cache (e.g. when it is deleted). */
export function forgetBusinessCalendar(id: string): void {
  cache.delete(id);
}
