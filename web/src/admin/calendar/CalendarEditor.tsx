import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calendar } from '../../shared/api/types';
import { FormError } from '../../shared/ui/states';
import { useSave } from '../ui/use-admin-list';
import { CalendarPreview } from './CalendarPreview';
import { bodyOf, days, draftOf, newDraft, type CalendarDraft, type Day } from './calendar-draft';

/** Edits one calendar (or a new one) beside a live preview of the due times it gives. */
export function CalendarEditor({ calendar, onDone }: { calendar: Calendar | null; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const save = useSave<Calendar>('calendars', '/calendars');
  const [draft, setDraft] = useState<CalendarDraft>(() => (calendar ? draftOf(calendar) : newDraft()));
  const set = (patch: Partial<CalendarDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setDay = (day: Day, value: string) => setDraft((d) => ({ ...d, days: { ...d.days, [day]: value } }));
  const result = bodyOf(draft);
  const problem = 'problem' in result ? t(`calendar.problem.${result.problem.key}`, { value: result.problem.value }) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if ('body' in result) save.mutate({ id: calendar?.id, body: result.body }, { onSuccess: onDone });
  };
  return (
    <div className="grid-2" style={{ alignItems: 'start' }}>
      <form className="card" onSubmit={submit} aria-labelledby="calendar-form-title">
        <h2 id="calendar-form-title">{calendar ? t('calendar.edit', { name: calendar.name }) : t('calendar.new')}</h2>
        <div className="field">
          <label htmlFor="cal-name">{t('fields.name')}</label>
          <input id="cal-name" required value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="cal-zone">{t('calendar.timezone')}</label>
          <input id="cal-zone" required value={draft.timezone} onChange={(e) => set({ timezone: e.target.value })} placeholder="America/Sao_Paulo" />
        </div>
        <label className="row" style={{ fontWeight: 400 }}>
          <input type="checkbox" checked={draft.always} onChange={(e) => set({ always: e.target.checked })} />
          {t('calendar.always')}
        </label>
        {!draft.always && (
          <fieldset>
            <legend>{t('calendar.hours')}</legend>
            <p className="hint">{t('calendar.hoursHint')}</p>
            {days.map((day) => (
              <div key={day} className="row field" style={{ flexWrap: 'nowrap' }}>
                <label htmlFor={`cal-${day}`} style={{ width: '6rem', margin: 0 }}>
                  {t(`days.${day}`)}
                </label>
                <input id={`cal-${day}`} value={draft.days[day]} onChange={(e) => setDay(day, e.target.value)} placeholder={t('calendar.closed')} />
              </div>
            ))}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('calendar.holidays')}</legend>
          <div className="grid-2">
            <div className="field">
              <label htmlFor="cal-country">{t('calendar.country')}</label>
              <input id="cal-country" value={draft.holidayCountry} onChange={(e) => set({ holidayCountry: e.target.value })} placeholder="BR" maxLength={2} />
            </div>
            <div className="field">
              <label htmlFor="cal-region">{t('calendar.region')}</label>
              <input id="cal-region" value={draft.holidayRegion} onChange={(e) => set({ holidayRegion: e.target.value })} placeholder="SP" />
            </div>
          </div>
          <div className="field">
            <label htmlFor="cal-dates">{t('calendar.dates')}</label>
            <input id="cal-dates" value={draft.holidayDates} onChange={(e) => set({ holidayDates: e.target.value })} placeholder="2026-12-24, 2026-12-31" />
          </div>
          <div className="field">
            <label htmlFor="cal-overrides">{t('calendar.overrides')}</label>
            <textarea id="cal-overrides" value={draft.overrides} onChange={(e) => set({ overrides: e.target.value })} style={{ fontFamily: 'monospace' }} placeholder='{"2026-12-24": [["08:00","12:00"]]}' />
          </div>
        </fieldset>
        {problem && <p className="form-error">{problem}</p>}
        <FormError error={save.error} />
        <div className="row">
          <button className="primary" type="submit" disabled={save.isPending || Boolean(problem)}>
            {save.isPending ? t('common:saving') : t('common:save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
      <CalendarPreview calendar={'body' in result ? result.body : null} problem={problem} />
    </div>
  );
}
