import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import type { ApiToken, Person } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { ErrorState, FormError, Loading } from '../../shared/ui/states';
import { DataTable } from '../ui/DataTable';
import { useAdminList } from '../ui/use-admin-list';

/** API tokens: each acts as one person; the secret is shown once, at creation. */
export function TokensPage() {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const tokens = useAdminList<ApiToken>('tokens', '/tokens');
  const people = useAdminList<Person>('people', '/people');
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => api<ApiToken>('/tokens', { method: 'POST', body: { personId, name } }),
    onSuccess: () => {
      setName('');
      void client.invalidateQueries({ queryKey: ['list', 'tokens'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/tokens/${id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['list', 'tokens'] }),
  });
  const nameOf = (id: string) => people.data?.find((p) => p.id === id)?.name ?? '…';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.tokens')}</h1>
      <form className="card" onSubmit={submit} aria-label={t('tokens.create')}>
        <h2>{t('tokens.create')}</h2>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="token-person">{t('tokens.actsAs')}</label>
            <select id="token-person" required value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({t(`roles.${p.role}`)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="token-name">{t('tokens.purpose')}</label>
            <input id="token-name" required value={name} onChange={(e) => setName(e.target.value)} />
          </div>
        </div>
        <FormError error={create.error} />
        <button className="primary" type="submit" disabled={create.isPending}>
          {t('tokens.issue')}
        </button>
        {create.data?.token && (
          <div role="status" style={{ marginTop: '0.75rem' }}>
            <p>{t('tokens.copyNow')}</p>
            <code data-testid="new-token" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
              {create.data.token}
            </code>
          </div>
        )}
      </form>
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <ErrorState error={tokens.error} retry={() => void tokens.refetch()} />
      ) : (
        <DataTable
          rows={tokens.data}
          caption={t('nav.tokens')}
          columns={[
            { header: t('tokens.purpose'), cell: (x) => x.name },
            { header: t('tokens.actsAs'), cell: (x) => nameOf(x.personId) },
            { header: t('fields.created'), cell: (x) => formatDateTime(x.createdAt) },
            { header: t('tokens.revoked'), cell: (x) => (x.revokedAt ? formatDateTime(x.revokedAt) : '—') },
          ]}
          actions={(x) =>
            x.revokedAt ? null : (
              <button type="button" className="danger" onClick={() => window.confirm(t('tokens.confirmRevoke', { name: x.name })) && revoke.mutate(x.id)} disabled={revoke.isPending}>
                {t('tokens.revoke')}
              </button>
            )
          }
        />
      )}
    </section>
  );
}
