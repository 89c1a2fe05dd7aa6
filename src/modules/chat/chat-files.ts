import { and, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { attachments, chatMessages } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { isStaff, type Actor } from '../auth/actor';
import { findChatRow } from './chat.queries';
import { canSeeChat } from './chat.policy';

// Files sent in chats live in the attachments table with `chat_message_id` (migration 0015). Who may
// download one is who may see its chat — by the chat policy, so the chat route, the general download
// route and the socket all agree — and never a customer when the line is an internal note.

type AttachmentRow = typeof attachments.$inferSelect;

/** Whether the actor may download the file of this chat line. */
export async function canSeeChatFile(ctx: AppContext, input: { actor: Actor; chatMessageId: string }): Promise<boolean> {
  const [line] = await ctx.db.select({ chatId: chatMessages.chatId, kind: chatMessages.kind }).from(chatMessages).where(eq(chatMessages.id, input.chatMessageId));
  if (!line || (line.kind === 'note' && !isStaff(input.actor))) return false;
  const chat = await findChatRow(ctx.db, line.chatId);
  return Boolean(chat && canSeeChat(input.actor, chat));
}

/** A file of a chat's line, for someone who may see that chat (404 otherwise, so nothing leaks). */
export async function getChatFile(ctx: AppContext, input: { actor: Actor; chatId: string; id: string }): Promise<AttachmentRow> {
  if (!isId(input.id) || !isId(input.chatId)) throw notFound('attachment');
  const [row] = await ctx.db
    .select({ file: attachments })
    .from(attachments)
    .innerJoin(chatMessages, eq(chatMessages.id, attachments.chatMessageId))
    .where(and(eq(attachments.id, input.id), eq(chatMessages.chatId, input.chatId)));
  if (!row || !(await canSeeChatFile(ctx, { actor: input.actor, chatMessageId: row.file.chatMessageId! }))) throw notFound('attachment');
  return row.file;
}

/**
 * When a chat becomes a ticket (R19), its files become attachments of the ticket's first message —
 * the same rows and bytes, now pointing at both, so the ticket shows them and the chat keeps them.
 * Files of internal notes stay out, as that first message is public.
 */
export async function linkChatFilesToTicket(tx: Executor, input: { chatId: string; ticketId: string; messageId: string }): Promise<number> {
  const linked = await tx
    .update(attachments)
    .set({ ticketId: input.ticketId, messageId: input.messageId })
    .where(
      sql`${attachments.chatMessageId} IN (${tx
        .select({ id: chatMessages.id })
        .from(chatMessages)
        .where(and(eq(chatMessages.chatId, input.chatId), ne(chatMessages.kind, 'note')))})`,
    )
    .returning({ id: attachments.id });
  return linked.length;
}
