import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { attachments, messages, tickets, type TicketStatus } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { newId } from '../../../server/ids';
import { isStaff, systemActor, type Actor } from '../../auth/actor';
import { recordEvent } from '../../../events/record-event';
import { maskSecrets } from '../../privacy/mask-secrets';
import { findTicket, type TicketRecord } from '../../tickets/ticket.queries';
import { assertCanSeeTicket } from '../../tickets/ticket.policy';
import { assertTransition, statusAfterAgentReply, statusAfterCustomerReply } from '../../tickets/ticket-status';
import { openTicket } from '../../tickets/commands/create-ticket';
import type { StoredFile } from '../attachment-store';
import { followStatusChange, slaColumnsFor } from '../../tickets/commands/follow-ticket-change';
import { queueReplyEmails, replyMessageId } from '../../notifications/commands/queue-reply-emails';

export interface AddMessageInput {
  actor: Actor;
  ticketId: string;
  body: string;
  internal?: boolean;
  /** Agents: the status to set with the reply. */
  status?: TicketStatus;
  channel?: string;
  /** Sanitized HTML, from channels that receive it (email). */
  bodyHtml?: string | null;
  /** The full original (quoted history, raw source), kept beside the visible text. */
  original?: Record<string, unknown> | null;
  emailMessageId?: string | null;
  files?: StoredFile[];
  /** Why the system wrote it (automation rules), recorded on the event. */
  reason?: string;
}

export type MessageRecord = typeof messages.$inferSelect & { attachments: StoredFile[] };

function nextStatus(actor: Actor, ticket: TicketRecord, input: AddMessageInput): TicketStatus {
  if (!isStaff(actor)) {
    if (input.status) throw new AppError('forbidden', 'customer_cannot_set_status', 'Customers cannot set a status with a reply.');
    return statusAfterCustomerReply(ticket.status);
  }
  if (input.status) {
    assertTransition(ticket.status, input.status);
    return input.status;
  }
  return input.internal ? ticket.status : statusAfterAgentReply(ticket.status);
}

/**
 * Adds a public reply or an internal note. A customer's reply brings a waiting ticket back to the
 * agents; an agent's public reply is the first response when it is the first, and leaves the
 * ticket pending on the customer (R17). A customer writing on a closed ticket opens a follow-up.
 */
export async function addMessage(ctx: AppContext, input: AddMessageInput): Promise<{ message: MessageRecord; ticket: TicketRecord; followUpOf?: string }> {
  const { actor } = input;
  const staff = isStaff(actor);
  if (!staff && input.internal) throw new AppError('forbidden', 'customer_cannot_post_internal', 'Internal notes are for agents.');
  const masked = maskSecrets(input.body);
  const maskedHtml = input.bodyHtml ? maskSecrets(input.bodyHtml).text : null;
  const now = ctx.clock.now();
  const channel = input.channel ?? 'web';

  const result = await ctx.db.transaction(async (tx) => {
    const found = await findTicket(tx, input.ticketId, true);
    assertCanSeeTicket(actor, found);
    const ticket = found as TicketRecord;
    if (ticket.status === 'closed') {
      if (staff) throw new AppError('conflict', 'ticket_closed', 'This ticket is closed; the customer\'s next message opens a follow-up.', { ticketId: ticket.id });
      return { closed: ticket as TicketRecord };
    }
    const status = nextStatus(actor, ticket, input);
    const messageId = newId();
    const kind = input.internal ? 'internal' : 'public';
    const [message] = await tx
      .insert(messages)
      .values({
        id: messageId,
        ticketId: ticket.id,
        // The system is nobody in the directory: its notes have no author.
        authorId: actor.id === systemActor.id ? null : actor.id,
        kind,
        channel,
        body: masked.text,
        bodyHtml: maskedHtml,
        original: input.original ?? null,
        // An agent's public reply goes out by email under this id, so answers thread back to it.
        emailMessageId: input.emailMessageId ?? (staff && !input.internal && actor.id !== systemActor.id ? replyMessageId(ctx, messageId) : null),
        createdAt: now,
      })
      .returning();
    const files = input.files ?? [];
    if (files.length) {
      await tx.insert(attachments).values(files.map((f) => ({ ...f, ticketId: ticket.id, messageId, createdAt: now })));
    }
    const publicReply = !input.internal;
    const changes = {
      status,
      ...(status !== ticket.status ? { statusChangedAt: now } : {}),
      ...(publicReply && staff ? { lastAgentMessageAt: now, firstResponseAt: ticket.firstResponseAt ?? now } : {}),
      ...(publicReply && !staff ? { lastCustomerMessageAt: now } : {}),
    };
    const after = { ...ticket, ...changes } as TicketRecord;
    const reply = publicReply ? (staff ? 'agent' : 'customer') : undefined;
    const slaColumns = await slaColumnsFor(ctx, tx, { before: ticket, after, reply, now });
    const [updated] = await tx
      .update(tickets)
      .set({ ...changes, ...slaColumns, updatedAt: now, lastActivityAt: now })
      .where(eq(tickets.id, ticket.id))
      .returning();
    await followStatusChange(ctx, tx, ticket, updated, now);
    if (publicReply && staff) {
      await queueReplyEmails(ctx, tx, { ticket: updated, messageId, text: masked.text, agentName: actor.name, now });
    }
    await recordEvent(tx, {
      type: 'messages.created',
      ticketId: ticket.id,
      actorId: actor.id,
      data: {
        messageId,
        internal: !publicReply,
        authorRole: actor.role,
        channel,
        attachments: files.length,
        ...(masked.masked.length ? { maskedSecrets: masked.masked.map((m) => m.kind) } : {}),
        ...(publicReply && staff && !ticket.firstResponseAt ? { firstResponse: true } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      },
      at: now,
    });
    if (status !== ticket.status) {
      await recordEvent(tx, { type: 'tickets.status_changed', ticketId: ticket.id, actorId: actor.id, data: { from: ticket.status, to: status, reason: 'reply' }, at: now });
    }
    return { message: { ...message, attachments: files }, ticket: updated! };
  });

  if ('closed' in result) return openFollowUp(ctx, input, result.closed!);
  ctx.events.kick();
  return result;
}

// Closed is final (DESIGN.md): the customer's message starts a new ticket that points back.
async function openFollowUp(ctx: AppContext, input: AddMessageInput, closed: TicketRecord) {
  const created = await openTicket(ctx, {
    actor: input.actor,
    data: {
      subject: closed.subject,
      body: input.body,
      categoryId: closed.categoryId ?? undefined,
      cc: closed.cc,
      channel: (input.channel ?? 'web') as 'web',
      intake: { followUpOf: closed.number },
    },
    followUpOf: closed,
    files: input.files,
    bodyHtml: input.bodyHtml ?? null,
    original: input.original ?? null,
    emailMessageId: input.emailMessageId ?? null,
  });
  return { message: created.firstMessage, ticket: created.ticket, followUpOf: closed.id };
}
