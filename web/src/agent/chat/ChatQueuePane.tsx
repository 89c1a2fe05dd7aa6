import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { formatDuration } from '../../shared/format/dates';
import { useServerNow } from '../../shared/time/server-clock';
import { Empty, ErrorState, FormError, Loading } from '../../shared/ui/states';
import { acceptChat, chatKeys, useChats } from './chat-api';
import { ChatLiveIndicator } from './ChatLiveIndicator';
import { canHandleChat } from './chat-access';
import { useSession } from '../../shared/auth/session';

/** One waiting customer: place, name, chat ID, how long they have waited, and Accept. */
function WaitingChat({ chat, selected, now, onAccept, accepting }: { chat: Chat; selected: boolean; now: number; onAccept: () => void; accepting: boolean }) {
  const { t } = useTranslation('chat');
  const name = chat.customerName ?? t('unknownCustomer');
  const since = chat.queuedAt ?? chat.createdAt;
  return (
    <li className="waiting-chat" data-chat-id={chat.id} data-public-id={chat.publicId}>
      <Link to={`/chats/${chat.id}`} aria-current={selected ? 'page' : undefined}>
        <span className="subject">
          {chat.queuePosition !== null && <span className="position">{t('queue.position', { position: chat.queuePosition })}</span>} {name}
        </span>
        <span className="meta">
          <span>{chat.publicId}</span>
          <span>{t('queue.waitedFor', { time: formatDuration(now - new Date(since).getTime()) })}</span>
          {chat.offHours && <span className="badge warning">{t('queue.offHours')}</span>}
          {chat.language && <span>{chat.language}</span>}
        </span>
      </Link>
      <button type="button" className="primary small-button" onClick={onAccept} disabled={accepting} aria-label={t('queue.acceptChatWith', { name })}>
        {t('queue.accept')}
      </button>
    </li>
  );
}

/**
 * The waiting queue in arrival order (R19, R25), kept live by the chat socket. Accepting a chat
 * opens it; a chat another agent took first answers 409 and the list refreshes.
 */
export function ChatQueuePane({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation('chat');
  const client = useQueryClient();
  const navigate = useNavigate();
  const waiting = useChats({ status: 'waiting' });
  const now = useServerNow(5000);
  const accept = useMutation({
    mutationFn: (id: string) => acceptChat(id),
    onSuccess: (chat) => {
      client.setQueryData(chatKeys.chat(chat.id), chat);
      void client.invalidateQueries({ queryKey: chatKeys.lists });
      navigate(`/chats/${chat.id}`);
    },
    onError: () => void client.invalidateQueries({ queryKey: chatKeys.lists }),
  });
  const me = useSession().data!;
  // The desk also lists another team's chats this agent once joined (their transcript stays
  // readable); the queue shows only the chats this agent may take.
  const items = (waiting.data ?? []).filter((chat) => canHandleChat(me, chat));

  return (
    <nav className="queue-pane chat-queue" aria-label={t('queue.label')}>
      <div className="chat-queue-head">
        <h2 id="waiting-title">
          {t('queue.waiting')} <span className="badge neutral">{items.length}</span>
        </h2>
        <ChatLiveIndicator />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {waiting.isSuccess ? t('queue.announce', { count: items.length }) : ''}
      </p>
      <FormError error={accept.error} />
      {waiting.isPending ? (
        <Loading />
      ) : waiting.isError ? (
        <ErrorState error={waiting.error} retry={() => void waiting.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{t('queue.empty')}</Empty>
      ) : (
        <ol className="queue-list" aria-labelledby="waiting-title" data-testid="chat-queue">
          {items.map((chat) => (
            <WaitingChat
              key={chat.id}
              chat={chat}
              now={now}
              selected={chat.id === selectedId}
              accepting={accept.isPending && accept.variables === chat.id}
              onAccept={() => accept.mutate(chat.id)}
            />
          ))}
        </ol>
      )}
    </nav>
  );
}
