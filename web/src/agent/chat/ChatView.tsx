import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { useSession } from '../../shared/auth/session';
import { ErrorState, Loading } from '../../shared/ui/states';
import { useChat, useChatMessages } from './chat-api';
import { useChatLive } from './ChatLiveProvider';
import { Transcript } from './Transcript';
import { ChatComposer } from './ChatComposer';
import { ChatActions } from './ChatActions';
import { CustomerContext } from './CustomerContext';
import { ChatStatusBadge } from './ChatStatusBadge';
import { useChatSender } from './use-chat-sender';
import { useReadReceipt } from './use-read-receipt';
import { canHandleChat } from './chat-access';

function ChatHeader({ chat }: { chat: Chat }) {
  const { t } = useTranslation('chat');
  return (
    <header className="card">
      <h1 id="chat-title">
        {chat.customerName ?? t('unknownCustomer')} <span className="muted">· {t('header.chatId', { publicId: chat.publicId })}</span>
      </h1>
      <div className="row small">
        <ChatStatusBadge status={chat.status} />
        {chat.assigneeName && <span className="muted">{t('header.with', { name: chat.assigneeName })}</span>}
        {chat.offHours && <span className="badge warning">{t('header.offHours')}</span>}
        {chat.closeReason && <span className="muted">{t(`closeReason.${chat.closeReason}`, { defaultValue: chat.closeReason })}</span>}
      </div>
      {chat.notice && <p className="small muted" style={{ margin: '0.5rem 0 0' }}>{chat.notice}</p>}
    </header>
  );
}

/** "Carla is typing…", announced politely; empty (but present, so nothing jumps) otherwise. */
function TypingLine({ chatId }: { chatId: string }) {
  const { t } = useTranslation('chat');
  const name = useChatLive().typing.get(chatId);
  return (
    <p className="typing-line small muted" aria-live="polite">
      {name ? t('typing', { name }) : ''}
    </p>
  );
}

/**
 * One chat on screen: header, the live transcript, the composer; actions and the customer aside.
 * The chat is joined on the socket while shown, so typing travels both ways.
 */
export function ChatView({ chatId }: { chatId: string }) {
  const { t } = useTranslation('chat');
  const me = useSession().data!;
  const { socket } = useChatLive();
  const chat = useChat(chatId);
  const messages = useChatMessages(chatId);
  const sender = useChatSender(chatId);
  useReadReceipt(chat.data, messages.data, me.id);

  useEffect(() => {
    if (!socket) return;
    socket.join(chatId);
    return () => socket.leave(chatId);
  }, [socket, chatId]);

  if (chat.isPending) return <Loading />;
  if (chat.isError) return <ErrorState error={chat.error} retry={() => void chat.refetch()} />;
  const data = chat.data;
  const handles = canHandleChat(me, data);
  return (
    <article className="ticket-layout chat-layout" aria-labelledby="chat-title" data-chat-status={data.status}>
      <div className="chat-column">
        <ChatHeader chat={data} />
        <section className="card chat-conversation" aria-label={t('transcript.label')}>
          {messages.isPending ? (
            <Loading />
          ) : messages.isError ? (
            <ErrorState error={messages.error} retry={() => void messages.refetch()} />
          ) : (
            <Transcript chat={data} messages={messages.data} pending={sender.pending} onRetry={sender.retry} />
          )}
          <TypingLine chatId={chatId} />
        </section>
        {handles ? <ChatComposer chat={data} onSend={sender.send} onAttach={sender.attach} /> : <p className="card muted">{t('composer.readOnly')}</p>}
      </div>
      <aside className="side" aria-label={t('side.label')}>
        {handles && <ChatActions chat={data} />}
        <CustomerContext chat={data} />
      </aside>
    </article>
  );
}
