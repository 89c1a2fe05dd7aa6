import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { settings } from '../../../db/schema/index';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import { resolveSettings } from '../settings.queries';
import { settingsSections, type Settings, type SettingsPatch } from '../settings.schemas';

/**
 * Changes the global settings by deep merge: keys not named keep their value, `null` turns a rule
 * off. Only the keys an admin set are stored, so defaults not overridden follow future releases.
 */
export async function updateSettings(ctx: AppContext, input: { actor: Actor; data: SettingsPatch }): Promise<Settings> {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    for (const section of settingsSections) {
      const change = input.data[section];
      if (!change || Object.keys(change).length === 0) continue;
      // `||` merges inside the statement, so two admins changing different keys at once both win.
      await tx
        .insert(settings)
        .values({ key: section, value: change, updatedAt: now })
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: sql`${settings.value} || excluded.value`, updatedAt: now },
        });
    }
    await recordEvent(tx, { type: 'settings.updated', actorId: input.actor.id, data: { changes: input.data }, at: now });
    await recordAudit(tx, { actorId: input.actor.id, action: 'settings.updated', entityType: 'settings', entityId: 'global', changes: input.data, at: now });
    return resolveSettings(tx);
  });
  ctx.events.kick();
  return result;
}
