import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { people, personEmails, sessions } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { hashSecret, newSecret } from '../../../server/ids';
import { verifyPassword } from '../passwords';
import { recordEvent } from '../../../events/record-event';

/** Opens a session for an email and password; the same answer for an unknown email or a wrong password. */
export async function signIn(ctx: AppContext, input: { email: string; password: string }): Promise<{ sessionToken: string; personId: string; expiresAt: Date }> {
  const [row] = await ctx.db
    .select({ id: people.id, passwordHash: people.passwordHash })
    .from(personEmails)
    .innerJoin(people, and(eq(people.id, personEmails.personId), eq(people.active, true)))
    .where(eq(personEmails.email, input.email.trim().toLowerCase()));
  const ok = await verifyPassword(row?.passwordHash ?? null, input.password);
  if (!row || !ok) throw new AppError('unauthenticated', 'invalid_credentials', 'The email or password is wrong.');
  return openSession(ctx, row.id, 'password');
}

/** Creates a session row and returns the cookie value (only its hash is stored). */
export async function openSession(ctx: AppContext, personId: string, method: string) {
  const sessionToken = newSecret();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * 3600_000);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: hashSecret(sessionToken), personId, createdAt: now, expiresAt });
    await recordEvent(tx, { type: 'auth.signed_in', actorId: personId, data: { method }, at: now });
  });
  return { sessionToken, personId, expiresAt };
}

/** Ends a session. */
export async function signOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashSecret(sessionToken)));
}
