import type { RuleCondition } from './automation-rule.schemas';

/** What conditions are checked against: the ticket's fields plus a few about the triggering message. */
export type RuleFacts = Record<string, unknown>;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).toLowerCase();

function holds(condition: RuleCondition, facts: RuleFacts, changed: string[]): boolean {
  const actual = facts[condition.field];
  const { value } = condition;
  switch (condition.op) {
    case 'eq':
      return actual === value || (typeof actual === 'string' && typeof value === 'string' && text(actual) === text(value));
    case 'neq':
      return !(actual === value || (typeof actual === 'string' && typeof value === 'string' && text(actual) === text(value)));
    case 'in':
      return Array.isArray(value) && value.some((v) => v === actual || text(v) === text(actual));
    case 'not_in':
      return Array.isArray(value) && !value.some((v) => v === actual || text(v) === text(actual));
    case 'contains':
      return (Array.isArray(value) ? value : [value]).some((v) => text(actual).includes(text(v)));
    case 'not_contains':
      return !(Array.isArray(value) ? value : [value]).some((v) => text(actual).includes(text(v)));
    case 'matches':
      try {
        return new RegExp(String(value), 'iu').test(String(actual ?? ''));
      } catch {
        return false;
      }
    case 'changed':
      return changed.includes(condition.field);
  }
}

/** Whether every condition holds (no conditions: always). */
export function conditionsHold(conditions: RuleCondition[], facts: RuleFacts, changed: string[] = []): boolean {
  return conditions.every((c) => holds(c, facts, changed));
}
