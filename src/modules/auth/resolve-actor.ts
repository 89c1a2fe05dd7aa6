import { rows as rowsOf } from '../../db/rows';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { hashSecret } from '../../server/ids';
import type { Actor } from './actor';

type ActorRow = {
  id: string;
  name: string;
  role: Actor['role'];
  organization_id: string | null;
  languages: string[];
  team_ids: string[];
  emails: string[];
};

// Every request resolves its actor; a short-lived cache keeps that off the hot path. Changes to
// people, teams or tokens in this process clear it; another process sees them within the TTL.
const CACHE_TTL_MS = 3000;
const cache = new Map<string, { actor: Actor | null; until: number }>();

/** Forgets cached actors after a change to people, memberships, sessions or tokens. */
export function invalidateActorCache(): void {
  cache.clear();
}

const toActor = (row: ActorRow): Actor => ({
  id: row.id,
  name: row.name,
  role: row.role,
  organizationId: row.organization_id,
  languages: row.languages ?? [],
  teamIds: row.team_ids ?? [],
  emails: row.emails ?? [],
});

const personColumns = sql`p.id, p.name, p.role, p.organization_id, p.languages,
  coalesce((SELECT array_agg(m.team_id::text ORDER BY m.team_id) FROM team_members m WHERE m.person_id = p.id), '{}') AS team_ids,
  coalesce((SELECT array_agg(e.email ORDER BY e.is_primary DESC, e.email) FROM person_emails e WHERE e.person_id = p.id), '{}') AS emails`;

/** Loads a person as an actor, or null when they do not exist or are deactivated. */
export async function loadActor(ctx: AppContext, personId: string): Promise<Actor | null> {
  const result = await rowsOf(ctx.db, sql`SELECT ${personColumns} FROM people p WHERE p.id = ${personId} AND p.active`);
  const row = result[0] as ActorRow | undefined;
  return row ? toActor(row) : null;
}

async function cached(key: string, load: () => Promise<Actor | null>): Promise<Actor | null> {
  const now = performance.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.actor;
  const actor = await load();
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { actor, until: now + CACHE_TTL_MS });
  return actor;
}

/** The actor behind an API token (Authorization: Bearer …), or null. */
export function actorFromApiToken(ctx: AppContext, token: string): Promise<Actor | null> {
  const tokenHash = hashSecret(token);
  return cached(`t:${tokenHash}`, async () => {
    const result = await rowsOf(ctx.db, sql`
      SELECT ${personColumns} FROM api_tokens t JOIN people p ON p.id = t.person_id
      WHERE t.token_hash = ${tokenHash} AND t.revoked_at IS NULL AND p.active`);
    const row = result[0] as ActorRow | undefined;
    return row ? toActor(row) : null;
  });
}

/** The actor behind a session cookie, or null when absent or expired at the clock's now. */
export async function actorFromSession(ctx: AppContext, cookieValue: string): Promise<Actor | null> {
  const tokenHash = hashSecret(cookieValue);
  const now = ctx.clock.now();
  // Session expiry is checked against the injected clock, so it cannot be served from the cache.
  const result = await rowsOf(ctx.db, sql`
    SELECT ${personColumns} FROM sessions s JOIN people p ON p.id = s.person_id
    WHERE s.token_hash = ${tokenHash} AND s.expires_at > ${now} AND p.active`);
  const row = result[0] as ActorRow | undefined;
  return row ? toActor(row) : null;
}
