import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/api/types';
import { useTeamAgents, useTeams } from '../../shared/api/directory';
import { useSession } from '../../shared/auth/session';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../shared/format/dates';
import { FormError } from '../../shared/ui/states';
import { useUpdateTicket } from './use-update-ticket';

const statuses = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'] as const;
const priorities = ['low', 'medium', 'high', 'urgent'] as const;

/** Status, priority, severity, team (transfer, R21), assignee, level 2 with ETA (R18). */
export function TicketControls({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation('agent');
  const me = useSession().data!;
  const update = useUpdateTicket(ticket.id);
  const teams = useTeams();
  const agents = useTeamAgents(ticket.teamId);
  const [eta, setEta] = useState(toLocalInput(ticket.eta));
  const change = (changes: Record<string, unknown>) => update.mutate(changes);
  const staff = (agents.data ?? []).filter((p) => p.role !== 'customer' && p.active);

  return (
    <section className="card controls" aria-labelledby="controls-title">
      <h2 id="controls-title">{t('side.ticket')}</h2>
      <div className="field">
        <label htmlFor="c-status">{t('fields.status')}</label>
        <select id="c-status" value={ticket.status} onChange={(e) => change({ status: e.target.value })}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`common:status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="c-priority">{t('fields.priority')}</label>
          <select id="c-priority" value={ticket.priority} onChange={(e) => change({ priority: e.target.value })}>
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t(`common:priority.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="c-severity">{t('fields.severity')}</label>
          <select id="c-severity" value={ticket.severity ?? ''} onChange={(e) => change({ severity: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('common:none')}</option>
            {[1, 2, 3].map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="c-team">{t('fields.teamId')}</label>
        <select id="c-team" value={ticket.teamId ?? ''} onChange={(e) => change({ teamId: e.target.value })}>
          {!ticket.teamId && <option value="">{t('common:none')}</option>}
          {(teams.data ?? []).map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="c-assignee">{t('fields.assigneeId')}</label>
        <div className="row" style={{ flexWrap: 'nowrap' }}>
          <select id="c-assignee" value={ticket.assigneeId ?? ''} onChange={(e) => change({ assigneeId: e.target.value || null })}>
            <option value="">{t('controls.unassigned')}</option>
            {staff.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {ticket.assigneeId && !staff.some((p) => p.id === ticket.assigneeId) && <option value={ticket.assigneeId}>…</option>}
          </select>
          {ticket.assigneeId !== me.id && (
            <button type="button" onClick={() => change({ assigneeId: me.id })} style={{ whiteSpace: 'nowrap' }}>
              {t('controls.takeIt')}
            </button>
          )}
        </div>
      </div>
      <fieldset className="field">
        <legend className="small" style={{ fontSize: '0.95rem' }}>
          {t('controls.level2')}
        </legend>
        <label className="row" style={{ fontWeight: 400, flexWrap: 'nowrap', alignItems: 'flex-start' }}>
          <input type="checkbox" checked={ticket.level === 2} onChange={(e) => change({ level: e.target.checked ? 2 : 1 })} />
          {t('controls.escalate')}
        </label>
        <label htmlFor="c-eta">{t('fields.eta')}</label>
        <div className="row">
          <input id="c-eta" type="datetime-local" value={eta} onChange={(e) => setEta(e.target.value)} />
          <button type="button" onClick={() => change({ eta: fromLocalInput(eta) })} disabled={eta === toLocalInput(ticket.eta)}>
            {t('common:save')}
          </button>
        </div>
        {ticket.eta && <p className="hint small muted">{t('controls.etaToldCustomer', { eta: formatDateTime(ticket.eta) })}</p>}
      </fieldset>
      {update.isPending && <p className="small muted" role="status">{t('common:saving')}</p>}
      <FormError error={update.error} />
    </section>
  );
}
