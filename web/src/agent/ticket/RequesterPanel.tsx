import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useOrganization, usePerson } from '../../shared/api/directory';
import { useTickets } from '../../shared/api/tickets';
import type { Ticket } from '../../shared/api/types';
import { StatusBadge } from '../../shared/ui/badges';
import { Loading } from '../../shared/ui/states';

/** Who asked: the person, their organization (plan, contract) and their other open tickets. */
export function RequesterPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('agent');
  const { queue = 'team' } = useParams();
  const person = usePerson(ticket.requesterId);
  const organization = useOrganization(ticket.organizationId);
  const others = useTickets({ requesterId: ticket.requesterId, status: 'new,open,pending,on_hold', limit: 20 });
  const otherOpen = (others.data?.items ?? []).filter((other) => other.id !== ticket.id);
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
      <h3 style={{ marginTop: '0.75rem' }}>{t('requester.otherOpen')}</h3>
      {others.isPending ? (
        <Loading />
      ) : otherOpen.length === 0 ? (
        <p className="small muted">{t('requester.noOtherOpen')}</p>
      ) : (
        <ul className="small" style={{ paddingLeft: '1rem' }}>
          {otherOpen.map((other) => (
            <li key={other.id}>
              <Link to={`/queue/${queue}/${other.id}`}>
                #{other.number} {other.subject}
              </Link>{' '}
              <StatusBadge status={other.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
