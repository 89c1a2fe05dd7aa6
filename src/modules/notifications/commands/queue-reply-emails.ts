import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { Executor } from '../../../db/connection';
import { messages, notifications } from '../../../db/schema/index';
import { rows } from '../../../db/rows';
import { newId } from '../../../server/ids';
import type { TicketRecord } from '../../tickets/ticket.queries';
import { loadTemplates } from '../../templates/template-set';
import { composeReply } from '../../templates/compose-customer-message';
import { formatDue } from '../../templates/render-template';

/** The Message-ID an agent's reply is sent with; customers' answers thread back to it (R43). */
export const replyMessageId = (ctx: AppContext, messageId: string) => `<msg-${messageId}@${ctx.config.SUPPORT_EMAIL.split('@')[1]}>`;

/**
 * Every public agent reply emails the requester and the copied addresses (R18), as greeting + the
 * agent's text + signature (R27) in the customer's language, threaded with Message-ID, In-Reply-To
 * and References. Written to the outbox in the reply's transaction, so no reply is lost.
 */
export async function queueReplyEmails(
  ctx: AppContext,
  tx: Executor,
  input: { ticket: TicketRecord; messageId: string; text: string; agentName: string; now: Date },
): Promise<number> {
  const { ticket, now } = input;
  const [requester] = await rows<{ name: string; email: string | null; language: string | null }>(
    tx,
    sql`SELECT p.name, (SELECT email FROM person_emails WHERE person_id = p.id AND is_primary) AS email, p.languages[1] AS language
        FROM people p WHERE p.id = ${ticket.requesterId}`,
  );
  const support = ctx.config.SUPPORT_EMAIL.toLowerCase();
  const recipients = [...new Set([requester?.email, ...ticket.cc].filter((e): e is string => !!e && e.toLowerCase() !== support))];
  if (recipients.length === 0) return 0;
  const language = requester?.language ?? ticket.language;
  const sla = ticket.sla as { resolutionDueAt?: string | null; firstResponseDueAt?: string | null };
  const variables = {
    customer: { name: requester?.name ?? '' },
    ticket: { number: ticket.number, subject: ticket.subject, dueAt: formatDue(sla.resolutionDueAt ?? sla.firstResponseDueAt, language) },
    agent: { name: input.agentName },
    portal: { url: `${ctx.config.PUBLIC_URL}/portal/tickets/${ticket.id}` },
  };
  const composed = composeReply(await loadTemplates(ctx, tx), { teamId: ticket.teamId, language, channel: 'email' }, variables, input.text);
  const earlier = await tx
    .select({ id: messages.emailMessageId })
    .from(messages)
    .where(and(eq(messages.ticketId, ticket.id), isNotNull(messages.emailMessageId)))
    .orderBy(desc(messages.createdAt))
    .limit(20);
  const references = earlier.map((m) => m.id!).filter((id) => id !== replyMessageId(ctx, input.messageId)).reverse();
  const headers = {
    messageId: replyMessageId(ctx, input.messageId),
    inReplyTo: references.at(-1) ?? null,
    references,
    ticketNumber: ticket.number,
    messageRowId: input.messageId,
    templateIds: composed.templateIds,
  };
  await tx.insert(notifications).values(
    recipients.map((recipient) => ({
      id: newId(),
      ticketId: ticket.id,
      channel: 'email' as const,
      kind: 'reply',
      recipient,
      recipientId: recipient === requester?.email ? ticket.requesterId : null,
      subject: `Re: [#${ticket.number}] ${ticket.subject}`,
      body: composed.body,
      data: headers,
      status: 'queued' as const,
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    })),
  );
  return recipients.length;
}
