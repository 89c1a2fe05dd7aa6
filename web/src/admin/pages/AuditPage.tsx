import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { ErrorState, Loading } from '../../shared/ui/states';
import { DataTable } from '../ui/DataTable';
import { LoadMore } from '../ui/LoadMore';
import { usePaged } from '../ui/use-paged';
import { usePerson } from '../../shared/api/directory';

function Actor({ id }: { id: string | null }) {
  const person = usePerson(id && id !== '00000000-0000-0000-0000-000000000000' ? id : null);
  return <>{id ? (person.data?.name ?? (person.isPending && person.fetchStatus !== 'idle' ? '…' : 'Atende')) : 'Atende'}</>;
}

/** Who changed what in the desk's configuration, newest first. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const [entityType, setEntityType] = useState('');
  const pages = usePaged<AuditEntry>('audit', '/audit', { entityType: entityType || undefined });
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.audit')}</h1>
      <div className="row" style={{ marginBottom: '0.75rem' }}>
        <label htmlFor="a-type" style={{ margin: 0 }}>{t('fields.entityType')}</label>
        <input id="a-type" type="search" value={entityType} onChange={(e) => setEntityType(e.target.value)} style={{ width: 'auto' }} placeholder="calendar" />
      </div>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ErrorState error={pages.error} retry={() => void pages.refetch()} />
      ) : (
        <>
          <DataTable
            rows={rows}
            caption={t('nav.audit')}
            columns={[
              { header: t('fields.when'), cell: (a) => <span className="small">{formatDateTime(a.createdAt)}</span> },
              { header: t('fields.actor'), cell: (a) => <Actor id={a.actorId} /> },
              { header: t('fields.action'), cell: (a) => a.action },
              { header: t('fields.entityType'), cell: (a) => `${a.entityType}${a.entityId ? ` ${a.entityId.slice(0, 8)}…` : ''}` },
              {
                header: t('fields.changes'),
                cell: (a) => (
                  <details>
                    <summary className="small">{Object.keys(a.changes ?? {}).join(', ') || '—'}</summary>
                    <pre className="small" style={{ whiteSpace: 'pre-wrap', maxWidth: '40rem' }}>{JSON.stringify(a.changes, null, 2)}</pre>
                  </details>
                ),
              },
            ]}
          />
          <LoadMore hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} />
        </>
      )}
    </section>
  );
}
