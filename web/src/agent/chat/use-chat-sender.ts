import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ChatMessage } from '../../shared/api/chat-types';
import { chatKeys, mergeMessages, sendChatFile, sendChatLine } from './chat-api';
import { useChatLive } from './ChatLiveProvider';

/** A line typed by the agent that the desk has not acknowledged yet. */
export interface PendingLine {
  clientId: string;
  text: string;
  internal: boolean;
  error: unknown;
  /** A file being sent; `text` is its name. */
  file?: File;
}

const newClientId = () => `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Sends the agent's lines and files: shown at once as pending, then replaced by the stored line when the
 * desk acknowledges it. A failed line stays with its error and can be sent again with the same
 * client id, so a retry after a lost answer is stored once.
 */
export function useChatSender(chatId: string) {
  const client = useQueryClient();
  const { socket } = useChatLive();
  const [pending, setPending] = useState<PendingLine[]>([]);

  const deliver = useCallback(
    async (line: PendingLine) => {
      setPending((old) => [...old.filter((p) => p.clientId !== line.clientId), { ...line, error: null }]);
      try {
        const stored = line.file
          ? await sendChatFile(chatId, line.file, line.clientId)
          : await sendChatLine(socket, chatId, { text: line.text, internal: line.internal, clientId: line.clientId });
        client.setQueryData(chatKeys.messages(chatId), (old: ChatMessage[] | undefined) => mergeMessages(old ?? [], stored));
        setPending((old) => old.filter((p) => p.clientId !== line.clientId));
      } catch (error) {
        setPending((old) => old.map((p) => (p.clientId === line.clientId ? { ...p, error } : p)));
      }
    },
    [client, socket, chatId],
  );

  const send = useCallback((text: string, internal: boolean) => void deliver({ clientId: newClientId(), text, internal, error: null }), [deliver]);
  const attach = useCallback((file: File) => void deliver({ clientId: newClientId(), text: file.name, internal: false, error: null, file }), [deliver]);
  const retry = useCallback((line: PendingLine) => void deliver(line), [deliver]);
  return { pending, send, attach, retry };
}
