// The calendar definition accepted by POST /api/v1/calendars and /calendars/preview (API.md,
// "Calendars and SLA"). Shared with the web app, so every rule has a message a person can act on.
import Holidays from 'date-holidays';
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { parseClockTime, parseIsoDate } from './civil-time';

// One catalogue instance answers every "is there data for this country/region" check.
let holidayCatalogue: Holidays | undefined;
function catalogue(): Holidays {
  holidayCatalogue ??= new Holidays();
  return holidayCatalogue;
}

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

const startTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM" between "00:00" and "23:59"')
  .describe('Local opening time "HH:MM" (00:00–23:59).');

const endTimeSchema = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be a time "HH:MM" between "00:01" and "24:00"')
  .describe('Local closing time "HH:MM"; "24:00" means the next date\'s 00:00.');

export const timeIntervalSchema = z
  .tuple([startTimeSchema, endTimeSchema])
  .refine(([from, to]) => parseClockTime(from) < parseClockTime(to), {
    message: 'an interval must open before it closes (from < to); split overnight shifts at "24:00"',
  })
  .describe('A half-open local range [from, to) within one date.');

// Several intervals per date are allowed (split shifts), but they may not overlap: an overlap is
// almost always a typo, and rejecting it keeps "hours per day" unambiguous in the UI.
export const dayIntervalsSchema = z
  .array(timeIntervalSchema)
  .superRefine((intervals, ctx) => {
    // Inverted intervals already have their own message; comparing them would only add noise.
    const sorted = intervals
      .filter(([from, to]) => parseClockTime(from) < parseClockTime(to))
      .sort((a, b) => parseClockTime(a[0]) - parseClockTime(b[0]));
    for (let k = 1; k < sorted.length; k++) {
      if (parseClockTime(sorted[k][0]) < parseClockTime(sorted[k - 1][1])) {
        ctx.addIssue({
          code: 'custom',
          message: `intervals ${sorted[k - 1].join('–')} and ${sorted[k].join('–')} overlap`,
        });
      }
    }
  })
  .describe('The open intervals of one date; [] means closed.');

const isoDateSchema = z
  .string()
  .refine((text) => parseIsoDate(text) !== null, { message: 'must be a real date "YYYY-MM-DD"' })
  .describe('A local date "YYYY-MM-DD" in the calendar\'s timezone.');

export const weeklyHoursSchema = z
  .strictObject({
    mon: dayIntervalsSchema.optional().describe('Monday\'s intervals; missing = closed.'),
    tue: dayIntervalsSchema.optional().describe('Tuesday\'s intervals; missing = closed.'),
    wed: dayIntervalsSchema.optional().describe('Wednesday\'s intervals; missing = closed.'),
    thu: dayIntervalsSchema.optional().describe('Thursday\'s intervals; missing = closed.'),
    fri: dayIntervalsSchema.optional().describe('Friday\'s intervals; missing = closed.'),
    sat: dayIntervalsSchema.optional().describe('Saturday\'s intervals; missing = closed.'),
    sun: dayIntervalsSchema.optional().describe('Sunday\'s intervals; missing = closed.'),
  })
  .describe('Opening hours per weekday (keys mon…sun).');

// zod reports a union whose every option fails on type as one issue, so that issue explains both.
export const hoursSchema = z
  .union([z.literal('24/7').describe('Always open: 00:00–24:00 every date.'), weeklyHoursSchema], {
    error: 'must be "24/7" or weekday intervals such as {"mon": [["08:30", "18:00"]]}',
  })
  .describe('Weekly opening hours, or "24/7".');

export const holidaysSchema = z
  .strictObject({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "BR"')
      .optional()
      .describe('Country whose public holidays close the calendar (date-holidays data), e.g. "BR".'),
    region: z
      .string()
      .regex(/^[A-Z0-9]{1,3}$/, 'must be a state or region code in capitals, e.g. "SP"')
      .optional()
      .describe('State or region of the country adding its own public holidays, e.g. "SP".'),
    dates: z.array(isoDateSchema).optional().describe('Extra closed dates, e.g. ["2026-12-24"].'),
  })
  .refine((holidays) => holidays.region === undefined || holidays.country !== undefined, {
    message: 'a holiday region needs its country',
    path: ['region'],
  })
  .refine((holidays) => holidays.country === undefined || holidays.country in catalogue().getCountries(), {
    message: 'no holiday data for this country',
    path: ['country'],
  })
  .refine(
    (holidays) =>
      holidays.country === undefined ||
      holidays.region === undefined ||
      holidays.region in (catalogue().getStates(holidays.country) ?? {}),
    { message: 'no holiday data for this region of the country', path: ['region'] },
  )
  .describe('Dates on which the calendar is closed unless an override says otherwise.');

// Keys are checked in a refinement rather than by a key schema so the message names the bad date
// (zod reports a failed record key only as "Invalid key in record").
export const overridesSchema = z
  .record(z.string(), dayIntervalsSchema)
  .superRefine((overrides, ctx) => {
    for (const date of Object.keys(overrides)) {
      if (parseIsoDate(date) === null) {
        ctx.addIssue({ code: 'custom', path: [date], message: `override date "${date}" must be a real date "YYYY-MM-DD"` });
      }
    }
  })
  .describe('Special dates with their own intervals ([] = closed); an override wins over a holiday.');

// The top level strips unknown keys (a client may send back a calendar it read, with its id);
// hours and holidays are strict because a misspelt key there would silently close or open days.
export const calendarDefinitionSchema = z
  .object({
    name: z.string().trim().min(1, 'a calendar needs a name').max(200).describe('Display name.'),
    timezone: z
      .string()
      .refine((zone) => IANAZone.isValidZone(zone), {
        message: 'must be an IANA time zone such as "America/Sao_Paulo"',
      })
      .describe('IANA time zone in which hours, holidays and overrides are read.'),
    hours: hoursSchema,
    holidays: holidaysSchema.optional(),
    overrides: overridesSchema.optional(),
  })
  .describe('A business calendar: when the desk is open.');

export type TimeInterval = z.infer<typeof timeIntervalSchema>;
export type DayIntervals = z.infer<typeof dayIntervalsSchema>;
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;
export type CalendarHours = z.infer<typeof hoursSchema>;
export type CalendarHolidays = z.infer<typeof holidaysSchema>;
export type CalendarOverrides = z.infer<typeof overridesSchema>;
export type CalendarDefinition = z.infer<typeof calendarDefinitionSchema>;
