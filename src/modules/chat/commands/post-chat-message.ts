import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import { isStaff, type Actor } from '../../auth/actor';
import { findChatRow, type ChatMessageRecord } from '../chat.queries';
import { assertCanHandleChat, assertCanSeeChat } from '../chat.policy';
import { joinChatRow, lockChat, writeChatMessage } from '../chat-writes';
import type { ChatMessageInput } from '../chat.schemas';
import { loadBotContext } from '../bot/load-bot-context';
import { answerBot, type BotState, type Turn } from '../bot/intake-bot';
import { applyTurn } from '../bot/apply-turn';
import { finishBotWork } from '../bot/finish-bot-work';
import { followDeflection } from '../bot/follow-deflection';
import { appendCustomerLine } from '../append-customer-line';
import { announceChatEvent } from '../chat-announce';
import { isId } from '../../../server/ids';

const closed = () => new AppError('conflict', 'chat_closed', 'This chat is closed; reopen it (POST /api/v1/chats/:id/reopen) or start a new one.');

/**
 * A line from the customer or an agent. It is stored (masked, R45) before the call returns, so an
 * acknowledgement always means "kept". An agent writing in a queued chat joins it. While the bot
 * runs the intake, the customer's line is the answer to its question: the bot's reply is written in
 * the same transaction, and an article search or the closing ticket right after commit (R4, R14).
 * Internal notes are for agents only and never reach the customer (presenters and sockets).
 */
export async function postChatMessage(ctx: AppContext, input: { actor: Actor; chatId: string; data: ChatMessageInput }): Promise<{ message: ChatMessageRecord; duplicate: boolean }> {
  const { actor, data } = input;
  const staff = isStaff(actor);
  if (!staff && !data.internal && isId(input.chatId)) {
    // The hot path first: a customer's line in their open chat is one statement (see its file).
    const line = await appendCustomerLine(ctx.db, { chatId: input.chatId, author: actor, text: data.text, clientId: data.clientId, now: ctx.clock.now() });
    // An announced line needs no drain of its own: the next one (any command's, or the job loop's
    // within a second) marks it dispatched, in a batch. On the embedded database a drain per line
    // would double the statements on the server's only thread.
    if (line?.event && !announceChatEvent(ctx, line.event)) ctx.events.kick();
    if (line) return { message: line.message, duplicate: line.duplicate };
  }
  const chat = await findChatRow(ctx.db, input.chatId);
  assertCanSeeChat(actor, chat);
  if (staff) assertCanHandleChat(actor, chat);
  else if (data.internal) throw new AppError('forbidden', 'staff_only', 'Only agents write internal notes.');
  if (chat.status === 'closed' && !data.internal) throw closed();
  const now = ctx.clock.now();
  const bot = !staff && chat.status === 'bot' ? await loadBotContext(ctx, { language: chat.language, customerName: actor.name, now }) : null;

  const result = await ctx.db.transaction(async (tx) => {
    let row = await lockChat(tx, chat.id);
    if (!row) throw closed();
    if (row.status === 'closed' && !data.internal) throw closed();
    if (staff && !data.internal && (row.status === 'waiting' || row.status === 'bot')) {
      row = await joinChatRow(tx, row, actor, { now, event: 'chats.accepted', data: { implicit: true } });
    }
    const kind = staff ? (data.internal ? 'note' : 'agent') : 'customer';
    const written = await writeChatMessage(tx, row, { kind, authorId: actor.id, authorName: actor.name, text: data.text, clientId: data.clientId }, now);
    let turn: Turn | null = null;
    if (!written.duplicate && kind === 'customer' && written.chat.status === 'bot' && bot) {
      turn = answerBot(bot, written.chat.bot as unknown as BotState, { text: data.text, choice: data.choice });
      await applyTurn(tx, written.chat, turn, bot, now);
    }
    return { written, turn };
  });
  ctx.events.kick();
  const outcome = result.turn?.outcome?.kind;
  if (outcome === 'suggest' || outcome === 'ticket') await finishBotWork(ctx, chat.id);
  if (outcome === 'handover' || outcome === 'solved') await followDeflection(ctx, { chatId: chat.id, outcome: outcome === 'solved' ? 'solved' : 'chat' });
  return { message: result.written.message, duplicate: result.written.duplicate };
}
