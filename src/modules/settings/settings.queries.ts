import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { rows as rowsOf } from '../../db/rows';
import type { AppContext } from '../../server/context';
import { isId } from '../../server/ids';
import { requireStaff, type Actor } from '../auth/actor';
import { defaultSettings, settingsSchema, settingsSections, type Settings } from './settings.schemas';

type Overrides = Record<string, unknown> | null | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Layers overrides key by key. Organization and team `settings` columns are free-form JSON, so a
// value that does not pass the key's schema is skipped rather than trusted.
function overlay(base: Settings, overrides: Overrides): Settings {
  if (!isObject(overrides)) return base;
  const result = structuredClone(base) as Record<string, Record<string, unknown>>;
  for (const section of settingsSections) {
    const given = overrides[section];
    if (!isObject(given)) continue;
    const shape = settingsSchema.shape[section].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
    for (const [key, value] of Object.entries(given)) {
      if (shape[key]?.safeParse(value).success) result[section][key] = value;
    }
  }
  return result as unknown as Settings;
}

/**
 * The settings in force for a ticket's scope. Precedence, most specific first: the organization's
 * `settings`, then the team's, then the global settings (GET|PATCH /api/v1/settings), then the
 * defaults. The customer's contract is the most specific agreement, so it beats the team's habit.
 * Each key is resolved on its own: an organization naming only `resolvedAutoCloseAfter` keeps the
 * team's or global value for every other key; an explicit `null` turns a rule off for that scope.
 */
export async function resolveSettings(
  db: Executor,
  scope: { organizationId?: string | null; teamId?: string | null } = {},
): Promise<Settings> {
  const organizationId = scope.organizationId && isId(scope.organizationId) ? scope.organizationId : null;
  const teamId = scope.teamId && isId(scope.teamId) ? scope.teamId : null;
  const [row] = await rowsOf<{ global: Overrides; team: Overrides; organization: Overrides }>(
    db,
    sql`SELECT
      (SELECT jsonb_object_agg(s.key, s.value) FROM settings s
        WHERE s.key IN (${sql.join(settingsSections.map((k) => sql`${k}`), sql`, `)})) AS global,
      (SELECT t.settings FROM teams t WHERE t.id = ${teamId}::uuid) AS team,
      (SELECT o.settings FROM organizations o WHERE o.id = ${organizationId}::uuid) AS organization`,
  );
  return overlay(overlay(overlay(defaultSettings, row?.global), row?.team), row?.organization);
}

/** The global settings, for staff. */
export async function getSettings(ctx: AppContext, input: { actor: Actor }): Promise<Settings> {
  requireStaff(input.actor);
  return resolveSettings(ctx.db);
}
