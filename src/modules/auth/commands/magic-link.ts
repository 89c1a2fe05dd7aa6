import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { magicLinks, notifications, people, personEmails } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { hashSecret, newId, newSecret } from '../../../server/ids';
import { recordEvent } from '../../../events/record-event';
import { openSession } from './sign-in';

const LINK_TTL_MS = 30 * 60_000;

/**
 * Sends a customer a one-time sign-in link through the notification outbox (R6, R10). Unknown
 * addresses get the same answer and nothing is sent, so the endpoint does not reveal who exists.
 */
export async function requestMagicLink(ctx: AppContext, input: { email: string }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const [person] = await ctx.db
    .select({ id: people.id, name: people.name })
    .from(personEmails)
    .innerJoin(people, and(eq(people.id, personEmails.personId), eq(people.active, true)))
    // Only customers sign in by link (API.md "Access"); staff keep their password, so a stolen
    // mailbox does not open an agent or admin account.
    .where(and(eq(personEmails.email, email), eq(people.role, 'customer')));
  if (!person) return;
  const token = newSecret();
  const now = ctx.clock.now();
  const link = `${ctx.config.PUBLIC_URL}/portal/sign-in?token=${token}`;
  await ctx.db.transaction(async (tx) => {
    await tx.insert(magicLinks).values({
      tokenHash: hashSecret(token),
      personId: person.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + LINK_TTL_MS),
    });
    const eventId = await recordEvent(tx, { type: 'auth.magic_link_requested', actorId: person.id, at: now });
    await tx.insert(notifications).values({
      id: newId(),
      eventId,
      channel: 'email',
      kind: 'magic_link',
      recipient: email,
      recipientId: person.id,
      subject: 'Your sign-in link',
      body: `Hello ${person.name},\n\nSign in to the support portal with this link (valid for 30 minutes):\n${link}\n\nIf you did not ask for it, ignore this email.`,
      data: { link },
      status: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
  });
  ctx.events.kick();
}

/** Trades a one-time link for a session; a used, expired or unknown link is refused. */
export async function redeemMagicLink(ctx: AppContext, input: { token: string }) {
  const now = ctx.clock.now();
  const [used] = await ctx.db
    .update(magicLinks)
    .set({ usedAt: now })
    .where(and(eq(magicLinks.tokenHash, hashSecret(input.token)), isNull(magicLinks.usedAt), gt(magicLinks.expiresAt, now)))
    .returning({ personId: magicLinks.personId });
  if (!used) throw new AppError('unauthenticated', 'invalid_magic_link', 'This sign-in link is invalid, used or expired; ask for a new one.');
  return openSession(ctx, used.personId, 'magic_link');
}
