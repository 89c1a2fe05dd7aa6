import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../server/context';
import { newId } from '../../../server/ids';
import { rows } from '../../../db/rows';
import { findPersonByEmail, type PersonRecord } from '../person.queries';

// Thrown inside the transaction to roll back a person whose address another writer took first.
class AddressTaken extends Error {}

/**
 * The person who owns an email address, or a new customer with it (channels meeting an unknown
 * sender). One transaction writes the person, the address and a `people.created` event; two
 * callers racing on one new address end with one person: the loser's insert waits on the address
 * key, finds it taken, rolls back and answers the winner.
 */
export async function findOrCreateCustomer(
  ctx: AppContext,
  input: { email: string; name?: string | null; source?: string },
): Promise<{ person: PersonRecord; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const existing = await findPersonByEmail(ctx.database, email);
  if (existing) return { person: existing, created: false };
  const id = newId();
  const now = ctx.clock.now();
  const name = displayName(input.name, email);
  try {
    // One statement inside the transaction: the person, the address and the event; the address
    // key decides who wins a race, and the loser's person row is rolled back with it.
    await ctx.db.transaction(async (tx) => {
      const inserted = await rows<{ person_id: string }>(tx, sql`
        WITH p AS (
          INSERT INTO people (id, name, role, languages, created_at, updated_at)
          VALUES (${id}, ${name}, 'customer', '{}', ${now}, ${now}) RETURNING id
        ), e AS (
          INSERT INTO person_emails (email, person_id, is_primary) SELECT ${email}, p.id, true FROM p
          ON CONFLICT (email) DO NOTHING RETURNING person_id
        ), ev AS (
          INSERT INTO events (id, type, actor_id, data, created_at)
          SELECT ${newId()}, 'people.created', NULL,
            jsonb_build_object('personId', e.person_id, 'role', 'customer', 'source', ${input.source ?? 'email'}::text), ${now}
          FROM e
        )
        SELECT person_id FROM e`);
      if (!inserted.length) throw new AddressTaken();
    });
  } catch (err) {
    if (!(err instanceof AddressTaken)) throw err;
    const winner = await findPersonByEmail(ctx.database, email);
    if (winner) return { person: winner, created: false };
    throw err;
  }
  ctx.events.kick();
  const person: PersonRecord = {
    id, name, role: 'customer', organizationId: null, languages: [], phone: null, active: true,
    createdAt: now, updatedAt: now, emails: [email], teamIds: [],
  };
  return { person, created: true };
}

/** A display name from a mail header, else the address's local part ("ana.souza" → "ana.souza"). */
function displayName(name: string | null | undefined, email: string): string {
  const cleaned = (name ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/^["'\s]+|["'\s]+$/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '').replace(/\s+/g, ' ');
  return (cleaned || email.split('@')[0] || email).slice(0, 200);
}
