import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import type { ChannelSettings, MailboxStatus } from '../../shared/api/admin-channel-types';
import { formatDateTime } from '../../shared/format/dates';
import { ErrorState, Loading } from '../../shared/ui/states';
import { DataTable } from '../ui/DataTable';
import { ChatFlowEditor } from '../channels/ChatFlowEditor';

const channelsKey = ['list', 'admin-channels'];

/**
 * Channel settings: how email and chat are set up. Email lives in environment variables, so the page
 * shows it (secrets masked by the server) and says where to change it; what the database keeps —
 * the chat auto-close wait and the intake flows per category — is edited here.
 */
export function ChannelsPage() {
  const { t } = useTranslation('admin');
  const channels = useQuery({ queryKey: channelsKey, queryFn: ({ signal }) => api<ChannelSettings>('/admin/channels', { signal }) });
  if (channels.isPending) return <Loading />;
  if (channels.isError) return <ErrorState error={channels.error} retry={() => void channels.refetch()} />;
  const { email, chat } = channels.data;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.channels')}</h1>
      <p className="muted">{t('intro.channels')}</p>
      <div className="channel-grid">
        <EmailCard email={email} />
        <WidgetCard chat={chat} />
      </div>
      <MailboxesCard mailboxes={email.mailboxes} pollSeconds={email.pollSeconds} />
      <ChatHoursCard chat={chat} />
      <ChatFlowEditor stored={chat.flows} />
    </section>
  );
}

const yesNo = (value: boolean, yes: string, no: string, good = true) => <span className={`badge ${value === good ? 'ok' : 'warning'}`}>{value ? yes : no}</span>;

function EmailCard({ email }: { email: ChannelSettings['email'] }) {
  const { t } = useTranslation('admin');
  const { inbound, outbound } = email;
  return (
    <div className="card" aria-labelledby="email-title">
      <h2 id="email-title">{t('channelSettings.email')}</h2>
      <dl className="facts">
        <dt>{t('channelSettings.supportAddress')}</dt>
        <dd data-testid="support-address">{email.supportAddress}</dd>
        <dt>{t('channelSettings.senderName')}</dt>
        <dd>{email.senderName}</dd>
        <dt>{t('channelSettings.inbound')}</dt>
        <dd data-testid="inbound-status">
          {yesNo(inbound.listening, t('channelSettings.listening', { port: inbound.port }), t('channelSettings.notListening'))}
        </dd>
        <dt>{t('channelSettings.acceptDomains')}</dt>
        <dd>{inbound.acceptDomains.includes('*') ? t('channelSettings.anyDomain') : inbound.acceptDomains.join(', ')}</dd>
        <dt>{t('channelSettings.smtpAuth')}</dt>
        <dd>{inbound.authRequired ? t('common:yes') : t('common:no')}</dd>
        <dt>STARTTLS</dt>
        <dd>{inbound.starttls ? t('common:yes') : t('common:no')}</dd>
        <dt>{t('channelSettings.maxSize')}</dt>
        <dd>{Math.round(inbound.maxBytes / (1024 * 1024))} MB</dd>
        <dt>{t('channelSettings.rateLimit')}</dt>
        <dd>{t('channelSettings.perHour', { count: inbound.rateLimitPerHour })}</dd>
        <dt>{t('channelSettings.outbound')}</dt>
        <dd data-testid="outbound-status">
          {outbound.mode === 'smtp' ? (
            <>
              <span className="badge ok">{t('channelSettings.smtp')}</span> <code className="small">{outbound.server}</code>
            </>
          ) : (
            <span className="badge warning">{t('channelSettings.outboxOnly')}</span>
          )}
        </dd>
        <dt>{t('channelSettings.maxAttempts')}</dt>
        <dd>{outbound.maxAttempts}</dd>
      </dl>
      <p className="hint small">{t('channelSettings.envHint')}</p>
    </div>
  );
}

function pollState(m: MailboxStatus, t: (key: string, options?: Record<string, unknown>) => string) {
  if (!m.lastPolledAt) return <span className="badge neutral">{t('channelSettings.notPolledYet')}</span>;
  const failing = m.lastErrorAt !== null && (m.lastSuccessAt === null || m.lastErrorAt > m.lastSuccessAt);
  if (failing) {
    return (
      <>
        <span className="badge breached">{t('channelSettings.failing', { at: formatDateTime(m.lastErrorAt) })}</span>
        <div className="small">{m.lastError}</div>
      </>
    );
  }
  return <span className="badge ok">{t('channelSettings.polledOk', { at: formatDateTime(m.lastSuccessAt) })}</span>;
}

