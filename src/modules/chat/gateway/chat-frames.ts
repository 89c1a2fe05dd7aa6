import type { ChatAccess } from '../chat.policy';
import type { ChatBusEvent } from './chat-bus';

/** What a chat socket receives for a committed event; `id` lets a client drop a frame seen twice. */
export interface ChatFrame {
  type: string;
  chatId: string;
  data: Record<string, unknown>;
  id: string;
  at: string;
}

// What a customer may read of each chat event: their chat's status and the lines meant for them.
// Internal notes never reach a customer socket; an unknown event type sends nothing (fail closed).
const customerData: Record<string, (d: Record<string, unknown>) => Record<string, unknown> | null> = {
  'chats.created': () => ({}),
  'chats.message_created': (d) => ((d.message as { kind?: string } | undefined)?.kind === 'note' || !d.message ? null : { message: d.message }),
  'chats.queued': (d) => ({ queuePosition: d.queuePosition ?? null }),
  'chats.accepted': (d) => ({ agentName: d.agentName ?? null }),
  'chats.transferred': (d) => ({ agentName: d.agentName ?? null }),
  'chats.closed': (d) => ({ reason: d.reason ?? null }),
  'chats.reopened': () => ({}),
  'chats.converted': (d) => ({ ticketId: d.ticketId ?? null, number: d.number ?? null }),
  'chats.read': (d) => ({ by: d.by ?? null, messageId: d.messageId ?? null }),
};

export const accessOf = (event: ChatBusEvent): ChatAccess | null => ((event.data?.chat as ChatAccess | undefined) ?? null);

/** The frame for agents and admins: the event's data as written (they may see notes). */
export function staffFrame(event: ChatBusEvent, access: ChatAccess): ChatFrame {
  return { type: event.type, chatId: access.chatId, data: { ...event.data, status: access.status }, id: event.id, at: event.at };
}

/** The frame for the chat's customer, or null when the event is not for them. */
export function customerFrame(event: ChatBusEvent, access: ChatAccess): ChatFrame | null {
  const present = customerData[event.type];
  const data = present ? present(event.data ?? {}) : null;
  return data ? { type: event.type, chatId: access.chatId, data: { ...data, status: access.status }, id: event.id, at: event.at } : null;
}

/** Events after which the positions of a team's waiting chats may have changed. */
export const movesQueue = (type: string) =>
  type === 'chats.accepted' || type === 'chats.closed' || type === 'chats.transferred' || type === 'chats.queued';
