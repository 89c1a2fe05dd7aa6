import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { apiTokens, people } from '../../../db/schema/index';
import { AppError, notFound } from '../../../server/app-error';
import { hashSecret, isId, newId, newSecret } from '../../../server/ids';
import { requireAdmin, type Actor } from '../actor';
import { recordAudit } from '../../audit/record-audit';
import { invalidateActorCache } from '../resolve-actor';

/** Issues an API token that acts as a person; the token is shown once and only its hash kept. */
export async function createApiToken(ctx: AppContext, input: { actor: Actor; personId: string; name: string }) {
  requireAdmin(input.actor);
  const now = ctx.clock.now();
  const token = newSecret('atd_');
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
    if (!person) throw notFound('person');
    await tx.insert(apiTokens).values({ id, personId: input.personId, name: input.name, tokenHash: hashSecret(token), createdAt: now });
    await recordAudit(tx, { actorId: input.actor.id, action: 'api_token.created', entityType: 'api_token', entityId: id, changes: { personId: input.personId, name: input.name }, at: now });
  });
  return { id, token, personId: input.personId, name: input.name, createdAt: now };
}

/** Lists tokens (never their values). */
export async function listApiTokens(ctx: AppContext, input: { actor: Actor }) {
  requireAdmin(input.actor);
  return ctx.db
    .select({ id: apiTokens.id, personId: apiTokens.personId, name: apiTokens.name, createdAt: apiTokens.createdAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .orderBy(apiTokens.createdAt);
}

/** Revokes a token at once. */
export async function revokeApiToken(ctx: AppContext, input: { actor: Actor; id: string }) {
  requireAdmin(input.actor);
  const gone = () => new AppError('not_found', 'api_token_not_found', 'No active API token has this id.');
  // An id that is not a UUID names no token; checking first avoids a database cast error (500).
  if (!isId(input.id)) throw gone();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, input.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    if (!row) throw gone();
    await recordAudit(tx, { actorId: input.actor.id, action: 'api_token.revoked', entityType: 'api_token', entityId: input.id, at: now });
  });
  invalidateActorCache();
}
