import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import type { Actor } from '../../auth/actor';
import { findChat, getChat, type ChatRecord } from '../chat.queries';
import { assertCanHandleChat } from '../chat.policy';
import { joinChatRow, lockChat } from '../chat-writes';

/**
 * An agent takes a chat from the queue (R19), or from the bot mid-intake. Accepting a chat one
 * already handles is a no-op; a chat another agent handles is refused (409 `chat_taken`) — the
 * handover between agents is a transfer.
 */
export async function acceptChat(ctx: AppContext, input: { actor: Actor; id: string }): Promise<ChatRecord> {
  const { actor } = input;
  const chat = await getChat(ctx, input);
  assertCanHandleChat(actor, chat);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await lockChat(tx, chat.id);
    if (!row || row.status === 'closed') throw new AppError('conflict', 'chat_closed', 'This chat is closed.');
    if (row.status === 'active') {
      if (row.assigneeId === actor.id) return;
      throw new AppError('conflict', 'chat_taken', 'Another agent has already accepted this chat.', { assigneeId: row.assigneeId });
    }
    await joinChatRow(tx, row, actor, { now, event: 'chats.accepted' });
  });
  ctx.events.kick();
  return (await findChat(ctx.db, chat.id))!;
}
