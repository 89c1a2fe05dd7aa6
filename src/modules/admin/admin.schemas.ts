import { z } from 'zod';
import { timestamp } from '../../contracts/common';
import { isoDuration } from '../settings/settings.schemas';

export const moveClockBody = z
  .strictObject({
    set: z.iso.datetime({ offset: true }).optional().describe('Move the clock to this instant (ISO 8601)'),
    advance: isoDuration.optional().describe('Move the clock forward by this ISO 8601 duration, e.g. PT30M or P10D'),
  })
  .refine((b) => (b.set === undefined) !== (b.advance === undefined), { message: 'give exactly one of set or advance' })
  .describe('Where to move the manual clock; jobs that become due run before the answer');

export const clockView = z.object({
  now: timestamp.describe("The clock's current instant"),
  manual: z.boolean().describe('Whether the clock is manual (ATENDE_CLOCK=manual) and may be moved'),
});

export type MoveClock = z.infer<typeof moveClockBody>;
