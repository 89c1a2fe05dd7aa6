import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../shared/format/dates';
import { serverNow } from '../../shared/time/server-clock';
import { ErrorState } from '../../shared/ui/states';

type Unit = 'minutes' | 'hours' | 'businessDays';

/** Waits until a value has stopped changing for `ms` (typing in the editor). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * "If a ticket arrived at … with a target of …, it would be due at …" for the calendar as it is
 * being edited — POST /calendars/preview with the unsaved calendar, as the admin types.
 */
export function CalendarPreview({ calendar, problem }: { calendar: Record<string, unknown> | null; problem: string | null }) {
  const { t } = useTranslation('admin');
  const [from, setFrom] = useState(() => toLocalInput(new Date(serverNow()).toISOString()));
  const [amount, setAmount] = useState('240');
  const [unit, setUnit] = useState<Unit>('minutes');
  const request = useSettled(JSON.stringify({ calendar, from: fromLocalInput(from), amount, unit }), 350);
  const parsed = JSON.parse(request) as { calendar: Record<string, unknown> | null; from: string | null; amount: string; unit: Unit };
  const n = Number(parsed.amount);
  const valid = parsed.calendar && parsed.from && Number.isFinite(n) && n >= 0;
  const preview = useQuery({
    queryKey: ['calendar-preview', request],
    enabled: Boolean(valid),
    queryFn: ({ signal }) => {
      const add = parsed.unit === 'businessDays' ? { addBusinessDays: Math.round(n) } : { addMinutes: Math.round(parsed.unit === 'hours' ? n * 60 : n) };
      return api<{ due: string }>('/calendars/preview', { method: 'POST', body: { calendar: parsed.calendar, from: parsed.from, ...add }, signal });
    },
    placeholderData: (previous) => previous,
    staleTime: Infinity,
  });
  const zone = typeof calendar?.timezone === 'string' ? calendar.timezone : undefined;
  const inZone = (iso: string) => (zone ? new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(new Date(iso)) : '');
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('calendar.preview')}</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="preview-from">{t('calendar.from')}</label>
          <input id="preview-from" type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="preview-amount">{t('calendar.add')}</label>
          <div className="row" style={{ flexWrap: 'nowrap' }}>
            <input id="preview-amount" type="number" min={0} value={amount} onChange={(e) => setAmount(e.target.value)} />
            <label htmlFor="preview-unit" className="visually-hidden">
              {t('fields.unit')}
            </label>
            <select id="preview-unit" value={unit} onChange={(e) => setUnit(e.target.value as Unit)} style={{ width: 'auto' }}>
              {(['minutes', 'hours', 'businessDays'] as const).map((u) => (
                <option key={u} value={u}>
                  {t(`units.${u}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <div aria-live="polite">
        {problem ? (
          <p className="form-error">{problem}</p>
        ) : preview.isError ? (
          <ErrorState error={preview.error} />
        ) : preview.data ? (
          <dl className="facts">
            <dt>{t('calendar.due')}</dt>
            <dd data-testid="preview-due" data-due={preview.data.due}>
              <strong>{formatDateTime(preview.data.due)}</strong>
              {preview.isFetching && <span className="spinner" aria-hidden="true" style={{ marginLeft: '0.5rem' }} />}
            </dd>
            {zone && (
              <>
                <dt>{t('calendar.inZone', { zone })}</dt>
                <dd>{inZone(preview.data.due)}</dd>
              </>
            )}
          </dl>
        ) : (
          <p className="muted">{t('common:loading')}</p>
        )}
      </div>
    </section>
  );
}
