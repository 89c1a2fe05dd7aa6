import { randomInt } from 'node:crypto';
import type { AppContext } from '../../../server/context';
import { chatWidgetCodes, notifications } from '../../../db/schema/index';
import { hashSecret, newId } from '../../../server/ids';
import { recordEvent } from '../../../events/record-event';
import { findPersonByEmail } from '../../people/person.queries';

const CODE_TTL_MS = 15 * 60_000;

/**
 * Emails a 6-digit sign-in code to a customer who typed their address into the widget, through the
 * notification outbox like the portal's magic link (R10). Unknown addresses and staff get the same
 * answer and nothing is sent, so the widget does not reveal who is a customer. A new code replaces
 * the previous one and its count of wrong guesses.
 */
export async function sendWidgetCode(ctx: AppContext, input: { email: string }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const person = await findPersonByEmail(ctx.db, email);
  if (!person || !person.active || person.role !== 'customer') return;
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const now = ctx.clock.now();
  const values = { personId: person.id, codeHash: hashSecret(`${email}:${code}`), attempts: 0, createdAt: now, expiresAt: new Date(now.getTime() + CODE_TTL_MS) };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(chatWidgetCodes).values({ email, ...values }).onConflictDoUpdate({ target: chatWidgetCodes.email, set: values });
    const eventId = await recordEvent(tx, { type: 'chats.widget_code_requested', actorId: person.id, at: now });
    await tx.insert(notifications).values({
      id: newId(),
      eventId,
      channel: 'email',
      kind: 'widget_code',
      recipient: email,
      recipientId: person.id,
      subject: `Your chat code: ${code}`,
      body: `Hello ${person.name},\n\nYour code to start a support chat is ${code}. It is valid for 15 minutes.\n\nIf you did not ask for it, ignore this email.`,
      data: {},
      status: 'queued',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
    });
  });
  ctx.events.kick();
}
