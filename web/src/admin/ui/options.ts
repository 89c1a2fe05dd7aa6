import type { Calendar, Organization, Team } from '../../shared/api/types';
import { useAdminList } from './use-admin-list';

export type Option = { value: string; label: string };

const toOptions = (items: Array<{ id: string; name: string }> | undefined): Option[] => (items ?? []).map((i) => ({ value: i.id, label: i.name }));

/** Choices for the selects that name another resource. */
export function useDirectoryOptions() {
  const teams = useAdminList<Team>('teams', '/teams');
  const calendars = useAdminList<Calendar>('calendars', '/calendars');
  const organizations = useAdminList<Organization>('organizations', '/organizations');
  return {
    teams: toOptions(teams.data),
    calendars: toOptions(calendars.data),
    organizations: toOptions(organizations.data),
    nameOf: (id: string | null | undefined) =>
      [...(teams.data ?? []), ...(calendars.data ?? []), ...(organizations.data ?? [])].find((x) => x.id === id)?.name ?? '—',
  };
}

export const languageOptions: Option[] = [
  { value: 'en', label: 'English' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'es', label: 'Español' },
  { value: 'de', label: 'Deutsch' },
  { value: 'ru', label: 'Русский' },
];
