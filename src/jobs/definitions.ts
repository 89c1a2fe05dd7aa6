import { registerJob } from './registry';
import { recomputeCalendarJob, slaCheckJob } from '../modules/sla/sla.jobs';
import { lifecycleJob } from '../modules/automations/automations.jobs';
import { processInboundMailJob } from '../channels/email/inbound-mail-job';
import { chatAutoCloseJob } from '../modules/chat/chat.jobs';

/** Registers every job definition; modules add theirs here. */
export function registerJobs(): void {
  registerJob(slaCheckJob);
  registerJob(recomputeCalendarJob);
  registerJob(lifecycleJob);
  registerJob(processInboundMailJob);
  registerJob(chatAutoCloseJob);
}
