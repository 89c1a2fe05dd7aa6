import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { chatWidgetCodes, chatWidgetTokens } from '../../../db/schema/index';
import { AppError } from '../../../server/app-error';
import { hashSecret, newSecret } from '../../../server/ids';
import { findPerson } from '../../people/person.queries';
import { findOrCreateCustomer } from '../../people/commands/find-or-create-customer';
import { verifyWidgetIdentity } from '../../../channels/widget/widget-identity';
import { WIDGET_TOKEN_PREFIX } from '../widget-auth';

const TOKEN_TTL_MS = 30 * 24 * 3600_000;
/** Wrong guesses before a code is spent: 5 tries of a 6-digit code is a 1 in 200,000 chance. */
export const MAX_CODE_ATTEMPTS = 5;

const refused = (code: string, message: string) => new AppError('unauthenticated', code, message);

/** The customer an emailed code proves; each wrong guess counts, and the code is used up on success. */
async function personFromCode(ctx: AppContext, email: string, code: string): Promise<string> {
  const now = ctx.clock.now();
  const [row] = await ctx.db.select().from(chatWidgetCodes).where(eq(chatWidgetCodes.email, email));
  const invalid = () => refused('invalid_widget_code', 'The code is wrong or expired; ask for a new one.');
  if (!row || row.expiresAt <= now || row.attempts >= MAX_CODE_ATTEMPTS) throw invalid();
  if (row.codeHash !== hashSecret(`${email}:${code}`)) {
    await ctx.db.update(chatWidgetCodes).set({ attempts: sql`${chatWidgetCodes.attempts} + 1` }).where(eq(chatWidgetCodes.email, email));
    throw invalid();
  }
  // Deleting with the hash in the condition makes a code usable once even when two tries race.
  const used = await ctx.db.delete(chatWidgetCodes).where(and(eq(chatWidgetCodes.email, email), eq(chatWidgetCodes.codeHash, row.codeHash))).returning();
  if (!used.length) throw invalid();
  return row.personId;
}

/**
 * Signs a customer into the widget: by the host product's identity hash (WIDGET_SECRET), meeting an
 * unknown email as a new customer like the email channel does, or by a code emailed to them. The
 * token opens the chat API and socket only, for 30 days; only its hash is stored. Staff are refused:
 * their sign-in is the agent workspace.
 */
export async function openWidgetSession(ctx: AppContext, input: { email: string; hash?: string; code?: string; name?: string }) {
  const email = input.email.trim().toLowerCase();
  let personId: string;
  if (input.hash !== undefined) {
    if (!ctx.config.WIDGET_SECRET) throw new AppError('unprocessable', 'widget_identity_disabled', 'This desk has no WIDGET_SECRET; the widget asks for an email instead.');
    if (!verifyWidgetIdentity(ctx.config.WIDGET_SECRET, email, input.hash)) throw refused('invalid_widget_identity', 'The identity hash does not match this email.');
    personId = (await findOrCreateCustomer(ctx, { email, name: input.name, source: 'widget' })).person.id;
  } else {
    personId = await personFromCode(ctx, email, input.code ?? '');
  }
  const person = await findPerson(ctx.db, personId);
  if (!person || !person.active) throw refused('invalid_widget_identity', 'This person cannot sign in.');
  if (person.role !== 'customer') throw new AppError('forbidden', 'customers_only', 'The chat widget is for customers; agents answer from the workspace.');
  const now = ctx.clock.now();
  const token = newSecret(WIDGET_TOKEN_PREFIX);
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS);
  await ctx.db.insert(chatWidgetTokens).values({ tokenHash: hashSecret(token), personId: person.id, createdAt: now, expiresAt });
  return { token, expiresAt, person: { id: person.id, name: person.name } };
}
