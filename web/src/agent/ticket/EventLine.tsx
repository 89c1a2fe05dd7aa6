import { useTranslation } from 'react-i18next';
import type { TicketEvent } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { useTeams } from '../../shared/api/directory';
import { PersonName } from '../PersonName';

const hidden = new Set(['messages.created', 'tickets.masked_secrets']);

/** Events shown between messages: not the messages themselves, nor an update that only moved the status (its status line says it). */
export function showsInline(e: TicketEvent): boolean {
  if (hidden.has(e.type)) return false;
  if (e.type !== 'tickets.updated') return true;
  return Object.keys((e.data.changes ?? {}) as object).some((field) => field !== 'status');
}

type Change = { from: unknown; to: unknown };

function Value({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation('agent');
  const teams = useTeams();
  if (value === null || value === undefined || value === '') return <em>{t('common:none')}</em>;
  if (field === 'assigneeId') return <PersonName id={String(value)} />;
  if (field === 'teamId') return <>{teams.data?.find((team) => team.id === value)?.name ?? '…'}</>;
  if (field === 'status') return <>{t(`common:status.${value}`)}</>;
  if (field === 'priority') return <>{t(`common:priority.${value}`)}</>;
  if (field === 'eta') return <>{formatDateTime(String(value))}</>;
  if (Array.isArray(value)) return <>{value.join(', ')}</>;
  return <>{String(value)}</>;
}

function Describe({ event }: { event: TicketEvent }) {
  const { t } = useTranslation('agent');
  const d = event.data;
  switch (event.type) {
    case 'tickets.created':
      return <>{t('events.created', { channel: t(`channel.${d.channel}`, { defaultValue: String(d.channel ?? '') }) })}</>;
    case 'tickets.status_changed':
      return <>{t('events.status', { from: t(`common:status.${d.from}`), to: t(`common:status.${d.to}`) })}</>;
    case 'tickets.updated': {
      const changes = Object.entries((d.changes ?? {}) as Record<string, Change>).filter(([field]) => field !== 'status');
      if (changes.length === 0) return null;
      return (
        <>
          {changes.map(([field, change], i) => (
            <span key={field}>
              {i > 0 && '; '}
              {t(`fields.${field}`, { defaultValue: field })}: <Value field={field} value={change.from} /> → <Value field={field} value={change.to} />
            </span>
          ))}
        </>
      );
    }
    case 'tickets.escalated':
      return <>{d.reason === 'sla_breached' ? t('events.escalatedSla') : t('events.escalated')}</>;
    case 'tickets.eta_changed':
      return <>{t('events.eta', { eta: d.to ? formatDateTime(String(d.to)) : t('common:none') })}</>;
    case 'tickets.merged':
      return <>{t('events.merged', { number: d.intoNumber })}</>;
    case 'tickets.merge_received':
      return <>{t('events.mergeReceived', { number: d.fromNumber })}</>;
    case 'macros.applied':
      return <>{t('events.macroApplied', { name: d.name })}</>;
    case 'sla.breached':
      return <>{t('events.slaBreached', { target: t(`common:sla.target.${d.target}`, { defaultValue: String(d.target) }) })}</>;
    case 'sla.warning':
      return <>{t('events.slaWarning', { target: t(`common:sla.target.${d.target}`, { defaultValue: String(d.target) }) })}</>;
    default:
      return <>{event.type}</>;
  }
}

/** One history line: what happened, who did it, when. */
export function EventLine({ event }: { event: TicketEvent }) {
  const { t } = useTranslation('agent');
  const system = !event.actorId || event.actorId === '00000000-0000-0000-0000-000000000000';
  return (
    <li className="event-line" data-event-type={event.type}>
      <Describe event={event} /> · {system ? t('events.system') : <PersonName id={event.actorId} />} ·{' '}
      <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
    </li>
  );
}
