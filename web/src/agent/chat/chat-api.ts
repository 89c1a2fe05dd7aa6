import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../shared/api/client';
import type { Chat, ChatMessage, ChatStatus } from '../../shared/api/chat-types';
import type { Page, Ticket } from '../../shared/api/types';
import { SocketUnavailable, type ChatSocket } from './chat-socket';

/** Query keys of the console; ['chats'] prefixes every list, ['chat', id] one chat and its transcript. */
export const chatKeys = {
  lists: ['chats'] as const,
  list: (filter: ChatFilter) => ['chats', filter] as const,
  chat: (id: string) => ['chat', id] as const,
  messages: (id: string) => ['chat', id, 'messages'] as const,
};

export interface ChatFilter {
  status?: ChatStatus;
  assigneeId?: 'me' | string;
  teamId?: string;
}

/** Chats the agent may see; `status: 'waiting'` comes in arrival order (R19, R25). */
export function useChats(filter: ChatFilter) {
  return useQuery({
    queryKey: chatKeys.list(filter),
    queryFn: ({ signal }) => api<Page<Chat>>(`/chats${query({ limit: 100, ...filter })}`, { signal }).then((page) => page.items),
  });
}

/**
 * Read receipts only move forward, but a read of the chat that left before a `chats.read` frame
 * may answer after it: the later of the two marks is kept, so "Seen" never flickers back.
 */
function keepReadMarks(old: Chat | undefined, next: Chat): Chat {
  if (!old || old.id !== next.id) return next;
  const later = (a: string | null, b: string | null) => (a && (!b || a > b) ? a : b);
  return { ...next, customerReadId: later(old.customerReadId, next.customerReadId), agentReadId: later(old.agentReadId, next.agentReadId) };
}

export function useChat(id: string | undefined) {
  return useQuery({
    queryKey: chatKeys.chat(id ?? ''),
    queryFn: ({ signal }) => api<Chat>(`/chats/${id}`, { signal }),
    enabled: Boolean(id),
    structuralSharing: (old: unknown, next: unknown) => keepReadMarks(old as Chat | undefined, next as Chat),
  });
}

/**
 * The transcript, bot and system lines and internal notes included; kept live by the socket. Lines
 * are never taken back, so a read is joined with what frames already brought: a read that left
 * before a line was stored cannot drop the line a frame delivered meanwhile.
 */
export function useChatMessages(id: string | undefined) {
  return useQuery({
    queryKey: chatKeys.messages(id ?? ''),
    queryFn: ({ signal }) => api<{ items: ChatMessage[] }>(`/chats/${id}/messages`, { signal }).then((r) => r.items),
    enabled: Boolean(id),
    structuralSharing: (old: unknown, next: unknown) => (old ? mergeMessages(next as ChatMessage[], ...(old as ChatMessage[])) : next),
  });
}

/**
 * Adds a line to a transcript once. Ids are UUIDv7 and the server lists lines by id, so sorting by
 * id keeps the server's order even when a frame and a reload cross.
 */
export function mergeMessages(list: ChatMessage[], ...incoming: ChatMessage[]): ChatMessage[] {
  const known = new Set(list.map((m) => m.id));
  const fresh = incoming.filter((m) => !known.has(m.id));
  if (fresh.length === 0) return list;
  return [...list, ...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const acceptChat = (id: string) => api<Chat>(`/chats/${id}/accept`, { method: 'POST', body: {} });
export const closeChat = (id: string) => api<Chat>(`/chats/${id}/close`, { method: 'POST', body: {} });
export const reopenChat = (id: string) => api<Chat>(`/chats/${id}/reopen`, { method: 'POST', body: {} });
export const transferChat = (id: string, to: { teamId: string } | { agentId: string }) => api<Chat>(`/chats/${id}/transfer`, { method: 'POST', body: to });

/** R19: the chat becomes a ticket holding its transcript; the chat closes. */
export const convertChat = (id: string, input: { subject?: string; priority?: string }) => api<Ticket>(`/chats/${id}/convert`, { method: 'POST', body: input });

/**
 * Sends a line over the socket and waits for its ack (the line is stored by then). When the socket
 * is down or the ack is lost, the same line goes over REST with the same client id, which the desk
 * stores once however many times it arrives.
 */
export async function sendChatLine(socket: ChatSocket | null, chatId: string, line: { text: string; internal: boolean; clientId: string }): Promise<ChatMessage> {
  if (socket) {
    try {
      const ack = await socket.request({ type: 'message', chatId, ...line });
      return ack.message as ChatMessage;
    } catch (err) {
      if (!(err instanceof SocketUnavailable)) throw err;
    }
  }
  return api<ChatMessage>(`/chats/${chatId}/messages`, { method: 'POST', body: line });
}

/**
 * Sends a file in the chat (REST only: the socket carries text). The same client id on a retry is
 * stored once; the customer hears the line over the socket like any other.
 */
export function sendChatFile(chatId: string, file: File, clientId: string): Promise<ChatMessage> {
  const form = new FormData();
  form.append('clientId', clientId);
  form.append('file', file, file.name);
  return api<ChatMessage>(`/chats/${chatId}/attachments`, { method: 'POST', body: form });
}

/** Read receipt up to a line: over the socket, else REST (both only move the mark forward). */
export async function markChatRead(socket: ChatSocket | null, chatId: string, messageId: string): Promise<void> {
  if (socket) {
    try {
      await socket.request({ type: 'read', chatId, messageId });
      return;
    } catch (err) {
      if (!(err instanceof SocketUnavailable)) throw err;
    }
  }
  await api(`/chats/${chatId}/read`, { method: 'POST', body: { messageId } });
}
