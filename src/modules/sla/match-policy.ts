import type { SlaPolicy } from './sla-config';

/** What a policy's conditions are matched against. */
export interface TicketFacts {
  plan: string | null;
  priority: string;
  severity: number | null;
  channel: string;
  /** The ticket's category and all its ancestors, nearest first. */
  categoryPath: string[];
  teamId: string | null;
  organizationId: string | null;
}

const matches = (wanted: unknown, actual: unknown): boolean =>
  wanted === undefined || (Array.isArray(wanted) ? wanted.includes(actual) : wanted === actual);

// Plans are names people type ("Premium", "premium"): compare them without case.
const matchesPlan = (wanted: string | string[] | undefined, plan: string | null): boolean => {
  if (wanted === undefined) return true;
  const p = plan?.toLowerCase() ?? null;
  return (Array.isArray(wanted) ? wanted : [wanted]).some((w) => w.toLowerCase() === p);
};

/** The first policy, by position, whose every condition matches the ticket; null when none does. */
export function matchPolicy(policies: SlaPolicy[], facts: TicketFacts): SlaPolicy | null {
  for (const policy of policies) {
    const c = policy.conditions;
    if (!matchesPlan(c.plan, facts.plan)) continue;
    if (!matches(c.priority, facts.priority)) continue;
    if (!matches(c.severity, facts.severity)) continue;
    if (!matches(c.channel, facts.channel)) continue;
    if (!matches(c.teamId, facts.teamId)) continue;
    if (!matches(c.organizationId, facts.organizationId)) continue;
    if (c.categoryId !== undefined) {
      const wanted = Array.isArray(c.categoryId) ? c.categoryId : [c.categoryId];
      if (!facts.categoryPath.some((id) => wanted.includes(id))) continue;
    }
    return policy;
  }
  return null;
}
