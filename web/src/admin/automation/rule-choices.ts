import { useTranslation } from 'react-i18next';
import type { ActionType, ConditionField, RuleAction, RuleCondition } from '../../shared/api/admin-channel-types';
import type { Category, Organization, Person, Team } from '../../shared/api/types';
import { languageOptions, type Option } from '../ui/options';
import { useAdminList } from '../ui/use-admin-list';
import { actionParam, isListOp, type FieldKind } from './rule-rows';

const statuses = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'];
const settableStatuses = ['open', 'pending', 'on_hold', 'resolved', 'closed'];
const priorities = ['low', 'medium', 'high', 'urgent'];
const channels = ['web', 'email', 'chat', 'whatsapp', 'phone', 'api'];
const availabilities = ['unavailable', 'partial', 'available'];
const environments = ['production', 'homologation'];
const roles = ['customer', 'agent', 'admin'];

export interface RuleChoices {
  kindOf(field: ConditionField): FieldKind;
  /** The options of an action's parameter; null when it is free text. */
  actionOptions(type: ActionType): Option[] | null;
  describeCondition(condition: RuleCondition): string;
  describeAction(action: RuleAction): string;
}

const named = (items: Array<{ id: string; name: string }> | undefined): Option[] => (items ?? []).map((i) => ({ value: i.id, label: i.name }));

/** What each condition field and action can take, with the desk's teams, categories, companies and agents as choices. */
export function useRuleChoices(): RuleChoices {
  const { t } = useTranslation('admin');
  const teams = named(useAdminList<Team>('teams', '/teams').data);
  const categories = named(useAdminList<Category>('categories', '/categories').data);
  const organizations = named(useAdminList<Organization>('organizations', '/organizations').data);
  const agents = named(useAdminList<Person>('people', '/people', { role: 'agent' }).data);
  const choice = (options: Option[], numeric = false): FieldKind => ({ kind: 'choice', options, numeric });
  const translated = (values: string[], prefix: string) => values.map((v) => ({ value: v, label: t(prefix + v) }));
  const priorityOptions = priorities.map((p) => ({ value: p, label: t(`common:priority.${p}`) }));

  const kinds: Partial<Record<ConditionField, FieldKind>> = {
    status: choice(translated(statuses, 'rules.statuses.')),
    priority: choice(priorityOptions),
    severity: choice(['1', '2', '3'].map((s) => ({ value: s, label: s })), true),
    availability: choice(translated(availabilities, 'availability.')),
    environment: choice(translated(environments, 'rules.environments.')),
    channel: choice(channels.map((c) => ({ value: c, label: c }))),
    categoryId: choice(categories),
    teamId: choice(teams),
    assigneeId: choice(agents),
    organizationId: choice(organizations),
    language: choice(languageOptions),
    level: choice(['1', '2'].map((l) => ({ value: l, label: l })), true),
    messageAuthorRole: choice(translated(roles, 'roles.')),
    messageInternal: { kind: 'yesno' },
  };
  const kindOf = (field: ConditionField): FieldKind => kinds[field] ?? { kind: 'text' };

  const actionOptions = (type: ActionType): Option[] | null => {
    if (type === 'set_priority') return priorityOptions;
    if (type === 'set_team') return teams;
    if (type === 'assign') return agents;
    if (type === 'set_level') return ['1', '2'].map((l) => ({ value: l, label: l }));
    if (type === 'set_status') return translated(settableStatuses, 'rules.statuses.');
    return null;
  };

  // Ids show as names; a value no longer among the choices (a deleted team) shows as it is.
  const labelOf = (options: Option[] | null, value: unknown) => options?.find((o) => o.value === String(value))?.label ?? String(value);
  const describeCondition = (c: RuleCondition): string => {
    const kind = kindOf(c.field);
    const options = kind.kind === 'choice' ? kind.options : null;
    const field = t(`rules.fields.${c.field}`);
    if (c.op === 'changed') return `${field} ${t('rules.ops.changed')}`;
    const value = kind.kind === 'yesno'
      ? (c.value ? t('common:yes') : t('common:no'))
      : isListOp(c.op) && Array.isArray(c.value)
        ? c.value.map((v) => labelOf(options, v)).join(', ')
        : typeof c.value === 'object' ? JSON.stringify(c.value) : labelOf(options, c.value);
    return `${field} ${t(`rules.ops.${c.op}`)} ${value}`;
  };
  const describeAction = (a: RuleAction): string => {
    const value = (a as unknown as Record<string, unknown>)[actionParam[a.type]];
    return `${t(`rules.actions.${a.type}`)}: ${labelOf(actionOptions(a.type), value)}`;
  };
  return { kindOf, actionOptions, describeCondition, describeAction };
}
