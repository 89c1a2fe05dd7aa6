import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Tx } from '../../../db/connection';
import { organizations, people, personEmails, teamMembers, teams } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';

/** Replaces a person's further emails; an address owned by someone else is a conflict. */
export async function saveEmails(tx: Tx, personId: string, primary: string, others: string[]): Promise<void> {
  const all = [primary, ...others.filter((e) => e !== primary)];
  const taken = await tx
    .select({ email: personEmails.email, personId: personEmails.personId })
    .from(personEmails)
    .where(inArray(personEmails.email, all));
  const clash = taken.find((t) => t.personId !== personId);
  if (clash) throw new AppError('conflict', 'email_taken', `The email ${clash.email} belongs to another person.`, { email: clash.email });
  await tx.delete(personEmails).where(eq(personEmails.personId, personId));
  await tx.insert(personEmails).values(all.map((email, i) => ({ email, personId, isPrimary: i === 0 })));
}

/** Replaces a person's team memberships; every team must exist. */
export async function saveTeams(tx: Tx, personId: string, teamIds: string[]): Promise<void> {
  const unique = [...new Set(teamIds)];
  if (unique.length) {
    const found = await tx.select({ id: teams.id }).from(teams).where(inArray(teams.id, unique));
    const missing = unique.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw new AppError('unprocessable', 'team_not_found', 'A named team does not exist.', { teamIds: missing });
  }
  await tx.delete(teamMembers).where(eq(teamMembers.personId, personId));
  if (unique.length) await tx.insert(teamMembers).values(unique.map((teamId) => ({ teamId, personId })));
}

/** Checks that an organization exists before a person is put in it. */
export async function assertOrganization(tx: Tx, organizationId: string | null | undefined): Promise<void> {
  if (!organizationId) return;
  const [row] = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId));
  if (!row) throw new AppError('unprocessable', 'organization_not_found', 'The organization does not exist.', { organizationId });
}

/** A phone number identifies a WhatsApp sender, so it belongs to one person (409 instead of the index's 500). */
export async function assertPhoneFree(tx: Tx, personId: string, phone: string | null | undefined): Promise<void> {
  if (!phone) return;
  const [owner] = await tx.select({ id: people.id }).from(people).where(and(eq(people.phone, phone), ne(people.id, personId)));
  if (owner) throw new AppError('conflict', 'phone_taken', `The phone number ${phone} belongs to another person.`, { phone });
}
