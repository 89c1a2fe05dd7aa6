import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../shared/api/types';
import { CrudPage } from '../ui/CrudPage';
import { splitList } from '../ui/EntityForm';
import { languageOptions, useDirectoryOptions } from '../ui/options';

const roles = ['customer', 'agent', 'admin'] as const;

/** Customers, agents and admins: emails (R6), organization, teams (R28), languages (R31). */
export function PeoplePage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  const [role, setRole] = useState('');
  const [q, setQ] = useState('');
  return (
    <CrudPage<Person>
      resource="people"
      path="/people"
      title={t('nav.people')}
      params={{ role: role || undefined, q: q || undefined }}
      filters={
        <div className="row" style={{ marginBottom: '0.75rem' }}>
          <label htmlFor="people-role" style={{ margin: 0 }}>
            {t('fields.role')}
          </label>
          <select id="people-role" value={role} onChange={(e) => setRole(e.target.value)} style={{ width: 'auto' }}>
            <option value="">{t('filters.all')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
          <label htmlFor="people-q" style={{ margin: 0 }}>
            {t('filters.search')}
          </label>
          <input id="people-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 'auto' }} />
        </div>
      }
      columns={[
        { header: t('fields.name'), cell: (p) => p.name },
        { header: t('fields.email'), cell: (p) => p.emails.join(', ') },
        { header: t('fields.role'), cell: (p) => t(`roles.${p.role}`) },
        { header: t('fields.organization'), cell: (p) => (p.organizationId ? options.nameOf(p.organizationId) : '—') },
        { header: t('fields.teams'), cell: (p) => p.teamIds.map(options.nameOf).join(', ') || '—' },
        { header: t('fields.active'), cell: (p) => (p.active ? t('common:yes') : t('common:no')) },
      ]}
      fields={(editing) => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'email', label: t('fields.email'), type: 'email', required: true },
        { name: 'emails', label: t('fields.otherEmails'), hint: t('hints.commaList') },
        { name: 'role', label: t('fields.role'), type: 'select', required: true, options: roles.map((r) => ({ value: r, label: t(`roles.${r}`) })) },
        { name: 'organizationId', label: t('fields.organization'), type: 'select', options: options.organizations },
        { name: 'phone', label: t('fields.phone') },
        { name: 'languages', label: t('fields.languages'), type: 'checkboxes', options: languageOptions },
        { name: 'teamIds', label: t('fields.teams'), type: 'checkboxes', options: options.teams },
        { name: 'password', label: editing ? t('fields.newPassword') : t('fields.password'), type: 'password', hint: t('hints.password') },
        ...(editing ? [{ name: 'active', label: t('fields.active'), type: 'checkbox' as const }] : []),
      ]}
      initial={(p) => ({
        name: p?.name ?? '',
        email: p?.email ?? '',
        emails: (p?.emails ?? []).filter((e) => e !== p?.email).join(', '),
        role: p?.role ?? 'customer',
        organizationId: p?.organizationId ?? '',
        phone: p?.phone ?? '',
        languages: p?.languages ?? [],
        teamIds: p?.teamIds ?? [],
        password: '',
        active: p?.active ?? true,
      })}
      toBody={(v, editing) => {
        const extra = splitList(v.emails);
        return {
          name: v.name,
          email: v.email,
          ...(extra.length || editing ? { emails: [v.email as string, ...extra] } : {}),
          role: v.role,
          ...(v.organizationId ? { organizationId: v.organizationId } : {}),
          ...(v.phone ? { phone: v.phone } : {}),
          languages: v.languages,
          teamIds: v.teamIds,
          ...(v.password ? { password: v.password } : {}),
          ...(editing ? { active: v.active === true } : {}),
        };
      }}
    />
  );
}
