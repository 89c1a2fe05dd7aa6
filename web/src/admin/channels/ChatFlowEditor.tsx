import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../shared/api/client';
import type { ChannelSettings, ChatFlowView } from '../../shared/api/admin-channel-types';
import type { Category } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { ErrorState, FormError, Loading } from '../../shared/ui/states';
import { useAdminList } from '../ui/use-admin-list';

/**
 * The chat bot's intake flow per category (R4, R13-R15, R41), through GET|PUT /chat-flows/:key.
 * A flow is a short list of steps whose shape the server documents and checks; the editor is JSON
 * with the server's complaints listed under it, path by path.
 */
export function ChatFlowEditor({ stored }: { stored: ChannelSettings['chat']['flows'] }) {
  const { t } = useTranslation('admin');
  const categories = useAdminList<Category>('categories', '/categories');
  const [key, setKey] = useState('default');
  const storedKeys = new Set(stored.map((f) => f.key));
  const options = [
    { value: 'default', label: t('channelSettings.defaultFlow') },
    ...(categories.data ?? []).map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <div className="card" aria-labelledby="flows-title">
      <h2 id="flows-title">{t('channelSettings.flows')}</h2>
      <p className="muted small">{t('channelSettings.flowsHint')}</p>
      <div className="field">
        <label htmlFor="flow-key">{t('channelSettings.flowFor')}</label>
        <select id="flow-key" value={key} onChange={(e) => setKey(e.target.value)} style={{ width: 'auto' }}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {storedKeys.has(o.value) ? `${o.label} · ${t('channelSettings.custom')}` : o.label}
            </option>
          ))}
        </select>
      </div>
      <FlowForm key={key} flowKey={key} />
    </div>
  );
}

function FlowForm({ flowKey }: { flowKey: string }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const flow = useQuery({ queryKey: ['list', 'chat-flows', flowKey], queryFn: ({ signal }) => api<ChatFlowView>(`/chat-flows/${flowKey}`, { signal }) });
  const [text, setText] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: unknown) => api<ChatFlowView>(`/chat-flows/${flowKey}`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      client.setQueryData(['list', 'chat-flows', flowKey], saved);
      setText(null);
      void client.invalidateQueries({ queryKey: ['list', 'admin-channels'] });
    },
  });
  const [problem, setProblem] = useState<unknown>(null);
  if (flow.isPending) return <Loading />;
  if (flow.isError) return <ErrorState error={flow.error} retry={() => void flow.refetch()} />;
  const shown = text ?? JSON.stringify(flow.data.flow, null, 2);
  const issues = save.error instanceof ApiError ? ((save.error.details.issues as Array<{ path: string; message: string }> | undefined) ?? []) : [];
  const submit = () => {
    setProblem(null);
    try {
      save.mutate(JSON.parse(shown));
    } catch {
      setProblem(new Error(t('rules.badJson')));
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="small">
        {flow.data.isDefault ? (
          <span className="badge neutral">{t('channelSettings.builtIn')}</span>
        ) : (
          <span className="badge ok">{t('channelSettings.savedAt', { at: formatDateTime(flow.data.updatedAt) })}</span>
        )}
      </p>
      <div className="field">
        <label htmlFor="flow-json">{t('channelSettings.flowJson')}</label>
        <textarea id="flow-json" value={shown} onChange={(e) => setText(e.target.value)} rows={16} spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </div>
      {issues.length > 0 && (
        <ul className="form-error">
          {issues.map((i) => (
            <li key={i.path + i.message}>
              <code>{i.path.replace(/^body\.?/, '') || '—'}</code>: {i.message}
            </li>
          ))}
        </ul>
      )}
      <FormError error={problem ?? save.error} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : t('channelSettings.saveFlow')}
        </button>
        {save.isSuccess && <span role="status">{t('common:saved')}</span>}
      </div>
    </form>
  );
}
