import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { teams, templates } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { Tx } from '../../../db/connection';
import { invalidateTemplates } from '../template-set';
import type { CreateTemplate, UpdateTemplate } from '../template.schemas';

async function checkTeam(tx: Tx, teamId: string | null | undefined) {
  if (!teamId) return;
  const [row] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!row) throw new AppError('unprocessable', 'team_not_found', 'The team does not exist.', { teamId });
}

/** Adds a greeting, signature, acknowledgement or canned reply (R27). */
export async function createTemplate(ctx: AppContext, input: { actor: Actor; data: CreateTemplate }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    await checkTeam(tx, input.data.teamId);
    const [created] = await tx
      .insert(templates)
      .values({ id: newId(), ...input.data, subject: input.data.subject ?? null, language: input.data.language ?? null, teamId: input.data.teamId ?? null, channel: input.data.channel ?? null, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'template.created', entityType: 'template', entityId: created.id, changes: input.data, at: now });
    return created;
  });
  invalidateTemplates(ctx);
  return row;
}

/** Changes a template. */
export async function updateTemplate(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateTemplate }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('template');
  const now = ctx.clock.now();
  const row = await ctx.db.transaction(async (tx) => {
    await checkTeam(tx, input.data.teamId);
    const [updated] = await tx.update(templates).set({ ...input.data, updatedAt: now }).where(eq(templates.id, input.id)).returning();
    if (!updated) throw notFound('template');
    await recordAudit(tx, { actorId: input.actor.id, action: 'template.updated', entityType: 'template', entityId: input.id, changes: input.data, at: now });
    return updated;
  });
  invalidateTemplates(ctx);
  return row;
}

/** Removes a template. */
export async function deleteTemplate(ctx: AppContext, input: { actor: Actor; id: string }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('template');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [gone] = await tx.delete(templates).where(eq(templates.id, input.id)).returning({ id: templates.id });
    if (!gone) throw notFound('template');
    await recordAudit(tx, { actorId: input.actor.id, action: 'template.deleted', entityType: 'template', entityId: input.id, at: now });
  });
  invalidateTemplates(ctx);
}
