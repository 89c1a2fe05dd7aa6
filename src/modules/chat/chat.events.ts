import type { Executor } from '../../db/connection';
import { recordEvent } from '../../events/record-event';
import { chatAccessOf, type ChatAccess } from './chat.policy';
import type { ChatStatus } from '../../db/schema/index';

/**
 * The chat events, written in the transaction of the change and pushed to chat sockets after commit
 * (gateway/chat-gateway.ts). Every one carries `data.chat` (the access fields), so the gateway decides
 * who hears it without reading the chat again. `chats.typing` is not here: typing is ephemeral and
 * travels on the socket bus only, never through the events table.
 */
export const chatEventTypes = [
  'chats.created',
  'chats.message_created',
  'chats.queued',
  'chats.accepted',
  'chats.transferred',
  'chats.closed',
  'chats.reopened',
  'chats.converted',
  'chats.read',
] as const;

export type ChatEventType = (typeof chatEventTypes)[number];

type ChatRow = { id: string; publicId: string; customerId: string; teamId: string | null; assigneeId: string | null; agentIds: string[]; status: ChatStatus };

/** Writes one chat event inside the caller's transaction. */
export async function recordChatEvent(
  tx: Executor,
  input: { type: ChatEventType; chat: ChatRow; actorId: string | null; data?: Record<string, unknown>; ticketId?: string | null; at: Date },
): Promise<void> {
  const chat: ChatAccess = chatAccessOf(input.chat);
  await recordEvent(tx, { type: input.type, ticketId: input.ticketId ?? null, actorId: input.actorId, data: { chat, ...input.data }, at: input.at });
}
