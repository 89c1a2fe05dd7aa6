import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/ui/states';
import { useChats } from './chat-api';
import { useChatLive } from './ChatLiveProvider';

/**
 * The agent's active chats as tabs over the chat on screen: switching keeps every conversation
 * live, a dot marks a chat with customer lines not seen yet, and "typing…" shows who is writing.
 */
export function ChatTabs({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation('chat');
  const mine = useChats({ status: 'active', assigneeId: 'me' });
  const { unread, typing } = useChatLive();
  if (mine.isError) return <ErrorState error={mine.error} retry={() => void mine.refetch()} />;
  const chats = mine.data ?? [];
  return (
    <nav className="chat-tabs" aria-label={t('tabs.label')}>
      {mine.isSuccess && chats.length === 0 ? (
        <p className="small muted">{t('tabs.empty')}</p>
      ) : (
        <ul>
          {chats.map((chat) => {
            const name = chat.customerName ?? t('unknownCustomer');
            const isUnread = unread.has(chat.id);
            return (
              <li key={chat.id}>
                <Link to={`/chats/${chat.id}`} aria-current={chat.id === selectedId ? 'page' : undefined} data-chat-tab={chat.publicId}>
                  {isUnread && <span className="unread-dot" aria-hidden="true" />}
                  <span>{name}</span>
                  <span className="muted small">{chat.publicId}</span>
                  {isUnread && <span className="visually-hidden">{t('tabs.unread')}</span>}
                  {typing.has(chat.id) && <span className="small muted">{t('tabs.typing')}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
