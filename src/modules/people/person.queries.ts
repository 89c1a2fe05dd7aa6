import { queryRows, rows as rowsOf } from '../../db/rows';
import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Database, Executor } from '../../db/connection';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { isStaff, type Actor } from '../auth/actor';

export interface PersonRecord {
  id: string;
  name: string;
  role: 'customer' | 'agent' | 'admin';
  organizationId: string | null;
  languages: string[];
  phone: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  emails: string[];
  teamIds: string[];
}

const select = sql`SELECT p.id, p.name, p.role, p.organization_id AS "organizationId", p.languages, p.phone, p.active,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt",
  coalesce((SELECT array_agg(e.email ORDER BY e.is_primary DESC, e.email) FROM person_emails e WHERE e.person_id = p.id), '{}') AS emails,
  coalesce((SELECT array_agg(m.team_id::text ORDER BY m.team_id) FROM team_members m WHERE m.person_id = p.id), '{}') AS "teamIds"
  FROM people p`;

const normalize = (row: Record<string, unknown>): PersonRecord => ({
  ...(row as unknown as PersonRecord),
  createdAt: new Date(row.createdAt as string),
  updatedAt: new Date(row.updatedAt as string),
});

/** Loads one person with their emails and teams, without an access check (for commands). */
export async function findPerson(db: Executor, id: string): Promise<PersonRecord | null> {
  if (!isId(id)) return null;
  const result = await rowsOf(db, sql`${select} WHERE p.id = ${id}`);
  return result[0] ? normalize(result[0] as Record<string, unknown>) : null;
}

/** Finds the person who owns an email address. */
export async function findPersonByEmail(db: Executor | Database, email: string): Promise<PersonRecord | null> {
  const result = await queryRows(db, 
    sql`${select} WHERE p.id = (SELECT person_id FROM person_emails WHERE email = ${email.trim().toLowerCase()})`,
  );
  return result[0] ? normalize(result[0] as Record<string, unknown>) : null;
}

/** One person: staff see anyone, a customer only themselves. */
export async function getPerson(ctx: AppContext, input: { actor: Actor; id: string }): Promise<PersonRecord> {
  if (!isStaff(input.actor) && input.actor.id !== input.id) throw notFound('person');
  const person = await findPerson(ctx.db, input.id);
  if (!person) throw notFound('person');
  return person;
}

/** People, keyset-paged by id; customers see only themselves. */
export async function listPeople(
  ctx: AppContext,
  input: { actor: Actor; role?: string; organizationId?: string; teamId?: string; email?: string; q?: string; limit: number; cursor?: string },
) {
  const where: SQL[] = [sql`true`];
  if (!isStaff(input.actor)) where.push(sql`p.id = ${input.actor.id}`);
  if (input.role) where.push(sql`p.role = ${input.role}`);
  if (input.organizationId) where.push(sql`p.organization_id = ${input.organizationId}`);
  if (input.teamId) where.push(sql`EXISTS (SELECT 1 FROM team_members m WHERE m.person_id = p.id AND m.team_id = ${input.teamId})`);
  if (input.email) where.push(sql`EXISTS (SELECT 1 FROM person_emails e WHERE e.person_id = p.id AND e.email = ${input.email.toLowerCase()})`);
  if (input.q) {
    const like = `%${input.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(sql`(p.name ILIKE ${like} OR EXISTS (SELECT 1 FROM person_emails e WHERE e.person_id = p.id AND e.email ILIKE ${like}))`);
  }
  if (input.cursor && isId(input.cursor)) where.push(sql`p.id > ${input.cursor}`);
  const result = await rowsOf(ctx.db, sql`${select} WHERE ${sql.join(where, sql` AND `)} ORDER BY p.id LIMIT ${input.limit + 1}`);
  const rows = (result as Record<string, unknown>[]).map(normalize);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}
