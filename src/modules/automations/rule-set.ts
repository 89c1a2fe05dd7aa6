import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { automationRules } from '../../db/schema/index';

type Rule = typeof automationRules.$inferSelect;

// Every committed event asks for its rules; a short-lived snapshot per database keeps that from
// costing a query per event. Changes in this process clear it; other processes see them within 1 s.
const TTL_MS = 1000;
const snapshots = new WeakMap<object, { rules: Rule[]; until: number }>();

/** Forgets the snapshot after a rule changes. */
export function invalidateRules(ctx: AppContext): void {
  snapshots.delete(ctx.database);
}

/** The active rules in running order. */
export async function loadActiveRules(ctx: AppContext): Promise<Rule[]> {
  const now = performance.now();
  const hit = snapshots.get(ctx.database);
  if (hit && hit.until > now) return hit.rules;
  const rules = await ctx.db
    .select()
    .from(automationRules)
    .where(and(eq(automationRules.active, true)))
    .orderBy(asc(automationRules.position), asc(automationRules.createdAt));
  snapshots.set(ctx.database, { rules, until: now + TTL_MS });
  return rules;
}
