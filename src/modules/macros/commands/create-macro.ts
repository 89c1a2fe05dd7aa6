import type { AppContext } from '../../../server/context';
import { macros } from '../../../db/schema/index';
import { newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { CreateMacro } from '../macro.schemas';
import type { MacroRecord } from '../macro.queries';
import { checkMacroTargets, duplicateName } from './check-macro-targets';

/** Adds a macro that every agent may then apply (admin; audited like other admin changes). */
export async function createMacro(ctx: AppContext, input: { actor: Actor; data: CreateMacro }): Promise<MacroRecord> {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const { data } = input;
  try {
    return await ctx.db.transaction(async (tx) => {
      await checkMacroTargets(tx, data.changes);
      const [created] = await tx
        .insert(macros)
        .values({
          id: newId(),
          name: data.name,
          description: data.description ?? null,
          body: data.body ?? null,
          internal: data.internal,
          changes: data.changes,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await recordAudit(tx, { actorId: input.actor.id, action: 'macro.created', entityType: 'macro', entityId: created.id, changes: data, at: now });
      return created;
    });
  } catch (err) {
    throw duplicateName(err, data.name);
  }
}
