import { useTranslation } from 'react-i18next';
import type { SlaPolicy, SlaTarget } from '../../shared/api/types';
import { CrudPage } from '../ui/CrudPage';
import { splitList, type FieldSpec, type Values } from '../ui/EntityForm';
import { useDirectoryOptions } from '../ui/options';
import { useRemove } from '../ui/use-admin-list';

const targetNames = ['firstResponse', 'nextResponse', 'resolution', 'callback'] as const;
const units = ['minutes', 'hours', 'businessDays', 'calendarDays'] as const;
const priorities = ['low', 'medium', 'high', 'urgent'];
const channels = ['web', 'email', 'chat', 'whatsapp', 'phone', 'api'];

const asList = (v: unknown): string[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

function targetValues(target: SlaTarget | undefined, name: string): Values {
  const unit = units.find((u) => target?.[u] !== undefined) ?? 'hours';
  return {
    [`${name}.amount`]: target?.[unit] !== undefined ? String(target[unit]) : '',
    [`${name}.unit`]: unit,
    [`${name}.calendarId`]: target?.calendarId ?? '',
  };
}

function targetBody(v: Values, name: string): SlaTarget | undefined {
  const amount = String(v[`${name}.amount`] ?? '').trim();
  if (!amount) return undefined;
  const unit = v[`${name}.unit`] as (typeof units)[number];
  const calendarId = v[`${name}.calendarId`] as string;
  return { [unit]: unit === 'hours' ? Number(amount) : Math.round(Number(amount)), ...(calendarId ? { calendarId } : {}) };
}

/** SLA policies: the first active one (by position) whose conditions match a ticket applies. */
export function SlaPoliciesPage() {
  const { t } = useTranslation('admin');
  const options = useDirectoryOptions();
  const remove = useRemove('sla-policies', '/sla-policies');
  const describeTarget = (target: SlaTarget | undefined) => {
    if (!target) return '—';
    const unit = units.find((u) => target[u] !== undefined)!;
    return `${target[unit]} ${t(`units.${unit}`)}${target.calendarId ? ` (${options.nameOf(target.calendarId)})` : ''}`;
  };
  const targetFields: FieldSpec[] = targetNames.flatMap((name) => [
    { name: `${name}.amount`, label: `${t(`targets.${name}`)}: ${t('fields.amount')}`, type: 'number' as const },
    { name: `${name}.unit`, label: t('fields.unit'), type: 'select' as const, required: true, options: units.map((u) => ({ value: u, label: t(`units.${u}`) })) },
    { name: `${name}.calendarId`, label: t('fields.calendar'), type: 'select' as const, options: options.calendars },
  ]);
  return (
    <CrudPage<SlaPolicy>
      resource="sla-policies"
      path="/sla-policies"
      title={t('nav.sla')}
      intro={<p className="muted">{t('intro.sla')}</p>}
      arrange={(rows) => [...rows].sort((a, b) => a.position - b.position)}
      columns={[
        { header: t('fields.position'), cell: (p) => p.position },
        { header: t('fields.name'), cell: (p) => p.name },
        { header: t('fields.conditions'), cell: (p) => <code className="small">{JSON.stringify(p.conditions)}</code> },
        ...targetNames.slice(0, 3).map((name) => ({ header: t(`targets.${name}`), cell: (p: SlaPolicy) => describeTarget(p.targets[name]) })),
        { header: t('fields.active'), cell: (p) => (p.active ? t('common:yes') : t('common:no')) },
      ]}
      fields={() => [
        { name: 'name', label: t('fields.name'), required: true },
        { name: 'position', label: t('fields.position'), type: 'number', required: true },
        { name: 'active', label: t('fields.active'), type: 'checkbox' },
        { name: 'plan', label: t('fields.plans'), hint: t('hints.commaList') },
        { name: 'teamId', label: t('fields.team'), type: 'select', options: options.teams },
        { name: 'priority', label: t('fields.priorities'), type: 'checkboxes', options: priorities.map((p) => ({ value: p, label: t(`common:priority.${p}`) })) },
        { name: 'severity', label: t('fields.severities'), type: 'checkboxes', options: ['1', '2', '3'].map((s) => ({ value: s, label: s })) },
        { name: 'channel', label: t('fields.channels'), type: 'checkboxes', options: channels.map((c) => ({ value: c, label: c })) },
        ...targetFields,
      ]}
      initial={(p) => ({
        name: p?.name ?? '',
        position: String(p?.position ?? 10),
        active: p?.active ?? true,
        plan: asList(p?.conditions.plan).join(', '),
        teamId: asList(p?.conditions.teamId)[0] ?? '',
        priority: asList(p?.conditions.priority),
        severity: asList(p?.conditions.severity),
        channel: asList(p?.conditions.channel),
        ...Object.assign({}, ...targetNames.map((name) => targetValues(p?.targets[name], name))),
      })}
      toBody={(v) => {
        const conditions: Record<string, unknown> = {};
        const plans = splitList(v.plan);
        if (plans.length) conditions.plan = plans;
        if (v.teamId) conditions.teamId = v.teamId;
        if ((v.priority as string[]).length) conditions.priority = v.priority;
        if ((v.severity as string[]).length) conditions.severity = (v.severity as string[]).map(Number);
        if ((v.channel as string[]).length) conditions.channel = v.channel;
        const targets: Record<string, SlaTarget> = {};
        for (const name of targetNames) {
          const target = targetBody(v, name);
          if (target) targets[name] = target;
        }
        return { name: v.name, position: Number(v.position), active: v.active === true, conditions, targets };
      }}
      extraActions={(p) => (
        <button type="button" className="danger" onClick={() => window.confirm(t('form.confirmDelete', { name: p.name })) && remove.mutate(p.id)} disabled={remove.isPending}>
          {t('form.delete')}
        </button>
      )}
    />
  );
}
