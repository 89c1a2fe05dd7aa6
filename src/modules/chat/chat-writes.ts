import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { chatMessages, chats, type ChatMessageKind } from '../../db/schema/index';
import { newId } from '../../server/ids';
import { maskSecrets } from '../privacy/mask-secrets';
import { recordChatEvent } from './chat.events';
import { presentChatMessage } from './chat.presenter';
import type { ChatMessageRecord } from './chat.queries';
import { say } from './bot/bot-texts';
import { scheduleChatAutoClose } from './chat-auto-close';

// Writes shared by the chat commands, always inside the caller's transaction, so a message, the
// chat's new state and their events commit together (and a message is stored before it is acked).

type ChatRow = typeof chats.$inferSelect;

export interface NewChatMessage {
  kind: ChatMessageKind;
  authorId: string | null;
  authorName: string | null;
  text: string;
  data?: Record<string, unknown>;
  clientId?: string | null;
}

/**
 * Stores one message, touches the chat's activity times and writes `chats.message_created`. What
 * people typed is masked first (R45); the bot's and the system's own sentences are not theirs to
 * mask. An agent's or the bot's line starts R40's wait for the customer (and arms the auto-close
 * timer); the customer's ends it. A resend with a known client id returns the stored message and
 * writes nothing (`duplicate`).
 */
export async function writeChatMessage(tx: Executor, chat: ChatRow, message: NewChatMessage, now: Date): Promise<{ message: ChatMessageRecord; chat: ChatRow; duplicate: boolean }> {
  const typed = message.kind === 'customer' || message.kind === 'agent' || message.kind === 'note';
  const text = typed ? maskSecrets(message.text).text : message.text;
  const [row] = await tx
    .insert(chatMessages)
    .values({ id: newId(), chatId: chat.id, authorId: message.authorId, kind: message.kind, text, data: message.data ?? {}, clientId: message.clientId ?? null, createdAt: now })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    const [existing] = await tx.select().from(chatMessages).where(and(eq(chatMessages.chatId, chat.id), eq(chatMessages.clientId, message.clientId!)));
    return { message: { ...existing, authorName: message.authorName }, chat, duplicate: true };
  }
  const record = { ...row, authorName: message.authorName };
  const waitsForCustomer = (message.kind === 'agent' || message.kind === 'bot') && (chat.status === 'active' || chat.status === 'bot');
  const touched = await updateChat(
    tx,
    chat.id,
    {
      lastMessageAt: now,
      ...(message.kind === 'customer' ? { lastCustomerActivityAt: now, awaitingCustomerSince: null } : {}),
      ...(waitsForCustomer ? { awaitingCustomerSince: now } : {}),
    },
    now,
  );
  if (waitsForCustomer) await scheduleChatAutoClose(tx, touched, now);
  await recordChatEvent(tx, { type: 'chats.message_created', chat: touched, actorId: message.authorId, data: { message: presentChatMessage(record) }, at: now });
  return { message: record, chat: touched, duplicate: false };
}

/** Applies a change to a chat row and returns the new row. */
export async function updateChat(tx: Executor, chatId: string, change: Partial<ChatRow>, now: Date): Promise<ChatRow> {
  const [row] = await tx.update(chats).set({ ...change, updatedAt: now }).where(eq(chats.id, chatId)).returning();
  return row;
}

/** The chat row, locked until the transaction ends, so concurrent changes apply one after another. */
export async function lockChat(tx: Executor, chatId: string): Promise<ChatRow | null> {
  const [row] = await tx.select().from(chats).where(eq(chats.id, chatId)).for('update');
  return row ?? null;
}

/** The rank of a waiting chat in its team's queue, read inside the transaction that queued it. */
export async function queuePositionIn(tx: Executor, chat: ChatRow): Promise<number> {
  const [row] = await tx.execute(sql`SELECT count(*)::int AS n FROM chats w WHERE w.status = 'waiting'
    AND w.team_id IS NOT DISTINCT FROM ${chat.teamId}::uuid AND (w.queued_at, w.id) <= (${chat.queuedAt}, ${chat.id}::uuid)`).then(
    (r) => (r as unknown as { rows: Array<{ n: number }> }).rows,
  );
  return Number(row?.n ?? 1);
}

/** Closes a chat with a reason and, when given, a closing line for the transcript. */
export async function closeChatRow(
  tx: Executor,
  chat: ChatRow,
  input: { reason: string; actorId: string | null; line?: string; now: Date; ticketId?: string | null },
): Promise<ChatRow> {
  const closed = await updateChat(tx, chat.id, { status: 'closed', closedAt: input.now, closeReason: input.reason, awaitingCustomerSince: null }, input.now);
  if (input.line) {
    await writeChatMessage(tx, closed, { kind: 'system', authorId: null, authorName: null, text: input.line, data: { event: 'closed', reason: input.reason } }, input.now);
  }
  await recordChatEvent(tx, { type: 'chats.closed', chat: closed, actorId: input.actorId, data: { reason: input.reason }, ticketId: input.ticketId, at: input.now });
  return closed;
}

/**
 * An agent joins a chat (R19): it becomes active with them as its agent, they are added to those who
 * joined, the bot stops, and the customer reads who joined.
 */
export async function joinChatRow(tx: Executor, chat: ChatRow, agent: { id: string; name: string }, input: { now: Date; event: 'chats.accepted' | 'chats.transferred'; data?: Record<string, unknown> }): Promise<ChatRow> {
  const { now } = input;
  const bot = { ...chat.bot, pending: null };
  const joined = await updateChat(
    tx,
    chat.id,
    {
      status: 'active',
      assigneeId: agent.id,
      agentIds: chat.agentIds.includes(agent.id) ? chat.agentIds : [...chat.agentIds, agent.id],
      acceptedAt: chat.acceptedAt ?? now,
      bot,
    },
    now,
  );
  await recordChatEvent(tx, { type: input.event, chat: joined, actorId: agent.id, data: { agentId: agent.id, agentName: agent.name, ...input.data }, at: now });
  const text = say('joined', chat.language, { agent: agent.name });
  return (await writeChatMessage(tx, joined, { kind: 'system', authorId: null, authorName: null, text, data: { event: 'joined', agentId: agent.id } }, now)).chat;
}
