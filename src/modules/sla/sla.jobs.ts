import { z } from 'zod';
import type { JobDefinition } from '../../jobs/job-types';
import { exponentialBackoff } from '../../jobs/job-types';
import { checkTicketSla } from './commands/check-ticket-sla';
import { SLA_CHECK_JOB } from './ticket-sla';

/** A ticket's SLA timer: fires at its next warning or due. */
export const slaCheckJob: JobDefinition = {
  name: SLA_CHECK_JOB,
  payload: z.object({ ticketId: z.string() }),
  maxAttempts: 5,
  backoffMs: exponentialBackoff(10_000),
  handle: (ctx, payload) => checkTicketSla(ctx, payload as { ticketId: string }),
};
