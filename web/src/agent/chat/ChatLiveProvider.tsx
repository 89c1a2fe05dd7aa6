import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Chat, ChatFrame, ChatMessage } from '../../shared/api/chat-types';
import type { LiveStatus } from '../../shared/realtime/live-socket';
import { chatKeys, mergeMessages } from './chat-api';
import { ChatSocket, chatSocketUrl } from './chat-socket';

/** The widget repeats "typing" every 3 s while the customer types; silence for longer means they stopped. */
const TYPING_SHOWS_MS = 6000;
/** A burst of events (several customers arriving at once) refreshes each list once, shortly after. */
const COALESCE_MS = 150;

interface ChatLive {
  socket: ChatSocket | null;
  status: LiveStatus;
  /** Chat id → the name of the customer typing there now. */
  typing: ReadonlyMap<string, string>;
  /** Chats with customer lines the agent has not had on screen yet. */
  unread: ReadonlySet<string>;
}

const ChatLiveContext = createContext<ChatLive>({ socket: null, status: 'closed', typing: new Map(), unread: new Set() });

/** The data of a staff event frame, typed loosely: the gateway writes it, the console reads a few fields. */
const dataOf = (frame: ChatFrame) => (frame.data ?? {}) as { message?: ChatMessage; by?: string; name?: string; typing?: boolean; messageId?: string };

/** Writes what a frame says into the query cache; returns whether lists must be read again. */
function applyFrame(client: QueryClient, frame: ChatFrame): boolean {
  const chatId = frame.chatId ?? '';
  if (frame.type === 'joined') {
    // The whole transcript as of joining: fresher than anything loaded before.
    client.setQueryData(chatKeys.messages(chatId), (old: ChatMessage[] | undefined) => mergeMessages(old ?? [], ...(frame.messages as ChatMessage[])));
    client.setQueryData(chatKeys.chat(chatId), frame.chat as Chat);
    return false;
  }
  if (frame.type === 'chats.message_created') {
    const message = dataOf(frame).message;
    // Only a transcript on screen (loaded or loading) is extended; one never opened is read whole
    // when it opens. A line that comes while the first read is under way is kept: the read's answer
    // is joined with it (useChatMessages).
    const key = chatKeys.messages(chatId);
    if (message && client.getQueryCache().find({ queryKey: key, exact: true })) {
      client.setQueryData(key, (old: ChatMessage[] | undefined) => mergeMessages(old ?? [], message));
    }
    return false;
  }
  if (frame.type === 'chats.read') {
    const { by, messageId } = dataOf(frame);
    const field = by === 'customer' ? 'customerReadId' : 'agentReadId';
    client.setQueryData(chatKeys.chat(chatId), (old: Chat | undefined) => (old && messageId ? { ...old, [field]: messageId } : old));
    return false;
  }
  if (!frame.type.startsWith('chats.') || frame.type === 'chats.typing') return false;
  // Status changes (created, queued, accepted, transferred, closed, reopened, converted, left view).
  void client.invalidateQueries({ queryKey: chatKeys.chat(chatId), exact: true });
  return true;
}

/**
 * Opens the chat socket while the console is on screen and keeps the query cache live from its
 * frames: the waiting queue, the agent's chats and every open transcript, with no polling. Knows
 * which chat is on screen, so lines arriving in the others mark them unread.
 */
export function ChatLiveProvider({ selectedChatId, children }: { selectedChatId: string | undefined; children: ReactNode }) {
  const client = useQueryClient();
  const [socket, setSocket] = useState<ChatSocket | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [typing, setTyping] = useState<ReadonlyMap<string, string>>(new Map());
  const [unread, setUnread] = useState<ReadonlySet<string>>(new Set());
  const selected = useRef(selectedChatId);
  selected.current = selectedChatId;

  useEffect(() => {
    setUnread((old) => (selectedChatId && old.has(selectedChatId) ? new Set([...old].filter((id) => id !== selectedChatId)) : old));
  }, [selectedChatId]);

  useEffect(() => {
    const live = new ChatSocket(chatSocketUrl());
    const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
    let listTimer: ReturnType<typeof setTimeout> | null = null;
    const refreshLists = () => {
      listTimer ??= setTimeout(() => {
        listTimer = null;
        void client.invalidateQueries({ queryKey: chatKeys.lists });
      }, COALESCE_MS);
    };
    const setTypingOf = (chatId: string, name: string | null) => {
      clearTimeout(typingTimers.get(chatId));
      typingTimers.delete(chatId);
      if (name) typingTimers.set(chatId, setTimeout(() => setTypingOf(chatId, null), TYPING_SHOWS_MS));
      setTyping((old) => {
        if ((old.get(chatId) ?? null) === name) return old;
        const next = new Map(old);
        if (name) next.set(chatId, name);
        else next.delete(chatId);
        return next;
      });
    };
    const stopFrames = live.onFrame((frame) => {
      if (frame.type === 'reconnected') {
        void client.invalidateQueries({ queryKey: chatKeys.lists });
        void client.invalidateQueries({ queryKey: ['chat'] });
        return;
      }
      if (frame.type === 'queue') {
        // Chats that arrived between the lists' first read and following the queue were not pushed.
        const followedAt = Date.now();
        void client.invalidateQueries({ queryKey: chatKeys.lists, predicate: (q) => q.state.dataUpdatedAt > 0 && q.state.dataUpdatedAt < followedAt });
        return;
      }
      if (applyFrame(client, frame)) refreshLists();
      const chatId = frame.chatId ?? '';
      const data = dataOf(frame);
      if (frame.type === 'chats.typing' && data.by === 'customer') setTypingOf(chatId, data.typing ? (data.name ?? '…') : null);
      if (frame.type === 'chats.message_created' && data.message?.kind === 'customer') {
        setTypingOf(chatId, null);
        if (chatId !== selected.current) setUnread((old) => (old.has(chatId) ? old : new Set([...old, chatId])));
      }
    });
    const stopStatus = live.onStatus(setStatus);
    setStatus(live.status);
    setSocket(live);
    return () => {
      stopFrames();
      stopStatus();
      if (listTimer) clearTimeout(listTimer);
      for (const timer of typingTimers.values()) clearTimeout(timer);
      live.close();
      setSocket(null);
    };
  }, [client]);

  return <ChatLiveContext.Provider value={{ socket, status, typing, unread }}>{children}</ChatLiveContext.Provider>;
}

/** The console's chat socket, its state, who is typing where, and which chats have unread lines. */
export const useChatLive = () => useContext(ChatLiveContext);
