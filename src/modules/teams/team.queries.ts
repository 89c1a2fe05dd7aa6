import { rows as rowsOf } from '../../db/rows';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { requireStaff, type Actor } from '../auth/actor';

export interface TeamRecord {
  id: string;
  name: string;
  calendarId: string | null;
  isTriage: boolean;
  settings: Record<string, unknown>;
  memberIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

const select = sql`SELECT t.id, t.name, t.calendar_id AS "calendarId", t.is_triage AS "isTriage", t.settings,
  t.created_at AS "createdAt", t.updated_at AS "updatedAt",
  coalesce((SELECT array_agg(m.person_id::text ORDER BY m.person_id) FROM team_members m WHERE m.team_id = t.id), '{}') AS "memberIds"
  FROM teams t`;

const normalize = (row: Record<string, unknown>): TeamRecord => ({
  ...(row as unknown as TeamRecord),
  createdAt: new Date(row.createdAt as string),
  updatedAt: new Date(row.updatedAt as string),
});

/** One team with its members, without an access check. */
export async function findTeam(db: Executor, id: string): Promise<TeamRecord | null> {
  if (!isId(id)) return null;
  const result = await rowsOf(db, sql`${select} WHERE t.id = ${id}`);
  return result[0] ? normalize(result[0] as Record<string, unknown>) : null;
}

/** One team, for staff. */
export async function getTeam(ctx: AppContext, input: { actor: Actor; id: string }) {
  requireStaff(input.actor);
  const team = await findTeam(ctx.db, input.id);
  if (!team) throw notFound('team');
  return team;
}

/** Teams keyset-paged by id, for staff. */
export async function listTeams(ctx: AppContext, input: { actor: Actor; limit: number; cursor?: string }) {
  requireStaff(input.actor);
  const after = input.cursor && isId(input.cursor) ? sql`WHERE t.id > ${input.cursor}` : sql``;
  const result = await rowsOf(ctx.db, sql`${select} ${after} ORDER BY t.id LIMIT ${input.limit + 1}`);
  const rows = (result as Record<string, unknown>[]).map(normalize);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}
