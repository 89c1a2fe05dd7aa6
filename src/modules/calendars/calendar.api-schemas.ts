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

const instant = z.string().datetime({ offset: true }).describe('ISO 8601 instant');

export const previewBody = z
  .strictObject({
    calendarId: z.string().uuid().optional().describe('A stored calendar'),
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
