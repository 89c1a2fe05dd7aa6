import { useTranslation } from 'react-i18next';
import type { Priority, Ticket, TicketStatus } from '../api/types';
import { slaStatus } from '../sla/sla-status';
import { formatDateTime, formatDuration } from '../format/dates';

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('common');
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation('common');
  const tone = priority === 'urgent' || priority === 'high' ? 'breached' : 'neutral';
  return <span className={`badge ${tone}`}>{t(`priority.${priority}`)}</span>;
}

/**
 * The ticket's SLA countdown: green with time left, amber when close, red when overdue, grey
 * dashed when paused. `now` is the desk's clock (time/server-clock.ts).
 */
export function SlaBadge({ ticket, now }: { ticket: Ticket; now: number }) {
  const { t } = useTranslation('common');
  const sla = slaStatus(ticket, now);
  if (sla.state === 'none') return null;
  if (sla.state === 'paused') {
    return (
      <span className="badge paused" data-sla="paused" title={t('sla.pausedHint')}>
        {t('sla.paused')}
      </span>
    );
  }
  const target = t(`sla.target.${sla.target}`);
  const left = formatDuration(sla.remainingMs!);
  const text = sla.state === 'breached' ? t('sla.overdue', { time: left }) : t('sla.left', { time: left });
  return (
    <span className={`badge ${sla.state}`} data-sla={sla.state} title={`${target}: ${formatDateTime(sla.dueAt)}`}>
      <span className="visually-hidden">{target}: </span>
      {text}
    </span>
  );
}
