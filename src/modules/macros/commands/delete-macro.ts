import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { macros } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';

/** Removes a macro; tickets it was applied to keep their history (the event names it). */
export async function deleteMacro(ctx: AppContext, input: { actor: Actor; id: string }): Promise<void> {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('macro');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx.delete(macros).where(eq(macros.id, input.id)).returning({ id: macros.id, name: macros.name });
    if (!gone) throw notFound('macro');
    await recordAudit(tx, { actorId: input.actor.id, action: 'macro.deleted', entityType: 'macro', entityId: input.id, changes: { name: gone.name }, at: now });
  });
}
