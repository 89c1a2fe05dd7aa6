import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { Tx } from '../../../db/connection';
import { calendars, slaPolicies } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { invalidateSlaConfig } from '../sla-config';
import type { CreateSlaPolicy, SlaTargets, UpdateSlaPolicy } from '../sla-policy.schemas';

// A target may only count on a calendar that exists.
async function checkCalendars(tx: Tx, targets: SlaTargets | undefined) {
  const ids = [...new Set(Object.values(targets ?? {}).map((t) => t?.calendarId).filter((id): id is string => !!id && id !== 'team'))];
  if (!ids.length) return;
  const found = await tx.select({ id: calendars.id }).from(calendars).where(inArray(calendars.id, ids));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw new AppError('unprocessable', 'calendar_not_found', 'A target names a calendar that does not exist.', { calendarIds: missing });
}

const optionsOf = (data: Pick<CreateSlaPolicy, 'pauseOn' | 'warnAtPercent' | 'escalation'>, current: Record<string, unknown> = {}) => ({
  ...current,
  ...(data.pauseOn !== undefined ? { pauseOn: data.pauseOn } : {}),
  ...(data.warnAtPercent !== undefined ? { warnAtPercent: data.warnAtPercent } : {}),
  ...(data.escalation !== undefined ? { escalation: data.escalation } : {}),
});

/** Adds an SLA policy; the first active policy by position whose conditions match applies. */
export async function createSlaPolicy(ctx: AppContext, input: { actor: Actor; data: CreateSlaPolicy }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const { data } = input;
  const row = await ctx.db.transaction(async (tx) => {
    await checkCalendars(tx, data.targets);
    const [created] = await tx
      .insert(slaPolicies)
      .values({ id: newId(), name: data.name, position: data.position, conditions: data.conditions, targets: data.targets, options: optionsOf(data), active: data.active ?? true, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'sla_policy.created', entityType: 'sla_policy', entityId: created.id, changes: data, at: now });
    return created;
  });
  invalidateSlaConfig(ctx);
  return row;
}

/** Changes an SLA policy; tickets pick it up when they are next matched (new or re-triaged). */
export async function updateSlaPolicy(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateSlaPolicy }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('sla_policy');
  const now = ctx.clock.now();
  const { data } = input;
  const row = await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(slaPolicies).where(eq(slaPolicies.id, input.id)).for('update');
    if (!current) throw notFound('sla_policy');
    await checkCalendars(tx, data.targets);
    const [updated] = await tx
      .update(slaPolicies)
      .set({ name: data.name, position: data.position, conditions: data.conditions, targets: data.targets, active: data.active, options: optionsOf(data, current.options), updatedAt: now })
      .where(eq(slaPolicies.id, input.id))
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'sla_policy.updated', entityType: 'sla_policy', entityId: input.id, changes: data, at: now });
    return updated;
  });
  invalidateSlaConfig(ctx);
  return row;
}

/** Removes an SLA policy; tickets keep the dues they have. */
export async function deleteSlaPolicy(ctx: AppContext, input: { actor: Actor; id: string }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('sla_policy');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx.delete(slaPolicies).where(eq(slaPolicies.id, input.id)).returning({ id: slaPolicies.id });
    if (!gone) throw notFound('sla_policy');
    await recordAudit(tx, { actorId: input.actor.id, action: 'sla_policy.deleted', entityType: 'sla_policy', entityId: input.id, at: now });
  });
  invalidateSlaConfig(ctx);
}
