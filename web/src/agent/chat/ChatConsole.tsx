import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChatLiveProvider } from './ChatLiveProvider';
import { ChatQueuePane } from './ChatQueuePane';
import { ChatTabs } from './ChatTabs';
import { ChatView } from './ChatView';
import './chat.css';

/**
 * The agent's live-chat console (R1, R19): the waiting queue on the left in arrival order, the
 * agent's chats as tabs, and the chat on screen with its transcript, composer and customer.
 */
export function ChatConsole() {
  const { t } = useTranslation('chat');
  const { chatId } = useParams();
  return (
    <ChatLiveProvider selectedChatId={chatId}>
      <div className="workspace chat-console">
        <ChatQueuePane selectedId={chatId} />
        <main id="main" className="ticket-pane chat-main">
          <ChatTabs selectedId={chatId} />
          {chatId ? (
            <ChatView key={chatId} chatId={chatId} />
          ) : (
            <div className="state">
              <p>{t('pick')}</p>
            </div>
          )}
        </main>
      </div>
    </ChatLiveProvider>
  );
}
