import type { SQL } from 'drizzle-orm';
import type { Executor } from './connection';

/** Runs raw SQL and returns its rows (both drivers answer with `{ rows }`). */
export async function rows<T = Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
