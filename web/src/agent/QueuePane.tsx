import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useTickets } from '../shared/api/tickets';
import { useTeams } from '../shared/api/directory';
import { useSession } from '../shared/auth/session';
import { useServerNow } from '../shared/time/server-clock';
import { PriorityBadge, SlaBadge, StatusBadge } from '../shared/ui/badges';
import { Empty, ErrorState, Loading } from '../shared/ui/states';
import { PersonName } from './PersonName';
import { queues, type QueueDefinition } from './queues';
import { useQueueShortcuts } from './useShortcuts';

/** One queue in queue order, with live SLA countdowns; j/k move through it. */
export function QueuePane({ queue, selectedId }: { queue: QueueDefinition; selectedId?: string }) {
  const { t } = useTranslation('agent');
  const me = useSession().data!;
  const teams = useTeams();
  const [teamId, setTeamId] = useState('');
  const now = useServerNow(1000);
  const tickets = useTickets({ ...queue.filter, ...(teamId ? { teamId } : {}) });
  const items = (tickets.data?.items ?? []).filter((ticket) => !queue.keep || queue.keep(ticket, now));
  useQueueShortcuts(queue.key, items, selectedId);
  const myTeams = (teams.data ?? []).filter((team) => me.role === 'admin' || me.teamIds.includes(team.id));

  return (
    <nav className="queue-pane" aria-label={t('queues.label')}>
      <div className="queue-tabs">
        {queues.map((q) => (
          <NavLink key={q.key} to={`/queue/${q.key}`} className={({ isActive }) => (isActive ? 'active' : '')}>
            {t(`queues.${q.key}`)}
          </NavLink>
        ))}
      </div>
      {myTeams.length > 1 && (
        <div style={{ padding: '0.5rem' }}>
          <label htmlFor="team-filter" className="visually-hidden">
            {t('queues.teamFilter')}
          </label>
          <select id="team-filter" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{t('queues.allTeams')}</option>
            {myTeams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {tickets.isPending ? (
        <Loading />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} retry={() => void tickets.refetch()} />
      ) : items.length === 0 ? (
        <Empty>{t('queues.empty')}</Empty>
      ) : (
        <ul className="queue-list" data-testid="queue">
          {items.map((ticket) => (
            <li key={ticket.id} data-ticket-number={ticket.number}>
              <Link to={`/queue/${queue.key}/${ticket.id}`} aria-current={ticket.id === selectedId ? 'page' : undefined}>
                <span className="subject">
                  #{ticket.number} {ticket.subject}
                </span>
                <span className="meta">
                  <StatusBadge status={ticket.status} />
                  <PriorityBadge priority={ticket.priority} />
                  <SlaBadge ticket={ticket} now={now} />
                  <PersonName id={ticket.requesterId} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
