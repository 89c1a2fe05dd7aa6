import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { organizations } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { isId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { assertCalendar } from './assert-calendar';
import type { UpdateOrganization } from '../organization.schemas';

/** Changes a customer company; entitlements merge with the current ones. */
export async function updateOrganization(ctx: AppContext, input: { actor: Actor; id: string; data: UpdateOrganization }) {
  requireAdmin(input.actor);
  if (!isId(input.id)) throw notFound('organization');
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.id, input.id)).for('update');
    if (!current) throw notFound('organization');
    await assertCalendar(tx, input.data.calendarId);
    const { entitlements, ...rest } = input.data;
    const [row] = await tx
      .update(organizations)
      .set({ ...rest, ...(entitlements ? { entitlements: { ...current.entitlements, ...entitlements } } : {}), updatedAt: now })
      .where(eq(organizations.id, input.id))
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'organization.updated', entityType: 'organization', entityId: row.id, changes: input.data, at: now });
    return row;
  });
}
