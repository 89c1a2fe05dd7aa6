import { z } from 'zod';
import { exponentialBackoff, type JobDefinition } from '../../jobs/job-types';
import { systemActor } from '../auth/actor';
import { updateTicket } from '../tickets/commands/update-ticket';
import { LIFECYCLE_JOB, type LifecyclePayload } from './lifecycle-rules';
import { ticketStatuses } from '../tickets/ticket-status';

/** Fires a timed status change (R17, R40) unless the ticket left that status spell meanwhile. */
export const lifecycleJob: JobDefinition = {
  name: LIFECYCLE_JOB,
  payload: z.object({
    ticketId: z.string(),
    from: z.enum(ticketStatuses),
    to: z.enum(ticketStatuses),
    statusChangedAt: z.string(),
    rule: z.string(),
  }),
  maxAttempts: 5,
  backoffMs: exponentialBackoff(30_000),
  handle: async (ctx, raw) => {
    const payload = raw as LifecyclePayload;
    await updateTicket(ctx, {
      actor: systemActor,
      id: payload.ticketId,
      data: { status: payload.to },
      onlyIf: { status: payload.from, statusChangedAt: new Date(payload.statusChangedAt) },
      reason: payload.rule,
    });
  },
};
