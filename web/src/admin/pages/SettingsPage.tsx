import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { ErrorState, Loading } from '../../shared/ui/states';
import { EntityForm, type Values } from '../ui/EntityForm';

interface Settings {
  lifecycle: Record<string, string | null>;
  priorityByAvailability: Record<string, string>;
}

const durations = ['pendingAutoResolveAfter', 'pendingAutoCloseAfter', 'resolvedAutoCloseAfter', 'customerSequencingWindow'] as const;
const availabilities = ['unavailable', 'partial', 'available'] as const;
const priorities = ['low', 'medium', 'high', 'urgent'];

/** Desk-wide lifecycle timers (R17, R40, R23) and priority by availability (R7). */
export function SettingsPage() {
  const { t } = useTranslation('admin');
  const settings = useQuery({ queryKey: ['list', 'settings'], queryFn: () => api<Settings>('/settings') });
  const client = useQueryClient();
  // The settings are one document changed by PATCH (a deep merge); there is no POST to create it.
  const save = useMutation({
    mutationFn: ({ body }: { body: unknown }) => api<Settings>('/settings', { method: 'PATCH', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['list', 'settings'] }),
  });
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorState error={settings.error} retry={() => void settings.refetch()} />;
  const current = settings.data;
  const initial: Values = {
    ...Object.fromEntries(durations.map((d) => [d, current.lifecycle?.[d] ?? ''])),
    ...Object.fromEntries(availabilities.map((a) => [`p.${a}`, current.priorityByAvailability?.[a] ?? 'medium'])),
  };
  const submit = (v: Values) =>
    save.mutate({
      body: {
        lifecycle: Object.fromEntries(durations.map((d) => [d, (v[d] as string).trim() || null])),
        priorityByAvailability: Object.fromEntries(availabilities.map((a) => [a, v[`p.${a}`]])),
      },
    });
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.settings')}</h1>
      <p className="muted">{t('intro.settings')}</p>
      <EntityForm
        key={JSON.stringify(current)}
        title={t('settings.lifecycle')}
        fields={[
          ...durations.map((d) => ({ name: d, label: t(`settings.${d}`), hint: t('hints.duration') })),
          ...availabilities.map((a) => ({
            name: `p.${a}`,
            label: t('settings.priorityFor', { availability: t(`availability.${a}`) }),
            type: 'select' as const,
            required: true,
            options: priorities.map((p) => ({ value: p, label: t(`common:priority.${p}`) })),
          })),
        ]}
        initial={initial}
        onSubmit={submit}
        pending={save.isPending}
        error={save.error}
      />
      {save.isSuccess && <p role="status">{t('common:saved')}</p>}
    </section>
  );
}
