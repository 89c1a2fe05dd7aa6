import { z } from 'zod';
import type { JobDefinition } from '../../jobs/job-types';
import { exponentialBackoff } from '../../jobs/job-types';
import { checkTicketSla } from './commands/check-ticket-sla';
import { SLA_CHECK_JOB } from './ticket-sla';
import { recomputeCalendarSlas } from './commands/recompute-calendar-slas';
import { RECOMPUTE_CALENDAR_JOB } from '../calendars/commands/save-calendar';

/** A ticket's SLA timer: fires at its next warning or due. */
export const slaCheckJob: JobDefinition = {
  name: SLA_CHECK_JOB,
  payload: z.object({ ticketId: z.string() }),
  maxAttempts: 5,
  backoffMs: exponentialBackoff(10_000),
  handle: (ctx, payload) => checkTicketSla(ctx, payload as { ticketId: string }),
};

/** Rebuilds the dues of open tickets after their calendar changed. */
export const recomputeCalendarJob: JobDefinition = {
  name: RECOMPUTE_CALENDAR_JOB,
  payload: z.object({ calendarId: z.string() }),
  maxAttempts: 3,
  backoffMs: exponentialBackoff(60_000),
  handle: async (ctx, payload) => {
    await recomputeCalendarSlas(ctx, payload as { calendarId: string });
  },
};
