import { useEffect, useRef, useState } from 'react';
import type { Chat, ChatMessage } from '../../shared/api/chat-types';
import { markChatRead } from './chat-api';
import { useChatLive } from './ChatLiveProvider';

const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible';

/**
 * Tells the customer their lines were seen: while the agent handling the chat has it on screen
 * (and the page is visible), the newest line not written by an agent is marked read. The desk
 * only moves the mark forward, so repeats are harmless; this sends each mark once.
 */
export function useReadReceipt(chat: Chat | undefined, messages: ChatMessage[] | undefined, meId: string): void {
  const { socket } = useChatLive();
  const sent = useRef('');
  const [shown, setShown] = useState(visible);

  useEffect(() => {
    const onChange = () => setShown(visible());
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  const handling = chat?.status === 'active' && chat.assigneeId === meId;
  const newest = [...(messages ?? [])].reverse().find((m) => m.kind !== 'agent' && m.kind !== 'note');
  const target = handling && shown && newest && newest.id > (chat.agentReadId ?? '') ? newest.id : '';

  useEffect(() => {
    if (!chat || !target || target <= sent.current) return;
    sent.current = target;
    markChatRead(socket, chat.id, target).catch(() => {
      // A lost receipt is sent again with the next line; nothing to tell the agent.
      sent.current = '';
    });
  }, [chat, socket, target]);
}
