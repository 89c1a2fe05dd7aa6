import { useTranslation } from 'react-i18next';
import { useOrganization, usePerson } from '../../shared/api/directory';
import type { Ticket } from '../../shared/api/types';
import { Loading } from '../../shared/ui/states';
import { SimilarTickets } from './SimilarTickets';

/** Who asked: the person, their organization (plan, contract), and their tickets that may be the same case: open ones and likely duplicates (R44). */
export function RequesterPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('agent');
  const person = usePerson(ticket.requesterId);
  const organization = useOrganization(ticket.organizationId);
  return (
    <section className="card" aria-labelledby="requester-title">
      <h2 id="requester-title">{t('side.requester')}</h2>
      {person.isPending ? (
        <Loading />
      ) : person.data ? (
        <dl className="facts small">
          <dt>{t('requester.name')}</dt>
          <dd>{person.data.name}</dd>
          <dt>{t('requester.email')}</dt>
          <dd>{person.data.email ?? '—'}</dd>
          {person.data.phone && (
            <>
              <dt>{t('requester.phone')}</dt>
              <dd>{person.data.phone}</dd>
            </>
          )}
          <dt>{t('requester.languages')}</dt>
          <dd>{person.data.languages.join(', ') || '—'}</dd>
          {ticket.cc.length > 0 && (
            <>
              <dt>{t('requester.cc')}</dt>
              <dd>{ticket.cc.join(', ')}</dd>
            </>
          )}
        </dl>
      ) : null}
      {organization.data && (
        <dl className="facts small" style={{ marginTop: '0.75rem' }}>
          <dt>{t('requester.organization')}</dt>
          <dd>{organization.data.name}</dd>
          <dt>{t('requester.plan')}</dt>
          <dd>{organization.data.plan ?? '—'}</dd>
          <dt>{t('requester.contract')}</dt>
          <dd>
            <span className={`badge ${organization.data.contractActive ? 'ok' : 'breached'}`}>
              {organization.data.contractActive ? t('requester.contractActive') : t('requester.contractInactive')}
            </span>
          </dd>
        </dl>
      )}
      <SimilarTickets ticket={ticket} />
    </section>
  );
}
