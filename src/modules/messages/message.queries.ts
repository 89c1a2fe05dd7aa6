import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { attachments, messages } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import type { Actor } from '../auth/actor';
import { getTicket } from '../tickets/ticket.queries';
import type { MessageRecord } from './commands/add-message';

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

/** An attachment the actor may download: its ticket must be visible and, for customers, not from a note. */
export async function getAttachment(ctx: AppContext, input: { actor: Actor; id: string }) {
  if (!isId(input.id)) throw notFound('attachment');
  const [row] = await ctx.db
    .select({ file: attachments, kind: messages.kind })
    .from(attachments)
    .leftJoin(messages, eq(messages.id, attachments.messageId))
    .where(eq(attachments.id, input.id));
  if (!row) throw notFound('attachment');
  await getTicket(ctx, { actor: input.actor, id: row.file.ticketId }).catch(() => {
    throw notFound('attachment');
  });
  if (input.actor.role === 'customer' && row.kind === 'internal') throw notFound('attachment');
  return row.file;
}
