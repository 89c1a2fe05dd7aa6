import { useTranslation } from 'react-i18next';
import type { Template } from '../../shared/api/types';
import { CrudPage } from '../ui/CrudPage';
import { useRemove } from '../ui/use-admin-list';
import { languageOptions, useDirectoryOptions } from '../ui/options';

const kinds = ['greeting', 'signature', 'acknowledgement', 'reply'] as const;

/** Greetings, signatures, acknowledgements and canned replies (R27), by team and language. */
export function TemplatesPage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  const remove = useRemove('templates', '/templates');
  return (
    <CrudPage<Template>
      resource="templates"
      path="/templates"
      title={t('nav.templates')}
      intro={<p className="muted">{t('intro.templates')}</p>}
      columns={[
        { header: t('fields.name'), cell: (x) => x.name },
        { header: t('fields.kind'), cell: (x) => t(`templateKinds.${x.kind}`, { defaultValue: x.kind }) },
        { header: t('fields.language'), cell: (x) => x.language ?? t('filters.all') },
        { header: t('fields.team'), cell: (x) => (x.teamId ? options.nameOf(x.teamId) : t('filters.all')) },
      ]}
      fields={() => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'kind', label: t('fields.kind'), type: 'select', required: true, options: kinds.map((k) => ({ value: k, label: t(`templateKinds.${k}`) })) },
        { name: 'language', label: t('fields.language'), type: 'select', options: languageOptions },
        { name: 'teamId', label: t('fields.team'), type: 'select', options: options.teams },
        { name: 'body', label: t('fields.body'), type: 'textarea', required: true },
      ]}
      initial={(x) => ({ name: x?.name ?? '', kind: x?.kind ?? 'reply', language: x?.language ?? '', teamId: x?.teamId ?? '', body: x?.body ?? '' })}
      toBody={(v) => ({
        name: v.name,
        kind: v.kind,
        body: v.body,
        ...(v.language ? { language: v.language } : {}),
        ...(v.teamId ? { teamId: v.teamId } : {}),
      })}
      extraActions={(x) => (
        <button type="button" className="danger" onClick={() => window.confirm(t('form.confirmDelete', { name: x.name })) && remove.mutate(x.id)} disabled={remove.isPending}>
          {t('form.delete')}
        </button>
      )}
    />
  );
}
