import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import type { Tx } from '../../../db/connection';
import { categories, teams } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { isId, newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import type { CreateCategory, UpdateCategory } from '../category.schemas';

async function checkTeam(tx: Tx, teamId: string | undefined) {
  if (!teamId) return;
  const [row] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!row) throw new AppError('unprocessable', 'team_not_found', 'The team does not exist.', { teamId });
}

// A parent must exist and must not be the category itself or one of its descendants.
async function checkParent(tx: Tx, id: string | null, parentId: string | null | undefined) {
  let cursor = parentId ?? null;
  for (let depth = 0; cursor; depth++) {
    if (cursor === id || depth > 20) throw new AppError('unprocessable', 'category_cycle', 'A category cannot sit under itself.');
    const [row] = await tx.select({ parentId: categories.parentId }).from(categories).where(eq(categories.id, cursor));
    if (!row) throw new AppError('unprocessable', 'parent_not_found', 'The parent category does not exist.', { parentId });
    cursor = row.parentId;
  }
}

/** Adds a product, document or topic to the category tree, owned by a team. */
export async function createCategory(ctx: AppContext, input: { actor: Actor; data: CreateCategory }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const { data } = input;
  return ctx.db.transaction(async (tx) => {
    await checkTeam(tx, data.teamId);
    await checkParent(tx, null, data.parentId);
    const [row] = await tx
      .insert(categories)
      .values({ id: newId(), name: data.name, parentId: data.parentId ?? null, teamId: data.teamId, asksEnvironment: data.asksEnvironment, intakeFields: data.intakeFields, createdAt: now, updatedAt: now })
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'category.created', entityType: 'category', entityId: row.id, changes: data, at: now });
    return row;
  });
}

/** Changes a category: name, place in the tree, owning team, intake questions. */
export async function updateCategory(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateCategory }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('category');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await checkTeam(tx, input.data.teamId);
    if (input.data.parentId !== undefined) await checkParent(tx, input.id, input.data.parentId);
    const [row] = await tx.update(categories).set({ ...input.data, updatedAt: now }).where(eq(categories.id, input.id)).returning();
    if (!row) throw notFound('category');
    await recordAudit(tx, { actorId: input.actor.id, action: 'category.updated', entityType: 'category', entityId: row.id, changes: input.data, at: now });
    return row;
  });
}
