import type { AppContext } from '../../../server/context';
import { people } from '../../../db/schema/index';
import { newId } from '../../../server/ids';
import { requireAdmin, type Actor } from '../../auth/actor';
import { hashPassword } from '../../auth/passwords';
import { recordAudit } from '../../audit/record-audit';
import { recordEvent } from '../../../events/record-event';
import type { CreatePerson } from '../person.schemas';
import { assertOrganization, assertPhoneFree, saveEmails, saveTeams } from './save-memberships';
import { findPerson } from '../person.queries';

/** Adds a customer, agent or admin, with their emails, teams and an optional password. */
export async function createPerson(ctx: AppContext, input: { actor: Actor; data: CreatePerson }) {
  requireAdmin(input.actor);
  const { data } = input;
  const now = ctx.clock.now();
  const passwordHash = data.password ? await hashPassword(data.password) : null;
  const id = newId();
  const person = await ctx.db.transaction(async (tx) => {
    await assertOrganization(tx, data.organizationId);
    await assertPhoneFree(tx, id, data.phone);
    await tx.insert(people).values({
      id,
      name: data.name,
      role: data.role,
      organizationId: data.organizationId ?? null,
      languages: data.languages ?? [],
      phone: data.phone ?? null,
      passwordHash,
      createdAt: now,
      updatedAt: now,
    });
    await saveEmails(tx, id, data.email, data.emails ?? []);
    if (data.teamIds) await saveTeams(tx, id, data.teamIds);
    const { password: _secret, ...visible } = data;
    await recordEvent(tx, { type: 'people.created', actorId: input.actor.id, data: { personId: id, role: data.role }, at: now });
    await recordAudit(tx, { actorId: input.actor.id, action: 'person.created', entityType: 'person', entityId: id, changes: visible, at: now });
    return (await findPerson(tx, id))!;
  });
  ctx.events.kick();
  return person;
}
