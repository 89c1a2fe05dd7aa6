import { useTranslation } from 'react-i18next';
import type { Team } from '../../shared/api/types';
import { CrudPage } from '../ui/CrudPage';
import { useDirectoryOptions } from '../ui/options';

/** Departments (R21) with their business calendar; the triage team gets what no category routes. */
export function TeamsPage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  return (
    <CrudPage<Team>
      resource="teams"
      path="/teams"
      title={t('nav.teams')}
      intro={<p className="muted">{t('intro.teams')}</p>}
      columns={[
        { header: t('fields.name'), cell: (team) => team.name },
        { header: t('fields.calendar'), cell: (team) => (team.calendarId ? options.nameOf(team.calendarId) : t('hints.calendarTime')) },
        { header: t('fields.triage'), cell: (team) => (team.isTriage ? t('common:yes') : '') },
        { header: t('fields.members'), cell: (team) => team.memberIds.length },
      ]}
      fields={() => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'calendarId', label: t('fields.calendar'), type: 'select', options: options.calendars },
        { name: 'isTriage', label: t('fields.triage'), type: 'checkbox' },
      ]}
      initial={(team) => ({ name: team?.name ?? '', calendarId: team?.calendarId ?? '', isTriage: team?.isTriage ?? false })}
      toBody={(v) => ({ name: v.name, ...(v.calendarId ? { calendarId: v.calendarId } : {}), isTriage: v.isTriage === true })}
    />
  );
}
