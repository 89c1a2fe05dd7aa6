import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTickets } from '../shared/api/tickets';
import { formatDateTime } from '../shared/format/dates';
import { StatusBadge } from '../shared/ui/badges';
import { Empty, ErrorState, Loading } from '../shared/ui/states';

/**
 * "My tickets" (R6): the ones the customer opened and those where their email is copied, newest
 * activity first, with number, subject, created, last activity and status.
 */
export function MyTicketsPage() {
  const { t } = useTranslation('portal');
  const tickets = useTickets({ limit: 100 });
  const items = [...(tickets.data?.items ?? [])].sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
  return (
    <section aria-labelledby="my-tickets-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="my-tickets-title">{t('myTickets.title')}</h1>
        <Link className="button primary" to="/new">
          {t('nav.newRequest')}
        </Link>
      </div>
      {tickets.isPending ? (
        <Loading />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} retry={() => void tickets.refetch()} />
      ) : items.length === 0 ? (
        <Empty>
          <p>{t('myTickets.empty')}</p>
          <Link to="/new">{t('myTickets.openFirst')}</Link>
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th scope="col">{t('myTickets.number')}</th>
                <th scope="col">{t('myTickets.subject')}</th>
                <th scope="col">{t('myTickets.created')}</th>
                <th scope="col">{t('myTickets.lastActivity')}</th>
                <th scope="col">{t('myTickets.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((ticket) => (
                <tr key={ticket.id} data-ticket-number={ticket.number}>
                  <td data-label={t('myTickets.number')}>#{ticket.number}</td>
                  <td data-label={t('myTickets.subject')}>
                    <Link to={`/tickets/${ticket.id}`}>{ticket.subject}</Link>
                  </td>
                  <td className="small" data-label={t('myTickets.created')}>
                    {formatDateTime(ticket.createdAt)}
                  </td>
                  <td className="small" data-label={t('myTickets.lastActivity')}>
                    {formatDateTime(ticket.lastActivityAt)}
                  </td>
                  <td data-label={t('myTickets.status')}>
                    <StatusBadge status={ticket.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
