import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import type { Actor } from '../../auth/actor';
import { openTicket } from '../../tickets/commands/create-ticket';
import type { TicketRecord } from '../../tickets/ticket.queries';
import { findChatMessages, getChat } from '../chat.queries';
import { assertCanHandleChat } from '../chat.policy';
import { closeChatRow, lockChat, updateChat, writeChatMessage } from '../chat-writes';
import { recordChatEvent } from '../chat.events';
import { formatTranscript } from '../chat-transcript';
import type { ConvertChat } from '../chat.schemas';
import { ticketFieldsFromAnswers } from '../bot/intake-to-ticket';
import { say } from '../bot/bot-texts';
import { linkChatFilesToTicket } from '../chat-files';

/**
 * Turns a chat into a ticket (R19) — for work that needs a third party or the dev team. The ticket
 * is the customer's, with channel `chat`; its first message holds the transcript (without internal
 * notes, as that message is public) and the files sent in the chat, and it keeps the intake the bot
 * gathered. The customer is told
 * the ticket number and the chat closes. Two agents converting the same chat at the same instant
 * could open two tickets (the ticket is written before the chat is locked); the second link loses.
 */
export async function convertChat(ctx: AppContext, input: { actor: Actor; id: string; data: ConvertChat }): Promise<TicketRecord> {
  const { actor, data } = input;
  const chat = await getChat(ctx, input);
  assertCanHandleChat(actor, chat);
  if (chat.ticketId) throw new AppError('conflict', 'chat_already_converted', 'This chat already has a ticket.', { ticketId: chat.ticketId });
  const messages = await findChatMessages(ctx.db, chat.id, { withNotes: false });
  const firstWords = messages.find((m) => m.kind === 'customer')?.text.split('\n')[0] ?? '';
  const answers = ((chat.bot as { answers?: Record<string, string> }).answers ?? {}) as Record<string, string>;
  const { ticket, firstMessage } = await openTicket(ctx, {
    actor,
    data: {
      subject: data.subject ?? `Chat ${chat.publicId}${firstWords ? `: ${firstWords}` : ''}`.slice(0, 200),
      body: formatTranscript(chat, messages),
      requesterId: chat.customerId,
      channel: 'chat',
      ...ticketFieldsFromAnswers(chat, answers),
      ...(data.categoryId ?? chat.categoryId ? { categoryId: data.categoryId ?? chat.categoryId! } : {}),
      ...(data.teamId ?? chat.teamId ? { teamId: data.teamId ?? chat.teamId! } : {}),
      ...(data.assigneeId ? { assigneeId: data.assigneeId } : {}),
      ...(data.priority ? { priority: data.priority } : {}),
      ...(chat.language ? { language: chat.language } : {}),
    },
  });
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await lockChat(tx, chat.id);
    if (!row || row.ticketId) return;
    const linked = await updateChat(tx, row.id, { ticketId: ticket.id }, now);
    await linkChatFilesToTicket(tx, { chatId: row.id, ticketId: ticket.id, messageId: firstMessage.id });
    await recordChatEvent(tx, { type: 'chats.converted', chat: linked, actorId: actor.id, ticketId: ticket.id, data: { ticketId: ticket.id, number: ticket.number }, at: now });
    const line = say('converted', row.language, { number: ticket.number });
    const told = (await writeChatMessage(tx, linked, { kind: 'system', authorId: null, authorName: null, text: line, data: { event: 'converted', ticket: { id: ticket.id, number: ticket.number } } }, now)).chat;
    if (told.status !== 'closed') await closeChatRow(tx, told, { reason: 'converted', actorId: actor.id, now, ticketId: ticket.id });
  });
  ctx.events.kick();
  return ticket;
}
