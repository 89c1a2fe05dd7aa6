import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import { isStaff, type Actor } from '../../auth/actor';
import { assertChatEntitled } from '../chat-entitlement';
import { findChat, findOpenChatOf, getChat, type ChatRecord } from '../chat.queries';
import { assertCanHandleChat } from '../chat.policy';
import { lockChat, updateChat, writeChatMessage } from '../chat-writes';
import { recordChatEvent } from '../chat.events';
import { loadBotContext } from '../bot/load-bot-context';
import { currentPrompt, type BotState } from '../bot/intake-bot';
import { botLine, enterQueue } from '../bot/apply-turn';
import { say } from '../bot/bot-texts';

/**
 * Reopens a finished chat (R5): an intake that never finished resumes at its question; any other
 * chat goes back to its team's queue as a new arrival. The customer must still be entitled (R2,
 * R29) and may have one unfinished chat at a time (409 `chat_already_open` names it).
 */
export async function reopenChat(ctx: AppContext, input: { actor: Actor; id: string }): Promise<ChatRecord> {
  const { actor } = input;
  const chat = await getChat(ctx, input);
  if (isStaff(actor)) assertCanHandleChat(actor, chat);
  if (chat.status !== 'closed') return chat;
  const customer = isStaff(actor) ? null : actor;
  if (customer) await assertChatEntitled(ctx, customer);
  const open = await findOpenChatOf(ctx.db, chat.customerId);
  if (open) throw new AppError('conflict', 'chat_already_open', 'The customer already has an unfinished chat.', { chatId: open.id, publicId: open.publicId });
  const now = ctx.clock.now();
  const state = chat.bot as Partial<BotState>;
  const resumesIntake = !chat.ticketId && (state.phase === 'category' || state.phase === 'flow' || state.phase === 'handoff');
  const bot = resumesIntake ? await loadBotContext(ctx, { language: chat.language, customerName: chat.customerName ?? '', now }) : null;
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await lockChat(tx, chat.id);
      if (!row || row.status !== 'closed') return;
      const reopened = await updateChat(
        tx,
        row.id,
        { status: bot ? 'bot' : 'waiting', closedAt: null, closeReason: null, assigneeId: null, queuedAt: null, bot: { ...row.bot, pending: null } },
        now,
      );
      await recordChatEvent(tx, { type: 'chats.reopened', chat: reopened, actorId: actor.id, at: now });
      const told = (await writeChatMessage(tx, reopened, { kind: 'system', authorId: null, authorName: null, text: say('reopened', row.language), data: { event: 'reopened' } }, now)).chat;
      const prompt = bot ? currentPrompt(bot, told.bot as unknown as BotState) : null;
      if (prompt) await writeChatMessage(tx, told, botLine(prompt), now);
      else await enterQueue(tx, { ...told, status: 'waiting' }, { actorId: actor.id, now, offHours: false, language: row.language });
    });
  } catch (err) {
    // The unique index on open chats: another chat of the customer opened meanwhile.
    if ((err as { code?: string }).code === '23505') throw new AppError('conflict', 'chat_already_open', 'The customer already has an unfinished chat.');
    throw err;
  }
  ctx.events.kick();
  return (await findChat(ctx.db, chat.id))!;
}
