import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/connection';
import type { AppContext } from '../../../server/context';
import { recomputeTicketSla } from '../../sla/ticket-sla';
import { releaseWaitingTickets } from '../../sla/commands/release-waiting-tickets';
import { scheduleLifecycleRules } from '../../automations/lifecycle-rules';
import type { TicketRecord } from '../ticket.queries';
import { requestFeedback } from '../../feedback/commands/request-feedback';

/** The SLA columns for a changed ticket ('infinity' sorts a ticket with no running clock last). */
export async function slaColumnsFor(
  ctx: AppContext,
  tx: Executor,
  change: { before: TicketRecord; after: TicketRecord; reply?: 'agent' | 'customer'; now: Date },
): Promise<{ sla: Record<string, unknown>; queueDueAt: Date | SQL }> {
  const fields = await recomputeTicketSla(ctx, tx, change);
  return { sla: fields.sla, queueDueAt: fields.queueDueAt ?? sql`'infinity'::timestamptz` };
}

/**
 * What follows a status change inside the same transaction: the timed rules of the new status
 * (R17, R40) and, when the ticket is done, the requester's next ticket starts its clock (R23).
 */
export async function followStatusChange(ctx: AppContext, tx: Executor, before: TicketRecord, after: TicketRecord, now: Date): Promise<void> {
  if (before.status === after.status) return;
  await scheduleLifecycleRules(tx, after, now);
  if (after.status === 'resolved' || after.status === 'closed') await releaseWaitingTickets(ctx, tx, { ticketId: after.id, now });
  // R39: resolving (or closing straight away) sends the summary and the feedback request once.
  if (after.status === 'resolved' || (after.status === 'closed' && before.status !== 'resolved')) await requestFeedback(ctx, tx, { ticket: after, now });
}
