import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { Executor } from '../../../db/connection';
import { messages, people } from '../../../db/schema/index';
import type { TicketRecord } from '../../tickets/ticket.queries';
import { notifyRequester } from '../../tickets/commands/notify-requester';

/**
 * On resolution the customer gets a summary — the last answer an agent gave — and is asked how it
 * went (R39, R3). Written in the resolving transaction; merged duplicates are not asked.
 */
export async function requestFeedback(ctx: AppContext, tx: Executor, input: { ticket: TicketRecord; now: Date }): Promise<void> {
  const { ticket } = input;
  if (ticket.mergedIntoId) return;
  const [answer] = await tx
    .select({ body: messages.body })
    .from(messages)
    .innerJoin(people, eq(people.id, messages.authorId))
    .where(and(eq(messages.ticketId, ticket.id), eq(messages.kind, 'public'), inArray(people.role, ['agent', 'admin'])))
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(1);
  const link = `${ctx.config.PUBLIC_URL}/portal/tickets/${ticket.id}?feedback=1`;
  const summary = answer ? `\n\nThe last answer on it:\n\n${answer.body}\n` : '\n';
  await notifyRequester(tx, {
    ticket,
    kind: 'feedback_request',
    subject: `[#${ticket.number}] Resolved: ${ticket.subject} — how did we do?`,
    body: `Your ticket #${ticket.number} "${ticket.subject}" is resolved.${summary}\nHow did we do? Rate it from 1 to 5 here: ${link}\nIf it is not solved, just reply and we will pick it up again.`,
    data: { link },
    now: input.now,
  });
}
