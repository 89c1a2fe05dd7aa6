import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { people } from '../../../db/schema/index';
import { notFound } from '../../../server/app-error';
import { requireAdmin, type Actor } from '../../auth/actor';
import { hashPassword } from '../../auth/passwords';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import { invalidateActorCache } from '../../auth/resolve-actor';
import type { UpdatePerson } from '../person.schemas';
import { assertOrganization, assertPhoneFree, saveEmails, saveTeams } from './save-memberships';
import { findPerson } from '../person.queries';

/** Changes a person: profile, role, emails, teams, password or whether they may sign in. */
export async function updatePerson(ctx: AppContext, input: { actor: Actor; id: string; data: UpdatePerson }) {
  requireAdmin(input.actor);
  const { data } = input;
  const now = ctx.clock.now();
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  const person = await ctx.db.transaction(async (tx) => {
    const current = await findPerson(tx, input.id);
    if (!current) throw notFound('person');
    if (data.organizationId !== undefined) await assertOrganization(tx, data.organizationId);
    await assertPhoneFree(tx, input.id, data.phone);
    await tx
      .update(people)
      .set({
        name: data.name,
        role: data.role,
        organizationId: data.organizationId,
        languages: data.languages,
        phone: data.phone,
        active: data.active,
        passwordHash,
        updatedAt: now,
      })
      .where(eq(people.id, input.id));
    if (data.email !== undefined || data.emails !== undefined) {
      const primary = data.email ?? current.emails[0];
      const others = data.emails ?? current.emails.slice(1);
      await saveEmails(tx, input.id, primary, others);
    }
    if (data.teamIds) await saveTeams(tx, input.id, data.teamIds);
    const { password, ...visible } = data;
    const changes = { ...visible, ...(password ? { password: 'changed' } : {}) };
    await recordEvent(tx, { type: 'people.updated', actorId: input.actor.id, data: { personId: input.id, changes: Object.keys(changes) }, at: now });
    await recordAudit(tx, { actorId: input.actor.id, action: 'person.updated', entityType: 'person', entityId: input.id, changes, at: now });
    return (await findPerson(tx, input.id))!;
  });
  invalidateActorCache();
  ctx.events.kick();
  return person;
}
