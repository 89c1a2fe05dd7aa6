import { useTranslation } from 'react-i18next';
import type { Message, Ticket } from '../shared/api/types';
import { formatDateTime } from '../shared/format/dates';
import { Attachments } from '../shared/ui/Attachments';
import { Empty } from '../shared/ui/states';

/** The public replies of a ticket, oldest first (the API never sends a customer internal notes). */
export function PublicConversation({ messages, ticket, meId }: { messages: Message[]; ticket: Ticket; meId: string }) {
  const { t } = useTranslation('portal');
  if (messages.length === 0) return <Empty>{t('ticket.noMessages')}</Empty>;
  const authorOf = (m: Message) => (m.authorId === meId ? t('ticket.you') : m.authorId === ticket.requesterId ? t('ticket.requester') : t('ticket.support'));
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('ticket.conversation')}>
      {messages.map((m) => {
        const fromCustomer = m.authorId === meId || m.authorId === ticket.requesterId;
        return (
          <li key={m.id} className={`message${fromCustomer ? ' from-customer' : ''}`} data-testid="message">
            <header>
              <strong>{authorOf(m)}</strong>
              <time className="muted small" dateTime={m.createdAt}>
                {formatDateTime(m.createdAt)}
              </time>
            </header>
            {m.bodyHtml ? <div className="body html" dangerouslySetInnerHTML={{ __html: m.bodyHtml }} /> : <div className="body">{m.body}</div>}
            <Attachments items={m.attachments} />
          </li>
        );
      })}
    </ol>
  );
}
