import { useTranslation } from 'react-i18next';
import type { Message, Ticket, TicketEvent } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { Attachments } from '../../shared/ui/Attachments';
import { PersonName } from '../PersonName';
import { EventLine, showsInline } from './EventLine';

type Entry = { at: string; rank: number; key: string; message?: Message; event?: TicketEvent };

// At one instant: the ticket's opening, then the message, then what the message changed.
const rankOf = (e: TicketEvent) => (e.type === 'tickets.created' ? 0 : 2);

function MessageItem({ message, ticket }: { message: Message; ticket: Ticket }) {
  const { t } = useTranslation('agent');
  const fromCustomer = message.authorId === ticket.requesterId;
  const kind = message.internal ? 'internal' : fromCustomer ? 'from-customer' : '';
  return (
    <li className={`message ${kind}`} data-testid={message.internal ? 'internal-note' : 'public-message'}>
      <header>
        <strong>
          <PersonName id={message.authorId} />
        </strong>
        {message.internal ? <span className="badge internal">{t('conversation.internal')}</span> : <span className="badge neutral">{t('conversation.public')}</span>}
        <time className="muted" dateTime={message.createdAt}>
          {formatDateTime(message.createdAt)}
        </time>
        {message.channel !== 'web' && <span className="muted">· {t(`channel.${message.channel}`, { defaultValue: message.channel })}</span>}
      </header>
      {message.bodyHtml ? <div className="body html" dangerouslySetInnerHTML={{ __html: message.bodyHtml }} /> : <div className="body">{message.body}</div>}
      <Attachments items={message.attachments} />
    </li>
  );
}

/**
 * Messages and history in one timeline: public replies, internal notes (yellow, dashed, locked)
 * and the ticket's events as small lines between them.
 */
export function Conversation({ messages, events, ticket }: { messages: Message[]; events: TicketEvent[]; ticket: Ticket }) {
  const entries: Entry[] = [
    ...messages.map((m) => ({ at: m.createdAt, rank: 1, key: `m${m.id}`, message: m })),
    ...events.filter(showsInline).map((e) => ({ at: e.createdAt, rank: rankOf(e), key: `e${e.id}`, event: e })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.rank - b.rank || a.key.localeCompare(b.key));
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((entry) =>
        entry.message ? <MessageItem key={entry.key} message={entry.message} ticket={ticket} /> : <EventLine key={entry.key} event={entry.event!} />,
      )}
    </ol>
  );
}
