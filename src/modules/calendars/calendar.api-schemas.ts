import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { calendarDefinitionSchema, hoursSchema, holidaysSchema, overridesSchema } from './calendar.schemas';

export const createCalendarBody = calendarDefinitionSchema;

export const updateCalendarBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  timezone: z.string().optional(),
  hours: hoursSchema.optional(),
  holidays: holidaysSchema.nullable().optional().describe('null removes the holidays'),
  overrides: overridesSchema.nullable().optional().describe('null removes the overrides'),
});

export const calendarView = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  hours: z.unknown(),
  holidays: z.unknown().nullable(),
  overrides: z.unknown().nullable(),
  version: z.number().int().describe('Grows with every change'),
  createdAt: timestamp,
  updatedAt: timestamp,
});

// ISO 8601 lets the seconds go ("2026-03-06T17:00Z"), and clients that translate other tools'
// business-hours cases often write instants that way; both forms name one instant, so both are
// accepted. The offset is not optional: a bare wall time would leave the zone, and the side of a
// DST change, to guesswork. zod's own message ("Invalid ISO datetime") does not say what to send.
const withSeconds = z.iso.datetime({ offset: true });
const withoutSeconds = z.iso.datetime({ offset: true, precision: -1 });
const instant = z
  .string()
  .refine((text) => withSeconds.safeParse(text).success || withoutSeconds.safeParse(text).success, {
    message: 'must be an ISO 8601 instant with a UTC offset, such as "2026-03-06T17:00:00Z" or "2026-03-06T14:00:00-03:00"',
  })
  .describe('ISO 8601 instant with a UTC offset, e.g. "2026-03-06T17:00:00Z"');

export const previewBody = z
  .strictObject({
    // Any string: an id that cannot exist answers 404 calendar_not_found, as GET /calendars/:id does,
    // rather than a 400 about the id's format.
    calendarId: z.string().min(1).max(100).optional().describe('A stored calendar'),
    calendar: calendarDefinitionSchema.omit({ name: true }).extend({ name: z.string().optional() }).optional().describe('Or a calendar given inline'),
    from: instant,
    addMinutes: z.number().int().min(0).max(10_000_000).optional().describe('Open minutes to add'),
    addBusinessDays: z.number().int().min(0).max(3650).optional().describe('Open days to add'),
    to: instant.optional().describe('Measure open time from `from` to here'),
  })
  .refine((b) => (b.calendarId === undefined) !== (b.calendar === undefined), { message: 'give exactly one of calendarId or calendar' })
  .refine((b) => [b.addMinutes, b.addBusinessDays, b.to].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of addMinutes, addBusinessDays or to',
  });

export const previewResponse = z.union([z.object({ due: z.string() }), z.object({ elapsedMinutes: z.number() })]);

export type PreviewBody = z.infer<typeof previewBody>;
