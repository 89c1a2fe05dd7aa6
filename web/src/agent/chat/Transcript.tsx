import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chat, ChatMessage } from '../../shared/api/chat-types';
import { formatDateTime } from '../../shared/format/dates';
import { errorText } from '../../shared/ui/states';
import { Attachments } from '../../shared/ui/Attachments';
import type { PendingLine } from './use-chat-sender';

/** Within this many pixels of the bottom the agent is following the conversation: new lines scroll into view. */
const FOLLOW_SLACK_PX = 80;

function Line({ message, seen }: { message: ChatMessage; seen: boolean }) {
  const { t } = useTranslation('chat');
  const time = (
    <time className="muted small" dateTime={message.createdAt}>
      {formatDateTime(message.createdAt)}
    </time>
  );
  if (message.kind === 'system') {
    return (
      <li className="chat-line system" data-kind="system">
        <span>{message.text}</span> {time}
      </li>
    );
  }
  const author = message.kind === 'bot' ? (message.authorName ?? t('transcript.bot')) : (message.authorName ?? t('unknownCustomer'));
  return (
    <li className={`chat-line ${message.kind}`} data-kind={message.kind}>
      <header>
        <strong>{author}</strong>
        {message.kind === 'bot' && <span className="badge neutral">{t('transcript.bot')}</span>}
        {message.kind === 'note' && <span className="badge internal">{t('transcript.note')}</span>}
        {time}
      </header>
      {message.text && <div className="body">{message.text}</div>}
      <Attachments items={message.attachments ?? []} />
      {message.options && message.options.length > 0 && (
        <p className="small muted options">
          {t('transcript.options')} {message.options.map((o) => o.label).join(' · ')}
        </p>
      )}
      {message.articles && message.articles.length > 0 && (
        <div className="small">
          {t('transcript.articles')}
          <ul>
            {message.articles.map((a) => (
              <li key={a.id}>
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {seen && <p className="seen small">{t('transcript.seen')}</p>}
    </li>
  );
}

function Pending({ line, onRetry }: { line: PendingLine; onRetry: (line: PendingLine) => void }) {
  const { t } = useTranslation('chat');
  return (
    <li className={`chat-line ${line.internal ? 'note' : 'agent'} pending`} data-kind="pending">
      <div className="body">{line.file ? t('transcript.file', { name: line.text }) : line.text}</div>
      {line.error ? (
        <p className="form-error small" role="alert">
          {errorText(line.error, t('transcript.failed'))}{' '}
          <button type="button" className="link" onClick={() => onRetry(line)}>
            {t('transcript.retry')}
          </button>
        </p>
      ) : (
        <p className="small muted">{t('transcript.sending')}</p>
      )}
    </li>
  );
}

/**
 * The whole conversation in order: the customer, the bot's questions and the customer's answers,
 * system lines (queued, accepted, transferred), agents' lines and internal notes. "Seen" marks
 * the last agent line the customer has read. New lines scroll into view while the agent is at
 * the bottom, and screen readers hear them (role="log").
 */
export function Transcript({ chat, messages, pending, onRetry }: { chat: Chat; messages: ChatMessage[]; pending: PendingLine[]; onRetry: (line: PendingLine) => void }) {
  const { t } = useTranslation('chat');
  const box = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const readUpTo = chat.customerReadId ?? '';
  const lastSeen = [...messages].reverse().find((m) => m.kind === 'agent' && m.id <= readUpTo)?.id;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const onScroll = () => {
      following.current = element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_SLACK_PX;
    };
    element.addEventListener('scroll', onScroll);
    return () => element.removeEventListener('scroll', onScroll);
  }, []);
  useLayoutEffect(() => {
    const element = box.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [messages, pending, lastSeen]);

  return (
    <div ref={box} className="transcript" role="log" aria-label={t('transcript.label')} tabIndex={0} data-testid="chat-transcript">
      {messages.length === 0 && pending.length === 0 ? (
        <p className="state">{t('transcript.empty')}</p>
      ) : (
        <ol>
          {messages.map((m) => (
            <Line key={m.id} message={m} seen={m.id === lastSeen} />
          ))}
          {pending.map((line) => (
            <Pending key={line.clientId} line={line} onRetry={onRetry} />
          ))}
        </ol>
      )}
    </div>
  );
}
