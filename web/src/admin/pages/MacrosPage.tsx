import { useTranslation } from 'react-i18next';
import type { Person } from '../../shared/api/types';
import type { Macro, MacroChanges } from '../../shared/api/macro-types';
import { CrudPage } from '../ui/CrudPage';
import type { Values } from '../ui/EntityForm';
import { useAdminList, useRemove } from '../ui/use-admin-list';
import { useDirectoryOptions } from '../ui/options';

const statuses = ['open', 'pending', 'on_hold', 'resolved', 'closed'] as const;
const priorities = ['low', 'medium', 'high', 'urgent'] as const;
// "No assignee" needs a value of its own: the empty choice means "leave the assignee alone".
const UNASSIGN = 'none';

const text = (v: Values[string] | undefined) => (typeof v === 'string' ? v.trim() : '');

/** The form's selects as the API's `changes`: an empty select changes nothing. */
function changesOf(v: Values): MacroChanges {
  const changes: MacroChanges = {};
  if (text(v.status)) changes.status = text(v.status) as MacroChanges['status'];
  if (text(v.priority)) changes.priority = text(v.priority) as MacroChanges['priority'];
  if (text(v.severity)) changes.severity = Number(text(v.severity));
  if (text(v.teamId)) changes.teamId = text(v.teamId);
  if (text(v.assigneeId)) changes.assigneeId = text(v.assigneeId) === UNASSIGN ? null : text(v.assigneeId);
  if (text(v.level)) changes.level = Number(text(v.level));
  return changes;
}

/** Macros (issue 5): a reply or note plus field changes that agents apply from the composer. */
export function MacrosPage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  const agents = useAdminList<Person>('people', '/people', { role: 'agent' });
  const remove = useRemove('macros', '/macros');
  const assignees = [
    { value: 'me', label: t('macros.me') },
    { value: UNASSIGN, label: t('macros.unassign') },
    ...(agents.data ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  const describe = (m: Macro) =>
    [
      m.body ? (m.internal ? t('macros.note') : t('macros.reply')) : null,
      m.changes.status ? `${t('fields.status')}: ${t(`common:status.${m.changes.status}`)}` : null,
      m.changes.priority ? `${t('macros.priority')}: ${t(`common:priority.${m.changes.priority}`)}` : null,
      m.changes.severity !== undefined ? `${t('macros.severity')}: ${m.changes.severity ?? '—'}` : null,
      m.changes.teamId ? `${t('macros.team')}: ${options.nameOf(m.changes.teamId)}` : null,
      m.changes.assigneeId !== undefined ? `${t('macros.assignee')}: ${assignees.find((a) => a.value === (m.changes.assigneeId ?? UNASSIGN))?.label ?? '…'}` : null,
      m.changes.level ? `${t('macros.level')}: ${m.changes.level}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <CrudPage<Macro>
      resource="macros"
      path="/macros"
      title={t('nav.macros')}
      intro={<p className="muted">{t('intro.macros')}</p>}
      columns={[
        { header: t('fields.name'), cell: (x) => x.name },
        { header: t('macros.does'), cell: describe },
      ]}
      fields={() => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'description', label: t('macros.description') },
        { name: 'body', label: t('macros.body'), type: 'textarea' },
        { name: 'internal', label: t('macros.internal'), type: 'checkbox' },
        { name: 'status', label: t('macros.status'), type: 'select', options: statuses.map((s) => ({ value: s, label: t(`common:status.${s}`) })) },
        { name: 'priority', label: t('macros.priority'), type: 'select', options: priorities.map((p) => ({ value: p, label: t(`common:priority.${p}`) })) },
        { name: 'severity', label: t('macros.severity'), type: 'select', options: ['1', '2', '3'].map((s) => ({ value: s, label: s })) },
        { name: 'teamId', label: t('macros.team'), type: 'select', options: options.teams },
        { name: 'assigneeId', label: t('macros.assignee'), type: 'select', options: assignees },
        { name: 'level', label: t('macros.level'), type: 'select', options: ['1', '2'].map((l) => ({ value: l, label: l })) },
      ]}
      initial={(x) => ({
        name: x?.name ?? '',
        description: x?.description ?? '',
        body: x?.body ?? '',
        internal: x?.internal ?? false,
        status: x?.changes.status ?? '',
        priority: x?.changes.priority ?? '',
        severity: x?.changes.severity ? String(x.changes.severity) : '',
        teamId: x?.changes.teamId ?? '',
        assigneeId: x?.changes.assigneeId === null ? UNASSIGN : (x?.changes.assigneeId ?? ''),
        level: x?.changes.level ? String(x.changes.level) : '',
      })}
      toBody={(v) => ({
        name: text(v.name),
        description: text(v.description) || null,
        body: text(v.body) || null,
        internal: v.internal === true,
        changes: changesOf(v),
      })}
      extraActions={(x) => (
        <button type="button" className="danger" onClick={() => window.confirm(t('form.confirmDelete', { name: x.name })) && remove.mutate(x.id)} disabled={remove.isPending}>
          {t('form.delete')}
        </button>
      )}
    />
  );
}
