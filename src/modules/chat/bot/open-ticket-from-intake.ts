import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import { loadActor } from '../../auth/resolve-actor';
import { openTicket } from '../../tickets/commands/create-ticket';
import type { TicketRecord } from '../../tickets/ticket.queries';
import { formatDue } from '../../templates/render-template';
import { findChatMessages, type ChatRecord } from '../chat.queries';
import { closeChatRow, lockChat, updateChat, writeChatMessage } from '../chat-writes';
import { formatTranscript } from '../chat-transcript';
import { say } from './bot-texts';
import { enterQueue } from './apply-turn';
import { followDeflection } from './follow-deflection';
import type { BotState } from './intake-bot';
import { ticketFromIntake } from './intake-to-ticket';
import type { LoadedBotContext } from './load-bot-context';

/**
 * Ends the intake with a ticket (R4): opened as the customer, with channel chat; the customer is
 * told its number and due date and the chat closes. If the desk refuses the ticket (a contract that
 * ended meanwhile, a category's rule), the customer is told why and handed to an agent instead.
 * The ticket is opened before the chat is locked (it runs its own statement); a crash between the
 * two leaves the work pending, and the next attempt may open a second ticket — rare, and visible.
 */
export async function openTicketFromIntake(ctx: AppContext, input: { chat: ChatRecord; state: BotState; bot: LoadedBotContext }): Promise<void> {
  const { chat, state, bot } = input;
  const customer = await loadActor(ctx, chat.customerId);
  const transcript = formatTranscript(chat, await findChatMessages(ctx.db, chat.id, { withNotes: false }));
  let ticket: TicketRecord | null = null;
  let refusal: string | null = null;
  try {
    if (!customer) throw new AppError('unprocessable', 'requester_not_found', 'The customer no longer exists.');
    ticket = (await openTicket(ctx, { actor: customer, data: ticketFromIntake(chat, state, transcript) })).ticket;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    refusal = err.message;
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await lockChat(tx, chat.id);
    const current = locked?.bot as BotState | undefined;
    if (!locked || locked.status !== 'bot' || current?.pending?.kind !== 'ticket' || locked.ticketId) return;
    const done = { ...current, pending: null, phase: 'done', step: null } as unknown as Record<string, unknown>;
    let row = await updateChat(tx, chat.id, { bot: done, ...(ticket ? { ticketId: ticket.id } : {}) }, now);
    if (!ticket) {
      row = (await writeChatMessage(tx, row, { kind: 'system', authorId: null, authorName: null, text: refusal ?? '', data: { event: 'ticket_refused' } }, now)).chat;
      await enterQueue(tx, row, { actorId: null, now, offHours: !bot.isOpenFor(row.categoryId), language: chat.language });
      return;
    }
    const due = (ticket.sla.resolutionDueAt ?? ticket.sla.firstResponseDueAt ?? null) as string | null;
    const text = due
      ? say('ticketOpened', chat.language, { number: ticket.number, due: formatDue(due, chat.language) })
      : say('ticketOpenedNoDue', chat.language, { number: ticket.number });
    const data = { step: null, input: 'none', ticket: { id: ticket.id, number: ticket.number, dueAt: due } };
    row = (await writeChatMessage(tx, row, { kind: 'bot', authorId: null, authorName: 'Atende', text, data }, now)).chat;
    await closeChatRow(tx, row, { reason: 'ticket', actorId: null, now, ticketId: ticket.id });
  });
  ctx.events.kick();
  if (ticket) await followDeflection(ctx, { chatId: chat.id, outcome: 'ticket', ticketId: ticket.id });
}
