import { useTranslation } from 'react-i18next';
import { useMessages, useTicket, useTicketEvents } from '../../shared/api/tickets';
import { useServerNow } from '../../shared/time/server-clock';
import { PriorityBadge, SlaBadge, StatusBadge } from '../../shared/ui/badges';
import { ErrorState, Loading } from '../../shared/ui/states';
import { Conversation } from './Conversation';
import { Composer } from './Composer';
import { TicketControls } from './TicketControls';
import { RequesterPanel } from './RequesterPanel';
import { IntakePanel } from './IntakePanel';

/** One ticket for an agent: header, conversation with events inline, composer; controls and requester aside. */
export function TicketView({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation('agent');
  const ticket = useTicket(ticketId);
  const messages = useMessages(ticketId);
  const events = useTicketEvents(ticketId);
  const now = useServerNow(1000);
  if (ticket.isPending) return <Loading />;
  if (ticket.isError) return <ErrorState error={ticket.error} retry={() => void ticket.refetch()} />;
  const data = ticket.data;
  return (
    <article className="ticket-layout" aria-labelledby="ticket-title">
      <div>
        <header className="card">
          <h1 id="ticket-title">
            #{data.number} · {data.subject}
          </h1>
          <div className="row small">
            <StatusBadge status={data.status} />
            <PriorityBadge priority={data.priority} />
            {data.severity && <span className="badge neutral">{t('fields.severityValue', { severity: data.severity })}</span>}
            {data.level === 2 && <span className="badge warning">{t('fields.level2')}</span>}
            <SlaBadge ticket={data} now={now} />
            <span className="muted">{t(`channel.${data.channel}`, { defaultValue: data.channel })}</span>
          </div>
        </header>
        <IntakePanel ticket={data} />
        <section aria-label={t('conversation.label')}>
          {messages.isPending || events.isPending ? (
            <Loading />
          ) : messages.isError ? (
            <ErrorState error={messages.error} retry={() => void messages.refetch()} />
          ) : (
            <Conversation messages={messages.data} events={events.data ?? []} ticket={data} />
          )}
        </section>
        <Composer ticket={data} />
      </div>
      <aside className="side" aria-label={t('side.label')}>
        <TicketControls ticket={data} />
        <RequesterPanel ticket={data} />
      </aside>
    </article>
  );
}
