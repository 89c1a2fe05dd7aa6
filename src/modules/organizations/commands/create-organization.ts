import type { AppContext } from '../../../server/context';
import { organizations } from '../../../db/schema/index';
import { newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { assertCalendar } from './assert-calendar';
import type { CreateOrganization } from '../organization.schemas';

/** Registers a customer company with its plan, contract and channel entitlements. */
export async function createOrganization(ctx: AppContext, input: { actor: Actor; data: CreateOrganization }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const { data } = input;
  return ctx.db.transaction(async (tx) => {
    await assertCalendar(tx, data.calendarId);
    const [row] = await tx
      .insert(organizations)
      .values({
        id: newId(),
        name: data.name,
        plan: data.plan ?? null,
        contractActive: data.contractActive,
        entitlements: data.entitlements,
        language: data.language ?? null,
        calendarId: data.calendarId ?? null,
        settings: data.settings ?? {},
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, { actorId: input.actor.id, action: 'organization.created', entityType: 'organization', entityId: row.id, changes: data, at: now });
    return row;
  });
}
