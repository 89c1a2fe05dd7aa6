import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../server/context';
import type { Executor } from '../../db/connection';
import { macros } from '../../db/schema/index';
import { notFound } from '../../server/app-error';
import { isId } from '../../server/ids';
import { requireStaff, type Actor } from '../auth/actor';

export type MacroRecord = typeof macros.$inferSelect;

/** One macro by id without an access check (for commands). */
export async function findMacro(db: Executor, id: string): Promise<MacroRecord | null> {
  if (!isId(id)) return null;
  const [row] = await db.select().from(macros).where(eq(macros.id, id));
  return row ?? null;
}

/** One macro for staff, else 404 (403 for customers). */
export async function getMacro(ctx: AppContext, input: { actor: Actor; id: string }): Promise<MacroRecord> {
  requireStaff(input.actor);
  const macro = await findMacro(ctx.db, input.id);
  if (!macro) throw notFound('macro');
  return macro;
}

/** Every macro by name (a desk has dozens): what the composer's picker offers. */
export async function listMacros(ctx: AppContext, input: { actor: Actor; q?: string }): Promise<MacroRecord[]> {
  requireStaff(input.actor);
  const like = input.q ? `%${input.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  return ctx.db
    .select()
    .from(macros)
    .where(like ? sql`${macros.name} ILIKE ${like}` : undefined)
    .orderBy(asc(sql`lower(${macros.name})`), asc(macros.id));
}
