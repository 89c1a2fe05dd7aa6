import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../shared/api/types';
import { ErrorState, Loading } from '../../shared/ui/states';
import { CalendarEditor } from '../calendar/CalendarEditor';
import { DataTable } from '../ui/DataTable';
import { useAdminList } from '../ui/use-admin-list';

const describeHours = (c: Calendar) =>
  c.hours === '24/7'
    ? '24/7'
    : Object.entries(c.hours)
        .map(([day, v]) => `${day} ${typeof v === 'string' ? v : v.map(([a, b]) => `${a}–${b}`).join(', ')}`)
        .join(' · ');

/** Business calendars (R8, R22) with a live preview of the due times they give while editing. */
export function CalendarsPage() {
  const { t } = useTranslation('admin');
  const list = useAdminList<Calendar>('calendars', '/calendars');
  const [editing, setEditing] = useState<Calendar | null | undefined>(undefined);
  return (
    <section aria-labelledby="page-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="page-title">{t('nav.calendars')}</h1>
        {editing === undefined && (
          <button type="button" className="primary" onClick={() => setEditing(null)}>
            {t('form.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('intro.calendars')}</p>
      {editing !== undefined && <CalendarEditor key={editing?.id ?? 'new'} calendar={editing} onDone={() => setEditing(undefined)} />}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <DataTable
          rows={list.data}
          caption={t('nav.calendars')}
          columns={[
            { header: t('fields.name'), cell: (c) => c.name },
            { header: t('calendar.timezone'), cell: (c) => c.timezone },
            { header: t('calendar.hours'), cell: (c) => <span className="small">{describeHours(c)}</span> },
            { header: t('calendar.holidays'), cell: (c) => [c.holidays?.country, c.holidays?.region].filter(Boolean).join('-') || '—' },
          ]}
          actions={(c) => (
            <button type="button" onClick={() => setEditing(c)}>
              {t('form.editShort')}
            </button>
          )}
        />
      )}
    </section>
  );
}
