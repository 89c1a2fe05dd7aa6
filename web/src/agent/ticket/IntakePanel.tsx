import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';

const hiddenKeys = new Set(['description', 'chatId']);

const isIsoInstant = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v);

/** What the customer answered when opening the ticket (R41), plus environment and availability. */
export function IntakePanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('agent');
  // The description is the first message already; a chat's internal id means nothing to a person
  // (its short public id, chatPublicId, is what the customer saw and stays shown).
  const entries = Object.entries(ticket.intake ?? {}).filter(([key, value]) => !hiddenKeys.has(key) && value !== null && value !== '');
  if (entries.length === 0 && !ticket.environment && !ticket.availability) return null;
  return (
    <details className="card" open>
      <summary>
        <strong>{t('intake.title')}</strong>
      </summary>
      <dl className="facts" style={{ marginTop: '0.5rem' }}>
        {ticket.environment && (
          <>
            <dt>{t('fields.environment')}</dt>
            <dd>{t(`environment.${ticket.environment}`)}</dd>
          </>
        )}
        {ticket.availability && (
          <>
            <dt>{t('fields.availability')}</dt>
            <dd>{t(`availability.${ticket.availability}`)}</dd>
          </>
        )}
        {entries.map(([key, value]) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{t(`intake.${key}`, { defaultValue: key })}</dt>
            <dd style={{ whiteSpace: 'pre-wrap' }}>{isIsoInstant(value) ? formatDateTime(value as string) : typeof value === 'string' ? value : JSON.stringify(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
