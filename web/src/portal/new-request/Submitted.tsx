import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { FormError } from '../../shared/ui/states';

/** R4: at opening the customer is told the ticket number and when to expect an answer. */
export function Submitted({ ticket, uploadError }: { ticket: Ticket; uploadError?: unknown }) {
  const { t } = useTranslation('portal');
  const { firstResponseDueAt, resolutionDueAt, waitingForTicketId } = ticket.sla;
  return (
    <section className="card" role="status" aria-labelledby="submitted-title" data-testid="request-submitted">
      <h1 id="submitted-title">{t('submitted.title', { number: ticket.number })}</h1>
      <p>{t('submitted.intro')}</p>
      <dl className="facts">
        <dt>{t('submitted.number')}</dt>
        <dd data-testid="ticket-number">#{ticket.number}</dd>
        {firstResponseDueAt && (
          <>
            <dt>{t('ticket.firstResponseDue')}</dt>
            <dd data-testid="first-response-due">{formatDateTime(firstResponseDueAt)}</dd>
          </>
        )}
        {resolutionDueAt && (
          <>
            <dt>{t('ticket.resolutionDue')}</dt>
            <dd data-testid="resolution-due">{formatDateTime(resolutionDueAt)}</dd>
          </>
        )}
      </dl>
      {waitingForTicketId && <p className="muted">{t('submitted.sequenced')}</p>}
      {!firstResponseDueAt && !resolutionDueAt && !waitingForTicketId && <p className="muted">{t('submitted.noDue')}</p>}
      {uploadError ? <FormError error={uploadError} /> : null}
      <div className="row" style={{ marginTop: '1rem' }}>
        <Link className="button primary" to={`/tickets/${ticket.id}`}>
          {t('submitted.view')}
        </Link>
        <Link to="/">{t('nav.myTickets')}</Link>
      </div>
    </section>
  );
}
