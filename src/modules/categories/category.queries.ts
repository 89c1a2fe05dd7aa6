import { and, asc, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import { categories } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import type { Actor } from '../auth/actor';

/** One category; every signed-in person may read the tree (customers pick from it, R13). */
export async function getCategory(ctx: AppContext, input: { actor: Actor; id: string }) {
  if (!isId(input.id)) throw notFound('category');
  const [row] = await ctx.db.select().from(categories).where(eq(categories.id, input.id));
  if (!row) throw notFound('category');
  return row;
}

/** The category tree, optionally one level of it, keyset-paged by id. */
export async function listCategories(ctx: AppContext, input: { actor: Actor; parentId?: string; limit: number; cursor?: string }) {
  const filters: SQL[] = [];
  if (input.parentId === 'root') filters.push(isNull(categories.parentId));
  else if (input.parentId) filters.push(isId(input.parentId) ? eq(categories.parentId, input.parentId) : isNull(categories.id));
  if (input.cursor && isId(input.cursor)) filters.push(gt(categories.id, input.cursor));
  const rows = await ctx.db.select().from(categories).where(and(...filters)).orderBy(asc(categories.id)).limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? items[items.length - 1].id : null };
}
