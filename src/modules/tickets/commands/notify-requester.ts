import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../db/connection';
import { notifications, personEmails } from '../../../db/schema/index';
import { newId } from '../../../server/ids';
import type { TicketRecord } from '../ticket.queries';

/**
 * Queues an email to the ticket's requester in the notification outbox; the email channel renders
 * and delivers it, and its status stays visible on the ticket (R10).
 */
export async function notifyRequester(
  tx: Executor,
  input: { ticket: TicketRecord; kind: string; subject: string; body: string; data?: Record<string, unknown>; eventId?: string; now: Date },
): Promise<void> {
  const [address] = await tx
    .select({ email: personEmails.email })
    .from(personEmails)
    .where(and(eq(personEmails.personId, input.ticket.requesterId), eq(personEmails.isPrimary, true)));
  if (!address) return;
  await tx.insert(notifications).values({
    id: newId(),
    ticketId: input.ticket.id,
    eventId: input.eventId ?? null,
    channel: 'email',
    kind: input.kind,
    recipient: address.email,
    recipientId: input.ticket.requesterId,
    subject: input.subject,
    body: input.body,
    data: input.data ?? {},
    status: 'queued',
    attempts: 0,
    nextAttemptAt: input.now,
    createdAt: input.now,
  });
}
