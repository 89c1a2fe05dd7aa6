import { and, asc, eq, gt, ilike, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { organizations } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { isStaff, type Actor } from '../auth/actor';

/** One organization: staff see any, a customer only their own. */
export async function getOrganization(ctx: AppContext, input: { actor: Actor; id: string }) {
  if (!isId(input.id)) throw notFound('organization');
  if (!isStaff(input.actor) && input.actor.organizationId !== input.id) throw notFound('organization');
  const [row] = await ctx.db.select().from(organizations).where(eq(organizations.id, input.id));
  if (!row) throw notFound('organization');
  return row;
}

/** Organizations by name, keyset-paged by id; customers see only their own. */
export async function listOrganizations(ctx: AppContext, input: { actor: Actor; q?: string; limit: number; cursor?: string }) {
  const filters: SQL[] = [];
  if (!isStaff(input.actor)) {
    if (!input.actor.organizationId) return { items: [], nextCursor: null };
    filters.push(eq(organizations.id, input.actor.organizationId));
  }
  if (input.q) filters.push(ilike(organizations.name, `%${input.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (input.cursor && isId(input.cursor)) filters.push(gt(organizations.id, input.cursor));
  const rows = await ctx.db
    .select()
    .from(organizations)
    .where(and(...filters))
    .orderBy(asc(organizations.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}
