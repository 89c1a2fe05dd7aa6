import type { AppContext } from '../../../server/context';
import { AppError } from '../../../server/app-error';
import { isStaff, type Actor } from '../../auth/actor';
import { attachments } from '../../../db/schema/index';
import type { StoredFile } from '../../messages/attachment-store';
import { findChatRow, type ChatMessageRecord } from '../chat.queries';
import { assertCanHandleChat, assertCanSeeChat } from '../chat.policy';
import { joinChatRow, lockChat, writeChatMessage } from '../chat-writes';
import type { ChatAttachmentRef } from '../chat.presenter';
import type { ChatAttachmentForm } from '../chat.schemas';

const closed = () => new AppError('conflict', 'chat_closed', 'This chat is closed; reopen it (POST /api/v1/chats/:id/reopen) or start a new one.');

/**
 * A file sent in a chat (a customer's screenshot, R41; an agent's guide): one line whose caption is
 * masked like any other (R45), carrying the file, stored with its `chats.message_created` event in
 * one transaction before the call returns — so the other side hears it over the socket like any line.
 * The same people may send it as may write: the chat's customer, or staff who handle it (an agent
 * writing in a queued chat joins it). While the bot runs the intake, a file is a line beside the
 * conversation, not an answer: the bot keeps waiting on its question. The bytes are already in the
 * store; on `duplicate` (a resend of a known clientId) the caller removes them.
 */
export async function attachFileToChat(
  ctx: AppContext,
  input: { actor: Actor; chatId: string; data: ChatAttachmentForm; file: StoredFile },
): Promise<{ message: ChatMessageRecord; duplicate: boolean }> {
  const { actor, data, file } = input;
  const staff = isStaff(actor);
  const chat = await findChatRow(ctx.db, input.chatId);
  assertCanSeeChat(actor, chat);
  if (staff) assertCanHandleChat(actor, chat);
  if (chat.status === 'closed') throw closed();
  const now = ctx.clock.now();
  const ref: ChatAttachmentRef = { id: file.id, filename: file.filename, contentType: file.contentType, size: file.size };

  const written = await ctx.db.transaction(async (tx) => {
    let row = await lockChat(tx, chat.id);
    if (!row || row.status === 'closed') throw closed();
    if (staff && (row.status === 'waiting' || row.status === 'bot')) {
      row = await joinChatRow(tx, row, actor, { now, event: 'chats.accepted', data: { implicit: true } });
    }
    const line = await writeChatMessage(
      tx,
      row,
      { kind: staff ? 'agent' : 'customer', authorId: actor.id, authorName: actor.name, text: data.text, clientId: data.clientId, data: { attachments: [ref] } },
      now,
    );
    if (!line.duplicate) {
      await tx.insert(attachments).values({ ...file, ticketId: null, messageId: null, chatMessageId: line.message.id, createdAt: now });
    }
    return line;
  });
  if (!written.duplicate) ctx.events.kick();
  return { message: written.message, duplicate: written.duplicate };
}
