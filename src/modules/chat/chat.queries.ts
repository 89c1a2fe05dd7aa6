import { and, asc, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { chatMessages, chats, type ChatStatus } from '../../db/schema/index';
import { AppError } from '../../server/app-error';
import { isId } from '../../server/ids';
import { isStaff, type Actor } from '../auth/actor';
import { assertCanSeeChat, visibleChatsFilter } from './chat.policy';
import type { ListChats } from './chat.schemas';

// Queue position: the rank among the same team's waiting chats in arrival order (1 = next). The
// outer columns are named with their table, as drizzle leaves them bare in a one-table select and a
// bare name inside the subquery would mean the subquery's own row.
const queuePosition = sql<number | null>`CASE WHEN chats.status = 'waiting' THEN (
  SELECT count(*)::int FROM chats w WHERE w.status = 'waiting' AND w.team_id IS NOT DISTINCT FROM chats.team_id
    AND (w.queued_at, w.id) <= (chats.queued_at, chats.id)) END`;

const selection = {
  ...getTableColumns(chats),
  customerName: sql<string | null>`(SELECT p.name FROM people p WHERE p.id = chats.customer_id)`,
  assigneeName: sql<string | null>`(SELECT p.name FROM people p WHERE p.id = chats.assignee_id)`,
  queuePosition,
};

export type ChatRecord = typeof chats.$inferSelect & { customerName: string | null; assigneeName: string | null; queuePosition: number | null };

const normalize = (row: ChatRecord): ChatRecord => ({ ...row, queuePosition: row.queuePosition === null ? null : Number(row.queuePosition) });

/** One chat with its names and queue position, without an access check. */
export async function findChat(db: Executor, id: string): Promise<ChatRecord | null> {
  if (!isId(id)) return null;
  const [row] = await db.select(selection).from(chats).where(eq(chats.id, id));
  return row ? normalize(row) : null;
}

/** The bare chat row (no names, no queue position): the cheap read of the message path. */
export async function findChatRow(db: Executor, id: string): Promise<typeof chats.$inferSelect | null> {
  if (!isId(id)) return null;
  const [row] = await db.select().from(chats).where(eq(chats.id, id));
  return row ?? null;
}

/** The customer's unfinished chat (there is at most one), if any (R5). */
export async function findOpenChatOf(db: Executor, customerId: string): Promise<ChatRecord | null> {
  const [row] = await db.select(selection).from(chats).where(and(eq(chats.customerId, customerId), ne(chats.status, 'closed')));
  return row ? normalize(row) : null;
}

/** One chat, for someone allowed to see it (404 otherwise). */
export async function getChat(ctx: AppContext, input: { actor: Actor; id: string }): Promise<ChatRecord> {
  const chat = await findChat(ctx.db, input.id);
  assertCanSeeChat(input.actor, chat);
  return chat;
}

type Cursor = [string, string];
const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && !Number.isNaN(Date.parse(value[0])) && isId(String(value[1]))) return value as Cursor;
  } catch {
    // fall through
  }
  throw new AppError('bad_request', 'invalid_cursor', 'The cursor is not one this list gave out.');
}

/**
 * Chats the actor may see. The waiting queue comes in arrival order (R19, R25); other lists newest
 * first (by start: ordering by last activity would index a column every line rewrites). Customers
 * see only their own chats.
 */
export async function listChats(ctx: AppContext, input: { actor: Actor } & ListChats) {
  const { actor } = input;
  const statuses = input.status ? (input.status.split(',') as ChatStatus[]) : null;
  const arrivalOrder = statuses?.length === 1 && statuses[0] === 'waiting';
  const filters: SQL[] = [visibleChatsFilter(actor)];
  if (statuses) filters.push(inArray(chats.status, statuses));
  if (input.teamId) filters.push(eq(chats.teamId, input.teamId));
  if (input.assigneeId && isStaff(actor)) filters.push(eq(chats.assigneeId, input.assigneeId === 'me' ? actor.id : input.assigneeId));
  const cursor = decodeCursor(input.cursor);
  if (cursor) {
    const at = new Date(cursor[0]);
    filters.push(arrivalOrder ? sql`(${chats.queuedAt}, ${chats.id}) > (${at}, ${cursor[1]})` : sql`(${chats.createdAt}, ${chats.id}) < (${at}, ${cursor[1]})`);
  }
  const order = arrivalOrder ? [asc(chats.queuedAt), asc(chats.id)] : [desc(chats.createdAt), desc(chats.id)];
  const found = (await ctx.db.select(selection).from(chats).where(and(...filters)).orderBy(...order).limit(input.limit + 1)).map(normalize);
  const items = found.slice(0, input.limit);
  const last = items[items.length - 1];
  const nextCursor = found.length > input.limit ? encodeCursor(arrivalOrder ? last.queuedAt! : last.createdAt, last.id) : null;
  return { items, nextCursor };
}

export type ChatMessageRecord = typeof chatMessages.$inferSelect & { authorName: string | null };

const messageSelection = {
  ...getTableColumns(chatMessages),
  authorName: sql<string | null>`(SELECT p.name FROM people p WHERE p.id = chat_messages.author_id)`,
};

/** A chat's messages in order, without an access check; customers never get internal notes. */
export async function findChatMessages(db: Executor, chatId: string, options: { withNotes: boolean }): Promise<ChatMessageRecord[]> {
  const filters = [eq(chatMessages.chatId, chatId), ...(options.withNotes ? [] : [ne(chatMessages.kind, 'note')])];
  return db.select(messageSelection).from(chatMessages).where(and(...filters)).orderBy(asc(chatMessages.id)).limit(5000);
}

/** The transcript, bot and system lines included, for someone allowed to see the chat (R1). */
export async function listChatMessages(ctx: AppContext, input: { actor: Actor; id: string }) {
  const chat = await getChat(ctx, input);
  return findChatMessages(ctx.db, chat.id, { withNotes: isStaff(input.actor) });
}
