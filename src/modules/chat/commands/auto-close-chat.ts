import type { AppContext } from '../../../server/context';
import { enqueueJob } from '../../../jobs/enqueue-job';
import { addIsoDuration } from '../../settings/iso-duration';
import { closeChatRow, lockChat } from '../chat-writes';
import { CHAT_AUTO_CLOSE_JOB, chatAutoCloseAfter } from '../chat-auto-close';
import { say } from '../bot/bot-texts';

/**
 * The auto-close timer (R40): closes a chat in the bot or with an agent whose last line waits for
 * the customer since longer than the wait. The check runs on the locked row, so a customer's message
 * racing the timer either lands first (nothing to close) or after (on a closed chat, refused).
 * When the setting grew since the timer was armed, the timer moves to the new end instead.
 */
export async function autoCloseChat(ctx: AppContext, input: { chatId: string }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const chat = await lockChat(tx, input.chatId);
    if (!chat || (chat.status !== 'bot' && chat.status !== 'active') || !chat.awaitingCustomerSince) return;
    const due = addIsoDuration(chat.awaitingCustomerSince, await chatAutoCloseAfter(tx, chat));
    if (due > now) {
      await enqueueJob(tx, { name: CHAT_AUTO_CLOSE_JOB, payload: { chatId: chat.id }, runAt: due, dedupeKey: `chat-close:${chat.id}`, now });
      return;
    }
    await closeChatRow(tx, chat, { reason: 'inactive', actorId: null, line: say('closedInactive', chat.language), now });
  });
  ctx.events.kick();
}
