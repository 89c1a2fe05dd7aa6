import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { automationRules } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { CreateRule, UpdateRule } from '../automation-rule.schemas';
import { invalidateRules } from '../rule-set';

/** Adds an automation rule: when `event` happens and every condition holds, the actions run. */
export async function createAutomationRule(ctx: AppContext, input: { actor: Actor; data: CreateRule }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const created = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(automationRules).values({ id: newId(), ...input.data, createdAt: now, updatedAt: now }).returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'automation_rule.created', entityType: 'automation_rule', entityId: row.id, changes: input.data, at: now });
    return row;
  });
  invalidateRules(ctx);
  return created;
}

/** Changes an automation rule. */
export async function updateAutomationRule(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateRule }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('automation_rule');
  const now = ctx.clock.now();
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(automationRules).set({ ...input.data, updatedAt: now }).where(eq(automationRules.id, input.id)).returning();
    if (!row) throw notFound('automation_rule');
    await recordAudit(tx, { actorId: input.actor.id, action: 'automation_rule.updated', entityType: 'automation_rule', entityId: row.id, changes: input.data, at: now });
    return row;
  });
  invalidateRules(ctx);
  return updated;
}

/** Removes an automation rule. */
export async function deleteAutomationRule(ctx: AppContext, input: { actor: Actor; id: string }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('automation_rule');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx.delete(automationRules).where(eq(automationRules.id, input.id)).returning({ id: automationRules.id });
    if (!row) throw notFound('automation_rule');
    await recordAudit(tx, { actorId: input.actor.id, action: 'automation_rule.deleted', entityType: 'automation_rule', entityId: input.id, at: now });
  });
  invalidateRules(ctx);
}