function MailboxesCard({ mailboxes, pollSeconds }: { mailboxes: MailboxStatus[]; pollSeconds: number }) {
  const { t } = useTranslation('admin');
  return (
    <div className="card" aria-labelledby="imap-title">
      <h2 id="imap-title">{t('channelSettings.mailboxes')}</h2>
      <p className="muted small">{t('channelSettings.mailboxesHint', { seconds: pollSeconds })}</p>
      {mailboxes.length === 0 ? (
        <p data-testid="no-mailboxes">{t('channelSettings.noMailboxes')}</p>
      ) : (
        <DataTable
          rows={mailboxes.map((m) => ({ ...m, id: m.label }))}
          caption={t('channelSettings.mailboxes')}
          columns={[
            { header: t('channelSettings.server'), cell: (m) => `${m.secure ? 'imaps' : 'imap'}://${m.host}:${m.port}` },
            { header: t('channelSettings.user'), cell: (m) => m.user },
            { header: t('fields.password'), cell: (m) => <code>{m.password || '—'}</code> },
            { header: t('channelSettings.folder'), cell: (m) => (m.moveTo ? `${m.folder} → ${m.moveTo}` : m.folder) },
            { header: t('channelSettings.lastPoll'), cell: (m) => pollState(m, t) },
          ]}
        />
      )}
    </div>
  );
}

function WidgetCard({ chat }: { chat: ChannelSettings['chat'] }) {
  const { t } = useTranslation('admin');
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(chat.widget.embedSnippet).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div className="card" aria-labelledby="chat-title">
      <h2 id="chat-title">{t('channelSettings.chat')}</h2>
      <p className="small">{t('channelSettings.embed')}</p>
      <pre className="snippet" data-testid="embed-snippet">
        {chat.widget.embedSnippet}
      </pre>
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          {t('channelSettings.copy')}
        </button>
        {copied && <span role="status">{t('channelSettings.copied')}</span>}
      </div>
      <dl className="facts" style={{ marginTop: '0.75rem' }}>
        <dt>{t('channelSettings.identitySecret')}</dt>
        <dd data-testid="identity-secret">{yesNo(chat.widget.identitySecretSet, t('channelSettings.secretSet'), t('channelSettings.secretNotSet'))}</dd>
        <dt>{t('channelSettings.bundle')}</dt>
        <dd>{yesNo(chat.widget.bundleBuilt, t('channelSettings.built'), t('channelSettings.notBuilt'))}</dd>
        <dt>{t('channelSettings.entitled')}</dt>
        <dd>{t('channelSettings.entitledCount', { withChat: chat.entitlements.withChat, organizations: chat.entitlements.organizations, withoutContract: chat.entitlements.withoutContract })}</dd>
      </dl>
      <p className="hint small">{t('channelSettings.identityHint')}</p>
      <AutoCloseForm current={chat.autoCloseAfter} />
    </div>
  );
}

/** The chat auto-close wait is the lifecycle setting pendingAutoCloseAfter (R40), edited through PATCH /settings. */
function AutoCloseForm({ current }: { current: string }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [value, setValue] = useState(current);
  const submit = useMutation({
    mutationFn: () => api('/settings', { method: 'PATCH', body: { lifecycle: { pendingAutoCloseAfter: value.trim() || null } } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: channelsKey });
      void client.invalidateQueries({ queryKey: ['list', 'settings'] });
    },
  });
  return (
    <form
      className="field"
      onSubmit={(e) => {
        e.preventDefault();
        submit.mutate();
      }}
    >
      <label htmlFor="chat-auto-close">{t('channelSettings.autoClose')}</label>
      <div className="row">
        <input id="chat-auto-close" value={value} onChange={(e) => setValue(e.target.value)} style={{ width: '10rem' }} autoComplete="off" />
        <button type="submit" disabled={submit.isPending}>
          {submit.isPending ? t('common:saving') : t('common:save')}
        </button>
        {submit.isSuccess && <span role="status">{t('common:saved')}</span>}
      </div>
      <p className="hint">{t('channelSettings.autoCloseHint')}</p>
      {submit.error && (
        <p className="error" role="alert">
          {submit.error.message}
        </p>
      )}
    </form>
  );
}

function ChatHoursCard({ chat }: { chat: ChannelSettings['chat'] }) {
  const { t } = useTranslation('admin');
  return (
    <div className="card" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('channelSettings.hours')}</h2>
      <p className="muted small">{t('channelSettings.hoursHint')}</p>
      <DataTable
        rows={chat.hours.map((h) => ({ ...h, id: h.teamId }))}
        caption={t('channelSettings.hours')}
        columns={[
          { header: t('fields.team'), cell: (h) => (h.triage ? `${h.teamName} (${t('fields.triage')})` : h.teamName) },
          { header: t('fields.calendar'), cell: (h) => h.calendarName ?? t('hints.calendarTime') },
          { header: t('channelSettings.now'), cell: (h) => yesNo(h.openNow, t('channelSettings.open'), t('channelSettings.closed')) },
        ]}
      />
    </div>
  );
}
