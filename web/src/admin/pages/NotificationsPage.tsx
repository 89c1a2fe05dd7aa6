import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { ErrorState, Loading } from '../../shared/ui/states';
import { DataTable } from '../ui/DataTable';
import { LoadMore } from '../ui/LoadMore';
import { usePaged } from '../ui/use-paged';

const statuses = ['queued', 'sending', 'sent', 'failed', 'held'];
const channels = ['email', 'whatsapp', 'in_app'];
const tone: Record<string, string> = { sent: 'ok', failed: 'breached', held: 'warning', queued: 'neutral', sending: 'neutral' };

/** The notification outbox with delivery status, so "I get no emails" can be diagnosed (R10). */
export function NotificationsPage() {
  const { t } = useTranslation('admin');
  const [status, setStatus] = useState('');
  const [channel, setChannel] = useState('');
  const [recipient, setRecipient] = useState('');
  const pages = usePaged<Notification>('notifications', '/notifications', { status: status || undefined, channel: channel || undefined, recipient: recipient || undefined });
  const rows = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.notifications')}</h1>
      <div className="row" style={{ marginBottom: '0.75rem' }}>
        <label htmlFor="n-status" style={{ margin: 0 }}>{t('fields.status')}</label>
        <select id="n-status" value={status} onChange={(e) => setStatus(e.target.value)} style={{ width: 'auto' }}>
          <option value="">{t('filters.all')}</option>
          {statuses.map((s) => <option key={s} value={s}>{t(`delivery.${s}`)}</option>)}
        </select>
        <label htmlFor="n-channel" style={{ margin: 0 }}>{t('fields.channel')}</label>
        <select id="n-channel" value={channel} onChange={(e) => setChannel(e.target.value)} style={{ width: 'auto' }}>
          <option value="">{t('filters.all')}</option>
          {channels.map((c) => <option key={c} value={c}>{t(`channels.${c}`)}</option>)}
        </select>
        <label htmlFor="n-recipient" style={{ margin: 0 }}>{t('fields.recipient')}</label>
        <input id="n-recipient" type="search" value={recipient} onChange={(e) => setRecipient(e.target.value)} style={{ width: 'auto' }} />
      </div>
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <ErrorState error={pages.error} retry={() => void pages.refetch()} />
      ) : (
        <>
          <DataTable
            rows={rows}
            caption={t('nav.notifications')}
            columns={[
              { header: t('fields.created'), cell: (n) => <span className="small">{formatDateTime(n.createdAt)}</span> },
              { header: t('fields.channel'), cell: (n) => t(`channels.${n.channel}`, { defaultValue: n.channel }) },
              { header: t('fields.kind'), cell: (n) => n.kind },
              { header: t('fields.recipient'), cell: (n) => n.recipient },
              { header: t('fields.subject'), cell: (n) => n.subject ?? '—' },
              { header: t('fields.status'), cell: (n) => <span className={`badge ${tone[n.status] ?? 'neutral'}`}>{t(`delivery.${n.status}`, { defaultValue: n.status })}</span> },
              { header: t('fields.attempts'), cell: (n) => n.attempts },
              { header: t('fields.error'), cell: (n) => <span className="small">{n.error ?? ''}</span> },
            ]}
          />
          <LoadMore hasMore={pages.hasNextPage} loading={pages.isFetchingNextPage} onMore={() => void pages.fetchNextPage()} />
        </>
      )}
    </section>
  );
}
