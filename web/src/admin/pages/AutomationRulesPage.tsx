import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import type { AutomationRule } from '../../shared/api/admin-channel-types';
import { ErrorState, FormError, Loading } from '../../shared/ui/states';
import { DataTable } from '../ui/DataTable';
import { useAdminList, useRemove } from '../ui/use-admin-list';
import { RuleEditor } from '../automation/RuleEditor';
import { useRuleChoices } from '../automation/rule-choices';

const resource = 'automation-rules';
const path = '/automation-rules';

/** Running order: the engine runs a event's active rules by position, then by age. */
const byRunningOrder = (a: AutomationRule, b: AutomationRule) => a.position - b.position || a.createdAt.localeCompare(b.createdAt);

/**
 * Automation rules: when an event happens and every condition holds, the actions run (e.g. "a new
 * ticket from a Premium customer goes to level 2"). Listed in running order; moving a rule renumbers
 * the list in steps of 10 so there is room to slot one in later.
 */
export function AutomationRulesPage() {
  const { t } = useTranslation('admin');
  const list = useAdminList<AutomationRule>(resource, path);
  const remove = useRemove(resource, path);
  const choices = useRuleChoices();
  const client = useQueryClient();
  const [editing, setEditing] = useState<AutomationRule | null | undefined>(undefined);
  const patch = useMutation({
    mutationFn: (changes: Array<{ id: string; body: Partial<AutomationRule> }>) =>
      Promise.all(changes.map(({ id, body }) => api<AutomationRule>(`${path}/${id}`, { method: 'PATCH', body }))),
    onSettled: () => void client.invalidateQueries({ queryKey: ['list', resource] }),
  });
  const rules = [...(list.data ?? [])].sort(byRunningOrder);

  const move = (index: number, by: -1 | 1) => {
    const order = [...rules];
    const [rule] = order.splice(index, 1);
    order.splice(index + by, 0, rule);
    const changes = order.map((r, i) => ({ id: r.id, position: (i + 1) * 10, was: r.position })).filter((c) => c.position !== c.was);
    patch.mutate(changes.map((c) => ({ id: c.id, body: { position: c.position } })));
  };

  return (
    <section aria-labelledby="page-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="page-title">{t('nav.automations')}</h1>
        {editing === undefined && (
          <button type="button" className="primary" onClick={() => setEditing(null)}>
            {t('form.new')}
          </button>
        )}
      </div>
      <p className="muted">{t('intro.automations')}</p>
      {editing !== undefined && (
        <RuleEditor
          key={editing?.id ?? 'new'}
          rule={editing}
          nextPosition={rules.length ? Math.max(...rules.map((r) => r.position)) + 10 : 10}
          onDone={() => setEditing(undefined)}
        />
      )}
      <FormError error={patch.error ?? remove.error} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <DataTable
          rows={rules}
          caption={t('nav.automations')}
          columns={[
            { header: t('fields.position'), cell: (r) => r.position },
            { header: t('fields.name'), cell: (r) => r.name },
            { header: t('rules.event'), cell: (r) => t(`rules.events.${r.event}`) },
            {
              header: t('rules.when'),
              cell: (r) =>
                r.conditions.length ? (
                  <ul className="plain small">{r.conditions.map((c, i) => <li key={i}>{choices.describeCondition(c)}</li>)}</ul>
                ) : (
                  <span className="muted small">{t('rules.always')}</span>
                ),
            },
            { header: t('rules.then'), cell: (r) => <ul className="plain small">{r.actions.map((a, i) => <li key={i}>{choices.describeAction(a)}</li>)}</ul> },
            {
              header: t('fields.active'),
              cell: (r) => <span className={`badge ${r.active ? 'ok' : 'neutral'}`}>{r.active ? t('rules.on') : t('rules.off')}</span>,
            },
          ]}
          actions={(r) => {
            const index = rules.indexOf(r);
            return (
              <div className="row">
                <button type="button" onClick={() => move(index, -1)} disabled={index === 0 || patch.isPending} aria-label={t('rules.moveUp', { name: r.name })} title={t('rules.moveUp', { name: r.name })}>
                  ↑
                </button>
                <button type="button" onClick={() => move(index, 1)} disabled={index === rules.length - 1 || patch.isPending} aria-label={t('rules.moveDown', { name: r.name })} title={t('rules.moveDown', { name: r.name })}>
                  ↓
                </button>
                <button type="button" onClick={() => setEditing(r)}>
                  {t('form.editShort')}
                </button>
                <button type="button" onClick={() => patch.mutate([{ id: r.id, body: { active: !r.active } }])} disabled={patch.isPending}>
                  {r.active ? t('rules.disable') : t('rules.enable')}
                </button>
                <button type="button" className="danger" onClick={() => window.confirm(t('form.confirmDelete', { name: r.name })) && remove.mutate(r.id)} disabled={remove.isPending}>
                  {t('form.delete')}
                </button>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
