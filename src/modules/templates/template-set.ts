import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import type { AppContext } from '../../server/context';
import { templates, type TemplateKind } from '../../db/schema/index';

export type TemplateRow = typeof templates.$inferSelect;

// Every reply and new ticket picks templates; a short-lived snapshot per database keeps that off
// the hot path. Changes in this process clear it; other processes see them within the TTL.
const TTL_MS = 1000;
const snapshots = new WeakMap<object, { rows: TemplateRow[]; until: number }>();

/** Forgets the snapshot after a template changes. */
export function invalidateTemplates(ctx: AppContext): void {
  snapshots.delete(ctx.database);
}

/** All templates (a desk has dozens), from the snapshot when fresh; pass the transaction inside one. */
export async function loadTemplates(ctx: AppContext, db: Executor = ctx.db): Promise<TemplateRow[]> {
  const now = performance.now();
  const hit = snapshots.get(ctx.database);
  if (hit && hit.until > now) return hit.rows;
  const rows = await db.select().from(templates).orderBy(asc(templates.createdAt), asc(templates.id));
  snapshots.set(ctx.database, { rows, until: now + TTL_MS });
  return rows;
}

const sameLanguage = (a: string | null, b: string | null) => {
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.split('-')[0] === y.split('-')[0];
};

/**
 * The most specific template of a kind (API.md "Templates"): team and language, then team, then
 * language, then global. A template bound to a channel applies only there; an exact language beats
 * a same-language variant (pt-BR over pt).
 */
export function chooseTemplate(
  rows: TemplateRow[],
  kind: TemplateKind,
  scope: { teamId: string | null; language: string | null; channel?: string | null },
): TemplateRow | null {
  let best: TemplateRow | null = null;
  let bestScore = -1;
  for (const t of rows) {
    if (t.kind !== kind) continue;
    if (t.channel && t.channel !== scope.channel) continue;
    if (t.teamId && t.teamId !== scope.teamId) continue;
    if (t.language && !sameLanguage(t.language, scope.language)) continue;
    const exactLanguage = t.language && scope.language && t.language.toLowerCase() === scope.language.toLowerCase();
    const score = (t.teamId ? 8 : 0) + (t.language ? 4 : 0) + (exactLanguage ? 1 : 0) + (t.channel ? 2 : 0);
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  }
  return best;
}
