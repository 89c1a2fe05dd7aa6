import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Chat } from '../../shared/api/chat-types';
import { useCategories, useOrganization, usePerson, useTeams } from '../../shared/api/directory';
import { useTickets } from '../../shared/api/tickets';
import { formatDateTime } from '../../shared/format/dates';
import { StatusBadge } from '../../shared/ui/badges';
import { Loading } from '../../shared/ui/states';

/** Answers the bot keeps for itself, not for the agent. */
const hiddenAnswers = new Set(['chatId', 'chatPublicId']);

function IntakeAnswers({ chat }: { chat: Chat }) {
  const { t } = useTranslation('chat');
  const answers = Object.entries(chat.intake).filter(([key, value]) => !hiddenAnswers.has(key) && value !== '');
  return (
    <>
      <h3 style={{ marginTop: '0.75rem' }}>{t('intake.title')}</h3>
      {answers.length === 0 ? (
        <p className="small muted">{t('intake.empty')}</p>
      ) : (
        <dl className="facts small" data-testid="chat-intake">
          {answers.map(([key, value]) => (
            <div key={key} style={{ display: 'contents' }}>
              <dt>{t(`intake.keys.${key}`, { defaultValue: key })}</dt>
              <dd style={{ whiteSpace: 'pre-wrap' }}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** The customer's other open tickets: a likely duplicate is one click away (R44). */
function OpenTickets({ customerId }: { customerId: string }) {
  const { t } = useTranslation('chat');
  const tickets = useTickets({ requesterId: customerId, status: 'new,open,pending,on_hold', limit: 10 });
  const items = tickets.data?.items ?? [];
  return (
    <>
      <h3 style={{ marginTop: '0.75rem' }}>{t('customer.openTickets')}</h3>
      {tickets.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="small muted">{t('customer.noOpenTickets')}</p>
      ) : (
        <ul className="small" style={{ paddingLeft: '1rem' }}>
          {items.map((ticket) => (
            <li key={ticket.id}>
              <Link to={`/queue/team/${ticket.id}`}>
                #{ticket.number} {ticket.subject}
              </Link>{' '}
              <StatusBadge status={ticket.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Who the agent is talking to: the person, their organization with its plan and contract (R2,
 * R29), the chat's facts, what the intake bot collected (R4, R41) and their open tickets.
 */
export function CustomerContext({ chat }: { chat: Chat }) {
  const { t } = useTranslation('chat');
  const person = usePerson(chat.customerId);
  const organization = useOrganization(chat.organizationId);
  const categories = useCategories();
  const teams = useTeams();
  const category = categories.data?.find((c) => c.id === chat.categoryId);
  const team = teams.data?.find((candidate) => candidate.id === chat.teamId);
  return (
    <section className="card" aria-labelledby="customer-title" data-testid="chat-customer">
      <h2 id="customer-title">{t('customer.title')}</h2>
      {person.isPending ? (
        <Loading />
      ) : (
        <dl className="facts small">
          <dt>{t('customer.name')}</dt>
          <dd>{person.data?.name ?? chat.customerName ?? '—'}</dd>
          <dt>{t('customer.email')}</dt>
          <dd>{person.data?.email ?? '—'}</dd>
          <dt>{t('customer.organization')}</dt>
          <dd>{organization.data?.name ?? (chat.organizationId ? '…' : t('customer.noOrganization'))}</dd>
          {organization.data && (
            <>
              <dt>{t('customer.plan')}</dt>
              <dd>{organization.data.plan ?? '—'}</dd>
              <dt>{t('customer.contract')}</dt>
              <dd>
                <span className={`badge ${organization.data.contractActive ? 'ok' : 'breached'}`}>
                  {organization.data.contractActive ? t('customer.contractActive') : t('customer.contractInactive')}
                </span>
              </dd>
            </>
          )}
        </dl>
      )}
      <h3 style={{ marginTop: '0.75rem' }}>{t('facts.title')}</h3>
      <dl className="facts small">
        <dt>{t('facts.chatId')}</dt>
        <dd>{chat.publicId}</dd>
        <dt>{t('facts.language')}</dt>
        <dd>{chat.language ?? '—'}</dd>
        <dt>{t('facts.category')}</dt>
        <dd>{category?.name ?? '—'}</dd>
        <dt>{t('facts.team')}</dt>
        <dd>{team?.name ?? '—'}</dd>
        <dt>{t('facts.started')}</dt>
        <dd>{formatDateTime(chat.createdAt)}</dd>
        {chat.acceptedAt && (
          <>
            <dt>{t('facts.accepted')}</dt>
            <dd>{formatDateTime(chat.acceptedAt)}</dd>
          </>
        )}
        {chat.closedAt && (
          <>
            <dt>{t('facts.closed')}</dt>
            <dd>{formatDateTime(chat.closedAt)}</dd>
          </>
        )}
      </dl>
      <IntakeAnswers chat={chat} />
      <OpenTickets customerId={chat.customerId} />
    </section>
  );
}
