import { useTranslation } from 'react-i18next';
import type { Organization } from '../../shared/api/types';
import { CrudPage } from '../ui/CrudPage';
import { languageOptions, useDirectoryOptions } from '../ui/options';

/** Customer organizations: plan, contract (R2), channel entitlements (R29), language, calendar. */
export function OrganizationsPage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  return (
    <CrudPage<Organization>
      resource="organizations"
      path="/organizations"
      title={t('nav.organizations')}
      columns={[
        { header: t('fields.name'), cell: (o) => o.name },
        { header: t('fields.plan'), cell: (o) => o.plan ?? '—' },
        { header: t('fields.contract'), cell: (o) => <span className={`badge ${o.contractActive ? 'ok' : 'breached'}`}>{o.contractActive ? t('common:yes') : t('common:no')}</span> },
        { header: t('fields.entitlements'), cell: (o) => (['chat', 'whatsapp', 'email'] as const).filter((k) => o.entitlements?.[k]).map((k) => t(`channels.${k}`)).join(', ') || '—' },
        { header: t('fields.language'), cell: (o) => o.language ?? '—' },
      ]}
      fields={() => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'plan', label: t('fields.plan'), hint: t('hints.plan') },
        { name: 'language', label: t('fields.language'), type: 'select', options: languageOptions },
        { name: 'calendarId', label: t('fields.calendar'), type: 'select', options: options.calendars },
        { name: 'contractActive', label: t('fields.contractActive'), type: 'checkbox' },
        { name: 'entitlements', label: t('fields.entitlements'), type: 'checkboxes', options: (['chat', 'whatsapp', 'email'] as const).map((k) => ({ value: k, label: t(`channels.${k}`) })) },
      ]}
      initial={(o) => ({
        name: o?.name ?? '',
        plan: o?.plan ?? '',
        language: o?.language ?? '',
        calendarId: o?.calendarId ?? '',
        contractActive: o?.contractActive ?? true,
        entitlements: o ? (['chat', 'whatsapp', 'email'] as const).filter((k) => o.entitlements?.[k]) : ['chat', 'whatsapp', 'email'],
      })}
      toBody={(v) => {
        const picked = v.entitlements as string[];
        return {
          name: v.name,
          ...(v.plan ? { plan: v.plan } : {}),
          ...(v.language ? { language: v.language } : {}),
          ...(v.calendarId ? { calendarId: v.calendarId } : {}),
          contractActive: v.contractActive === true,
          entitlements: { chat: picked.includes('chat'), whatsapp: picked.includes('whatsapp'), email: picked.includes('email') },
        };
      }}
    />
  );
}
