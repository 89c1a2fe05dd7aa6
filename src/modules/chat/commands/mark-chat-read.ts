import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { chatMessages } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { isStaff, type Actor } from '../../auth/actor';
import { getChat } from '../chat.queries';
import { lockChat, updateChat } from '../chat-writes';
import { recordChatEvent } from '../chat.events';

/**
 * A read receipt: the customer's or the agents' side has seen the chat up to a message. Message ids
 * are time-ordered (UUIDv7), so the mark only moves forward; a stale receipt changes nothing.
 */
export async function markChatRead(ctx: AppContext, input: { actor: Actor; id: string; messageId: string }): Promise<{ changed: boolean }> {
  const { actor } = input;
  const chat = await getChat(ctx, input);
  if (!isId(input.messageId)) throw notFound('message');
  const [message] = await ctx.db.select({ id: chatMessages.id }).from(chatMessages).where(and(eq(chatMessages.id, input.messageId), eq(chatMessages.chatId, chat.id)));
  if (!message) throw notFound('message');
  const side = isStaff(actor) ? 'agent' : 'customer';
  const now = ctx.clock.now();
  const changed = await ctx.db.transaction(async (tx) => {
    const row = await lockChat(tx, chat.id);
    const current = side === 'agent' ? row?.agentReadId : row?.customerReadId;
    if (!row || (current && current >= message.id)) return false;
    const updated = await updateChat(tx, row.id, side === 'agent' ? { agentReadId: message.id } : { customerReadId: message.id }, now);
    await recordChatEvent(tx, { type: 'chats.read', chat: updated, actorId: actor.id, data: { by: side, messageId: message.id }, at: now });
    return true;
  });
  if (changed) ctx.events.kick();
  return { changed };
}
