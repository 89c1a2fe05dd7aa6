import path from 'node:path';
import { z } from 'zod';
import type { AppContext } from '../../server/context';
import { AppError } from '../../server/app-error';
import type { JobDefinition } from '../../jobs/job-types';
import { AttachmentStore } from '../../modules/messages/attachment-store';
import { beginInboundAttempt, recordInboundError } from '../../modules/inbound-mail/commands/begin-inbound-attempt';
import { settleInboundMail } from '../../modules/inbound-mail/commands/settle-inbound-mail';
import { MAX_INBOUND_ATTEMPTS, PROCESS_INBOUND_MAIL_JOB } from '../../modules/inbound-mail/inbound-mail.jobs';
import { parseMail } from './parse-mail';
import { deliverInboundMail } from './deliver-inbound-mail';

const payload = z.object({ inboundMessageId: z.string().uuid() });

const describe = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500);

/**
 * Processes one stored inbound email. The attempt budget is counted on the message itself, so a
 * mail that breaks processing is retried a bounded number of times and then kept as `failed` with
 * the error — never retried in a loop. A mail that cannot be parsed fails at once (parsing it again
 * gives the same answer); a domain refusal (AppError) is an outcome, not a crash.
 */
export async function processInboundMail(ctx: AppContext, inboundMessageId: string): Promise<void> {
  const row = await beginInboundAttempt(ctx, inboundMessageId);
  if (!row) return; // settled already
  if (row.attempts > MAX_INBOUND_ATTEMPTS) {
    await settleInboundMail(ctx, { id: row.id, status: 'failed', reason: `gave_up: ${MAX_INBOUND_ATTEMPTS} attempts failed; last error: ${row.lastError ?? 'unknown'}` });
    return;
  }
  let mail;
  try {
    mail = await parseMail(row.raw);
  } catch (err) {
    await settleInboundMail(ctx, { id: row.id, status: 'failed', reason: `unparseable: ${describe(err)}` });
    return;
  }
  const store = new AttachmentStore(path.join(ctx.config.DATA_DIR, 'attachments'));
  try {
    const outcome = await deliverInboundMail(ctx, store, row, mail);
    await settleInboundMail(ctx, { id: row.id, ...outcome });
  } catch (err) {
    if (err instanceof AppError) {
      const status = err.code === 'no_active_contract' ? 'ignored' : 'failed';
      await settleInboundMail(ctx, { id: row.id, status, reason: `${err.code}: ${err.message}`, fromAddress: mail.from?.address });
      return;
    }
    await recordInboundError(ctx, row.id, describe(err));
    if (row.attempts >= MAX_INBOUND_ATTEMPTS) {
      await settleInboundMail(ctx, { id: row.id, status: 'failed', reason: `error: ${MAX_INBOUND_ATTEMPTS} attempts failed; last: ${describe(err)}`, fromAddress: mail.from?.address });
      return;
    }
    throw err; // the job runner retries after its backoff
  }
}

/** The job definition, registered in `src/jobs/definitions.ts`. */
export const processInboundMailJob: JobDefinition<typeof payload> = {
  name: PROCESS_INBOUND_MAIL_JOB,
  payload,
  // One more than the message's own budget, so the message settles itself before the runner gives up.
  maxAttempts: MAX_INBOUND_ATTEMPTS + 1,
  backoffMs: (attempt) => 30_000 * 2 ** (attempt - 1),
  handle: (ctx, { inboundMessageId }) => processInboundMail(ctx, inboundMessageId),
};
