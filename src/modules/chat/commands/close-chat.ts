import type { AppContext } from '../../../server/context';
import { isStaff, type Actor } from '../../auth/actor';
import { findChat, getChat, type ChatRecord } from '../chat.queries';
import { assertCanHandleChat } from '../chat.policy';
import { closeChatRow, lockChat } from '../chat-writes';
import { say } from '../bot/bot-texts';

/** Ends a chat, by its customer or an agent of its team; closing a closed chat changes nothing. */
export async function closeChat(ctx: AppContext, input: { actor: Actor; id: string }): Promise<ChatRecord> {
  const { actor } = input;
  const chat = await getChat(ctx, input);
  if (isStaff(actor)) assertCanHandleChat(actor, chat);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await lockChat(tx, chat.id);
    if (!row || row.status === 'closed') return;
    await closeChatRow(tx, row, { reason: isStaff(actor) ? 'agent' : 'customer', actorId: actor.id, line: say('closed', row.language), now });
  });
  ctx.events.kick();
  return (await findChat(ctx.db, chat.id))!;
}
