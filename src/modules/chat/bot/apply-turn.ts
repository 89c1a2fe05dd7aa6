import type { Executor } from '../../../db/connection';
import type { chats } from '../../../db/schema/index';
import { closeChatRow, queuePositionIn, updateChat, writeChatMessage } from '../chat-writes';
import { recordChatEvent } from '../chat.events';
import { say } from './bot-texts';
import type { LoadedBotContext } from './load-bot-context';
import type { BotReply, Turn } from './intake-bot';

type ChatRow = typeof chats.$inferSelect;

/** A bot reply as a transcript line: the options and articles ride along for the widget. */
export const botLine = (reply: BotReply) => ({
  kind: 'bot' as const,
  authorId: null,
  authorName: 'Atende',
  text: reply.text,
  data: { step: reply.step, input: reply.input, ...(reply.options ? { options: reply.options } : {}), ...(reply.articles ? { articles: reply.articles } : {}) },
});

/** Puts a chat in its team's waiting queue; a chat queued before keeps its place (arrival order). */
export async function enterQueue(tx: Executor, chat: ChatRow, input: { actorId: string | null; now: Date; offHours: boolean; language: string | null }): Promise<ChatRow> {
  const queued = await updateChat(tx, chat.id, { status: 'waiting', queuedAt: chat.queuedAt ?? input.now, assigneeId: null, awaitingCustomerSince: null }, input.now);
  const position = await queuePositionIn(tx, queued);
  await recordChatEvent(tx, { type: 'chats.queued', chat: queued, actorId: input.actorId, data: { queuePosition: position }, at: input.now });
  const text = say(input.offHours ? 'queuedOffHours' : 'queued', input.language, { position });
  return (await writeChatMessage(tx, queued, { kind: 'system', authorId: null, authorName: null, text, data: { event: 'queued', queuePosition: position } }, input.now)).chat;
}

/**
 * Writes one bot turn inside the caller's transaction: the new state (and the category's team when
 * the customer picked a category), the replies as bot messages, and the outcomes that are only
 * writes — the hand-over to the queue and the close of a solved question. Searching articles and
 * opening a ticket happen after commit (finish-bot-work.ts), as they run their own statements.
 */
export async function applyTurn(tx: Executor, chat: ChatRow, turn: Turn, bot: LoadedBotContext, now: Date): Promise<ChatRow> {
  const categoryId = turn.state.categoryId;
  let current = await updateChat(
    tx,
    chat.id,
    { bot: turn.state as unknown as Record<string, unknown>, ...(categoryId !== chat.categoryId ? { categoryId, teamId: bot.teamFor(categoryId) } : {}) },
    now,
  );
  for (const reply of turn.replies) current = (await writeChatMessage(tx, current, botLine(reply), now)).chat;
  if (turn.outcome?.kind === 'handover') {
    current = await enterQueue(tx, current, { actorId: null, now, offHours: !bot.isOpenFor(categoryId), language: chat.language });
  } else if (turn.outcome?.kind === 'solved') {
    current = await closeChatRow(tx, current, { reason: 'solved', actorId: null, now });
  }
  return current;
}
