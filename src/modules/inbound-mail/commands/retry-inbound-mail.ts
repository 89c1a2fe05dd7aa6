import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { rows } from '../../../db/rows';
import { AppError, notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { enqueueJob } from '../../../jobs/enqueue-job';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { PROCESS_INBOUND_MAIL_JOB } from '../inbound-mail.jobs';

/**
 * Puts a failed (or ignored, or rate-limited) message back in line, once an admin has fixed the
 * cause: a new budget of attempts and a fresh job. Processing is automatic only up to the budget.
 * The reason `admin_retry` tells processing that a person let it through the sender's rate limit.
 */
export async function retryInboundMail(ctx: AppContext, input: { actor: Actor; id: string }): Promise<void> {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('inbound_message');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await rows<{ status: string }>(tx, sql`SELECT status FROM inbound_messages WHERE id = ${input.id} FOR UPDATE`);
    if (!row) throw notFound('inbound_message');
    if (row.status === 'received' || row.status === 'processed') {
      throw new AppError('conflict', 'inbound_not_retryable', `The message is ${row.status}; only failed, ignored or rate-limited ones are retried.`, { status: row.status });
    }
    await tx.execute(sql`UPDATE inbound_messages SET status = 'received', attempts = 0, reason = 'admin_retry', processed_at = NULL WHERE id = ${input.id}`);
    await enqueueJob(tx, { name: PROCESS_INBOUND_MAIL_JOB, payload: { inboundMessageId: input.id }, runAt: now, dedupeKey: `inbound:${input.id}`, now });
    await recordAudit(tx, { actorId: input.actor.id, action: 'inbound_mail.retried', entityType: 'inbound_message', entityId: input.id, changes: { from: row.status }, at: now });
  });
}
