import { Link, useParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api/client';
import { keys } from '../shared/api/keys';
import { useMessages, useTicket } from '../shared/api/tickets';
import type { Ticket } from '../shared/api/types';
import { useSession } from '../shared/auth/session';
import { formatDateTime } from '../shared/format/dates';
import { StatusBadge } from '../shared/ui/badges';
import { ErrorState, FormError, Loading } from '../shared/ui/states';
import { PublicConversation } from './PublicConversation';
import { ReplyForm } from './ReplyForm';

function TicketFacts({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  return (
    <dl className="facts">
      <dt>{t('ticket.created')}</dt>
      <dd>{formatDateTime(ticket.createdAt)}</dd>
      <dt>{t('ticket.lastActivity')}</dt>
      <dd>{formatDateTime(ticket.lastActivityAt)}</dd>
      {ticket.status === 'new' && ticket.sla.firstResponseDueAt && (
        <>
          <dt>{t('ticket.firstResponseDue')}</dt>
          <dd>{formatDateTime(ticket.sla.firstResponseDueAt)}</dd>
        </>
      )}
      {ticket.sla.resolutionDueAt && (
        <>
          <dt>{t('ticket.resolutionDue')}</dt>
          <dd>{formatDateTime(ticket.sla.resolutionDueAt)}</dd>
        </>
      )}
      {ticket.eta && (
        <>
          <dt>{t('ticket.eta')}</dt>
          <dd>{formatDateTime(ticket.eta)}</dd>
        </>
      )}
      {ticket.level === 2 && (
        <>
          <dt>{t('ticket.level')}</dt>
          <dd>{t('ticket.level2')}</dd>
        </>
      )}
    </dl>
  );
}

/** A customer may mark their ticket solved, or reopen a solved one. */
function SolvedButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('portal');
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (status: 'resolved' | 'open') => api<Ticket>(`/tickets/${ticket.id}`, { method: 'PATCH', body: { status } }),
    onSuccess: (updated) => {
      client.setQueryData(keys.ticket(ticket.id), updated);
      void client.invalidateQueries({ queryKey: keys.allTickets });
    },
  });
  if (ticket.status === 'closed') return null;
  const next = ticket.status === 'resolved' ? 'open' : 'resolved';
  return (
    <div>
      <button type="button" onClick={() => change.mutate(next)} disabled={change.isPending}>
        {next === 'resolved' ? t('ticket.markSolved') : t('ticket.reopen')}
      </button>
      <FormError error={change.error} />
    </div>
  );
}

/** One ticket as its customer sees it: facts, due dates, public replies, and a reply box (R6, R18). */
export function TicketPage() {
  const { id } = useParams();
  const { t } = useTranslation('portal');
  const me = useSession().data;
  const ticket = useTicket(id);
  const messages = useMessages(id);
  if (ticket.isPending) return <Loading />;
  if (ticket.isError) return <ErrorState error={ticket.error} retry={() => void ticket.refetch()} />;
  const data = ticket.data;
  return (
    <article aria-labelledby="ticket-title">
      <p>
        <Link to="/">← {t('nav.myTickets')}</Link>
      </p>
      <div className="card">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h1 id="ticket-title">
            #{data.number} · {data.subject}
          </h1>
          <StatusBadge status={data.status} />
        </div>
        <TicketFacts ticket={data} />
        <div style={{ marginTop: '0.75rem' }}>
          <SolvedButton ticket={data} />
        </div>
      </div>
      <h2>{t('ticket.conversation')}</h2>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ErrorState error={messages.error} retry={() => void messages.refetch()} />
      ) : (
        <PublicConversation messages={messages.data} ticket={data} meId={me?.id ?? ''} />
      )}
      <ReplyForm ticket={data} />
    </article>
  );
}
