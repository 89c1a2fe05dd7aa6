import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { attachments, messages } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import type { Actor } from '../auth/actor';
import { getTicket } from '../tickets/ticket.queries';
import type { MessageRecord } from './commands/add-message';
import { canSeeChatFile } from '../chat/chat-files';

/** A ticket's conversation, oldest first; customers never receive internal notes. */
export async function listMessages(ctx: AppContext, input: { actor: Actor; ticketId: string }): Promise<MessageRecord[]> {
  await getTicket(ctx, { actor: input.actor, id: input.ticketId });
  const filters = [eq(messages.ticketId, input.ticketId)];
  if (input.actor.role === 'customer') filters.push(ne(messages.kind, 'internal'));
  const list = await ctx.db.select().from(messages).where(and(...filters)).orderBy(asc(messages.createdAt), asc(messages.id));
  const ids = list.map((m) => m.id);
  const files = ids.length ? await ctx.db.select().from(attachments).where(inArray(attachments.messageId, ids)) : [];
  return list.map((m) => ({ ...m, attachments: files.filter((f) => f.messageId === m.id) }));
}

/**
 * An attachment the actor may download: a ticket's file when its ticket is visible (for customers,
 * not from a note); a chat's file when its chat is visible (chat policy). A converted chat's file is
 * both, and either access is enough. 404 otherwise, so a file's existence does not leak.
 */
export async function getAttachment(ctx: AppContext, input: { actor: Actor; id: string }) {
  if (!isId(input.id)) throw notFound('attachment');
  const [row] = await ctx.db
    .select({ file: attachments, kind: messages.kind })
    .from(attachments)
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .where(eq(attachments.id, input.id));
  if (!row) throw notFound('attachment');
  const { file } = row;
  if (file.ticketId && (await seesTicketFile(ctx, input.actor, file.ticketId, row.kind))) return file;
  if (file.chatMessageId && (await canSeeChatFile(ctx, { actor: input.actor, chatMessageId: file.chatMessageId }))) return file;
  throw notFound('attachment');
}

async function seesTicketFile(ctx: AppContext, actor: Actor, ticketId: string, kind: string | null): Promise<boolean> {
  const visible = await getTicket(ctx, { actor, id: ticketId }).then(
    () => true,
    () => false,
  );
  return visible && !(actor.role === 'customer' && kind === 'internal');
}
