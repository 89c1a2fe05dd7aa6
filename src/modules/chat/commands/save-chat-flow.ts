import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { chatFlows } from '../../../db/schema/index';
import { rows } from '../../../db/rows';
import { AppError } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { ChatFlow } from '../bot/flow.schemas';

/** The key a flow is stored under: "default", or a category id that must exist. */
export async function assertFlowKey(ctx: AppContext, key: string): Promise<void> {
  if (key === 'default') return;
  const found = isId(key) ? await rows(ctx.db, sql`SELECT 1 FROM categories WHERE id = ${key}`) : [];
  if (!found.length) throw new AppError('not_found', 'category_not_found', 'No category has this id; use "default" for the desk-wide flow.', { categoryId: key });
}

/**
 * Stores the intake flow of a category, or the desk's default (R13-R15, R41). It applies from the
 * next answer on: a chat mid-intake continues with the new flow at its next unanswered step.
 */
export async function saveChatFlow(ctx: AppContext, input: { actor: Actor; key: string; flow: ChatFlow }) {
  requireAdmin(input.actor);
  await assertFlowKey(ctx, input.key);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(chatFlows)
      .values({ key: input.key, flow: input.flow as unknown as Record<string, unknown>, updatedAt: now })
      .onConflictDoUpdate({ target: chatFlows.key, set: { flow: input.flow as unknown as Record<string, unknown>, updatedAt: now } })
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'chat_flow.saved', entityType: 'chat_flow', entityId: input.key, changes: { flow: input.flow }, at: now });
    return row;
  });
}
