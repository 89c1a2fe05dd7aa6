import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { macros } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { UpdateMacro } from '../macro.schemas';
import { findMacro, type MacroRecord } from '../macro.queries';
import { checkMacroTargets, duplicateName } from './check-macro-targets';

/** Changes a macro; `changes` replaces the field changes as a whole. */
export async function updateMacro(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateMacro }): Promise<MacroRecord> {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const { data } = input;
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await findMacro(tx, input.id);
      if (!current) throw notFound('macro');
      const next = { ...current, ...data };
      // The same rule as on create: a macro that does nothing is a mistake (the table checks it too).
      if (!next.body && Object.keys(next.changes).length === 0) {
        throw new AppError('unprocessable', 'macro_does_nothing', 'Give the macro a text or at least one field change.');
      }
      if (data.changes) await checkMacroTargets(tx, data.changes);
      const [updated] = await tx.update(macros).set({ ...data, updatedAt: now }).where(eq(macros.id, current.id)).returning();
      await recordAudit(tx, { actorId: input.actor.id, action: 'macro.updated', entityType: 'macro', entityId: current.id, changes: data, at: now });
      return updated;
    });
  } catch (err) {
    throw duplicateName(err, data.name);
  }
}
