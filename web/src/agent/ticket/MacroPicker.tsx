import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { keys } from '../../shared/api/keys';
import { useTeams } from '../../shared/api/directory';
import type { Ticket } from '../../shared/api/types';
import type { AppliedMacro, Macro, MacroChanges } from '../../shared/api/macro-types';
import { useSession } from '../../shared/auth/session';
import { FormError } from '../../shared/ui/states';
import { PersonName } from '../PersonName';
import { fill } from './TemplatePicker';

const macrosKey = keys.list('macros');

/** The macros agents may apply, fetched when the picker is first opened. */
export function MacroPicker({ onPick }: { onPick: (macro: Macro) => void }) {
  const { t } = useTranslation('agent');
  const [open, setOpen] = useState(false);
  const macros = useQuery({
    queryKey: macrosKey,
    queryFn: ({ signal }) => api<{ items: Macro[] }>('/macros', { signal }).then((r) => r.items),
    enabled: open,
    staleTime: 5 * 60_000,
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('macros.open')}
      </button>
    );
  }
  const items = macros.data ?? [];
  return (
    <>
      <label htmlFor="macro-pick" className="visually-hidden">
        {t('macros.open')}
      </label>
      <select
        id="macro-pick"
        style={{ width: 'auto' }}
        value=""
        onChange={(e) => {
          const macro = items.find((m) => m.id === e.target.value);
          if (macro) onPick(macro);
        }}
      >
        <option value="">{macros.isPending ? t('common:loading') : items.length ? t('macros.pick') : t('macros.none')}</option>
        {items.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </>
  );
}

function ChangeValue({ field, value }: { field: keyof MacroChanges; value: unknown }) {
  const { t } = useTranslation('agent');
  const teams = useTeams(field === 'teamId');
  if (value === null || value === undefined) return <em>{t('common:none')}</em>;
  if (field === 'status') return <>{t(`common:status.${value}`)}</>;
  if (field === 'priority') return <>{t(`common:priority.${value}`)}</>;
  if (field === 'severity') return <>{t(`severity.${value}`, { defaultValue: String(value) })}</>;
  if (field === 'teamId') return <>{teams.data?.find((team) => team.id === value)?.name ?? '…'}</>;
  if (field === 'assigneeId') return value === 'me' ? <>{t('macros.me')}</> : <PersonName id={String(value)} />;
  return <>{String(value)}</>;
}

/**
 * What a picked macro will do — the text as the customer will read it, the fields it sets — and
 * "Apply": one request, applied whole or not at all by the server.
 */
export function MacroConfirm({ ticket, macro, onDone }: { ticket: Ticket; macro: Macro; onDone: (applied: boolean) => void }) {
  const { t } = useTranslation('agent');
  const me = useSession().data;
  const client = useQueryClient();
  const apply = useMutation({
    mutationFn: () => api<AppliedMacro>(`/tickets/${ticket.id}/macros/${macro.id}/apply`, { method: 'POST', body: {} }),
    onSuccess: (applied) => {
      client.setQueryData(keys.ticket(ticket.id), applied.ticket);
      void client.invalidateQueries({ queryKey: keys.ticket(ticket.id) });
      void client.invalidateQueries({ queryKey: keys.allTickets });
      onDone(true);
    },
  });
  const changes = Object.entries(macro.changes) as Array<[keyof MacroChanges, unknown]>;
  const preview = macro.body && fill(macro.body, { 'ticket.number': String(ticket.number), 'ticket.subject': ticket.subject, 'agent.name': me?.name ?? '' });
  return (
    <div className="card" role="group" aria-labelledby="macro-confirm-title" data-testid="macro-confirm" style={{ margin: '0.5rem 0' }}>
      <h3 id="macro-confirm-title">{t('macros.confirmTitle', { name: macro.name })}</h3>
      {macro.description && <p className="small muted">{macro.description}</p>}
      {preview && (
        <>
          <p className="small">{macro.internal ? t('macros.note') : t('macros.reply')}</p>
          <blockquote className={`small${macro.internal ? ' internal-mode' : ''}`} style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0 0.5rem' }}>
            {preview}
          </blockquote>
        </>
      )}
      {changes.length > 0 && (
        <p className="small">
          {t('macros.changes')}{' '}
          {changes.map(([field, value], i) => (
            <span key={field}>
              {i > 0 && '; '}
              {t(`fields.${field}`, { defaultValue: field })}: <ChangeValue field={field} value={value} />
            </span>
          ))}
        </p>
      )}
      <FormError error={apply.error} />
      <div className="row">
        <button type="button" className="primary" onClick={() => apply.mutate()} disabled={apply.isPending}>
          {apply.isPending ? t('macros.applying') : t('macros.apply')}
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={apply.isPending}>
          {t('common:cancel')}
        </button>
      </div>
    </div>
  );
}
