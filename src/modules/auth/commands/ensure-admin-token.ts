import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { apiTokens, people, personEmails } from '../../../db/schema/index';
import { hashSecret, newId } from '../../../server/ids';

const BOOTSTRAP_EMAIL = 'admin-token@atende.invalid';

/**
 * Makes ATENDE_ADMIN_TOKEN a working admin API token, creating its admin on first start. Idempotent
 * and safe when several processes start together (conflicts are ignored).
 */
export async function ensureAdminToken(ctx: AppContext, token: string): Promise<void> {
  const tokenHash = hashSecret(token);
  const [existing] = await ctx.db.select({ id: apiTokens.id }).from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  if (existing) return;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [owner] = await tx.select({ id: personEmails.personId }).from(personEmails).where(eq(personEmails.email, BOOTSTRAP_EMAIL));
    let personId = owner?.id;
    if (!personId) {
      personId = newId();
      await tx.insert(people).values({ id: personId, name: 'Administrator (API)', role: 'admin', languages: ['en'], createdAt: now, updatedAt: now });
      await tx.insert(personEmails).values({ email: BOOTSTRAP_EMAIL, personId, isPrimary: true });
    }
    await tx
      .insert(apiTokens)
      .values({ id: newId(), personId, name: 'ATENDE_ADMIN_TOKEN', tokenHash, createdAt: now })
      .onConflictDoNothing();
  });
}
