import type { ActionType, AutomationRuleBody, ConditionField, ConditionOp, RuleAction, RuleCondition } from '../../shared/api/admin-channel-types';
import type { Option } from '../ui/options';

// The structured rule editor works on rows of strings (what form inputs hold); these functions turn
// rows into the API's conditions and actions and back. A stored rule the rows cannot express (a
// value that is an object, a list where one value belongs) opens in the JSON editor instead.

export interface ConditionRow {
  key: number;
  field: ConditionField;
  op: ConditionOp;
  /** The value of eq, contains, matches…; a comma list for in/not_in on a text field. */
  value: string;
  /** The picked options of in/not_in on a field with fixed choices. */
  values: string[];
}

export interface ActionRow {
  key: number;
  type: ActionType;
  value: string;
}

/** How a field's value is entered: free text, one of fixed options, or yes/no. */
export type FieldKind = { kind: 'text' } | { kind: 'choice'; options: Option[]; numeric: boolean } | { kind: 'yesno' };

export const opsFor = (kind: FieldKind): ConditionOp[] =>
  kind.kind === 'text'
    ? ['eq', 'neq', 'contains', 'not_contains', 'matches', 'in', 'not_in', 'changed']
    : kind.kind === 'choice'
      ? ['eq', 'neq', 'in', 'not_in', 'changed']
      : ['eq'];

export const isListOp = (op: ConditionOp) => op === 'in' || op === 'not_in';

/** The property of each action that carries its one parameter. */
export const actionParam: Record<ActionType, string> = {
  set_priority: 'priority',
  set_team: 'teamId',
  assign: 'assigneeId',
  set_level: 'level',
  set_status: 'status',
  add_note: 'body',
  notify_team: 'message',
};

let nextKey = 1;
/** A React key for a new row; rows keep theirs while others are added or removed above them. */
export const rowKey = () => nextKey++;

const splitList = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/** A condition row as the API's condition. */
export function toCondition(row: ConditionRow, kind: FieldKind): RuleCondition {
  if (row.op === 'changed') return { field: row.field, op: row.op };
  const cast = (v: string): unknown => (kind.kind === 'choice' && kind.numeric ? Number(v) : kind.kind === 'yesno' ? v === 'true' : v);
  if (isListOp(row.op)) return { field: row.field, op: row.op, value: (kind.kind === 'choice' ? row.values : splitList(row.value)).map(cast) };
  return { field: row.field, op: row.op, value: cast(row.value) };
}

const scalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The API's condition as a row, or null when the form cannot show it faithfully. */
export function toConditionRow(condition: RuleCondition, kind: FieldKind): ConditionRow | null {
  const row: ConditionRow = { key: rowKey(), field: condition.field, op: condition.op, value: '', values: [] };
  if (!opsFor(kind).includes(condition.op)) return null;
  if (condition.op === 'changed') return row;
  if (isListOp(condition.op)) {
    if (!Array.isArray(condition.value) || !condition.value.every(scalar)) return null;
    const list = condition.value.map(String);
    return kind.kind === 'choice' ? { ...row, values: list } : { ...row, value: list.join(', ') };
  }
  if (!scalar(condition.value)) return null;
  return { ...row, value: String(condition.value) };
}

/** An action row as the API's action. */
export function toAction(row: ActionRow): RuleAction {
  const param = actionParam[row.type];
  return { type: row.type, [param]: row.type === 'set_level' ? Number(row.value) : row.value } as RuleAction;
}

/** The API's action as a row, or null for an action the form does not know. */
export function toActionRow(action: RuleAction): ActionRow | null {
  const param = actionParam[action.type as ActionType];
  if (!param) return null;
  const value = (action as unknown as Record<string, unknown>)[param];
  return scalar(value) ? { key: rowKey(), type: action.type, value: String(value) } : null;
}

/** Problems the form can see before asking the server: a missing value, a regular expression that does not compile. */
export function checkConditionRow(row: ConditionRow, kind: FieldKind): 'needsValue' | 'badPattern' | null {
  if (row.op === 'changed') return null;
  if (isListOp(row.op) ? (kind.kind === 'choice' ? row.values.length === 0 : splitList(row.value).length === 0) : row.value.trim() === '') return 'needsValue';
  if (row.op === 'matches') {
    try {
      new RegExp(row.value, 'iu');
    } catch {
      return 'badPattern';
    }
  }
  return null;
}

/** Errors of a failed save, by where they belong: a field of the rule, a condition row, an action row. */
export interface PlacedErrors {
  fields: Record<string, string>;
  conditions: Record<number, string>;
  actions: Record<number, string>;
  other: string[];
}

export const noErrors = (): PlacedErrors => ({ fields: {}, conditions: {}, actions: {}, other: [] });

/** Places the server's validation issues (`details.issues: [{path: "body.actions.0.teamId", message}]`). */
export function placeIssues(issues: Array<{ path: string; message: string }>): PlacedErrors {
  const placed = noErrors();
  for (const { path, message } of issues) {
    const [, top, index, ...rest] = path.split('.');
    const text = rest.length ? `${rest.join('.')}: ${message}` : message;
    if ((top === 'conditions' || top === 'actions') && index !== undefined && /^\d+$/.test(index)) placed[top][Number(index)] = text;
    else if (top && !index) placed.fields[top] = message;
    else placed.other.push(`${path}: ${message}`);
  }
  return placed;
}

export type { AutomationRuleBody };
