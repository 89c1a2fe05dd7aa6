// Calendars of the desks in REQUIREMENTS.md, and helpers that let tests speak in local wall time.
import { DateTime } from 'luxon';
import { createBusinessCalendar, type BusinessCalendar } from './business-calendar';
import { calendarDefinitionSchema, type CalendarDefinition } from './calendar.schemas';

const OFFICE_DAY = [['08:30', '18:00']] as [string, string][];
const ITC_DAY = [
  ['08:00', '12:00'],
  ['13:30', '16:30'],
] as [string, string][];

/** R8: Contele, 08:30–18:00 America/Sao_Paulo, Monday–Friday, Brazilian national holidays. */
export const CONTELE: CalendarDefinition = calendarDefinitionSchema.parse({
  name: 'Contele support',
  timezone: 'America/Sao_Paulo',
  hours: { mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY },
  holidays: { country: 'BR' },
});

/** R22: itc usage guidance, split shift 08:00–12:00 and 13:30–16:30, Vietnamese holidays. */
export const ITC: CalendarDefinition = calendarDefinitionSchema.parse({
  name: 'itc usage guidance',
  timezone: 'Asia/Ho_Chi_Minh',
  hours: { mon: ITC_DAY, tue: ITC_DAY, wed: ITC_DAY, thu: ITC_DAY, fri: ITC_DAY },
  holidays: { country: 'VN' },
});

/** Validates a definition (as the API would) and wraps it for business-time arithmetic. */
export function calendarOf(definition: Omit<CalendarDefinition, 'name'> & { name?: string }): BusinessCalendar {
  return createBusinessCalendar(calendarDefinitionSchema.parse({ name: 'test calendar', ...definition }));
}

/** The instant of a local wall time such as "2026-03-06 17:00" or "2026-03-06 17:00:30.250". */
export function localTime(text: string, timezone: string): number {
  const parsed = DateTime.fromFormat(text, text.length > 16 ? 'yyyy-MM-dd HH:mm:ss.SSS' : 'yyyy-MM-dd HH:mm', {
    zone: timezone,
  });
  if (!parsed.isValid) throw new Error(`bad local time "${text}"`);
  return parsed.toMillis();
}

/** An instant as readable local wall time with its weekday: "Wed 2026-03-11 17:00". */
export function wallTime(instant: number, timezone: string): string {
  const local = DateTime.fromMillis(instant, { zone: timezone });
  const withSeconds = local.second !== 0 || local.millisecond !== 0;
  return local.toFormat(withSeconds ? 'ccc yyyy-MM-dd HH:mm:ss.SSS' : 'ccc yyyy-MM-dd HH:mm');
}

/** An instant as ISO 8601 with the local offset, which tells the two 01:30s of a fall-back apart. */
export function isoIn(instant: number, timezone: string): string {
  return DateTime.fromMillis(instant, { zone: timezone }).toISO() ?? 'invalid';
}
