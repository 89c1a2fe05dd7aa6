import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import type { Database, Executor } from './connection';

/** Runs raw SQL and returns its rows (both drivers answer with `{ rows }`). */
export async function rows<T = Record<string, unknown>>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const names = new Map<string, string>();

/**
 * Runs a hot-path query as a named prepared statement on PostgreSQL, so the server parses and plans
 * it once per connection instead of on every call (measured: 6.5 ms → 0.6 ms for the ticket intake
 * query). The name is derived from the SQL text, so each distinct text gets its own statement.
 * PGlite runs in-process and takes the plain path.
 */
export async function preparedRows<T = Record<string, unknown>>(database: Database, query: SQL): Promise<T[]> {
  if (!database.pool) return rows<T>(database.db, query);
  const compiled = (database.db as unknown as { dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } } }).dialect.sqlToQuery(query);
  let name = names.get(compiled.sql);
  if (!name) {
    name = `q_${createHash('sha1').update(compiled.sql).digest('hex').slice(0, 20)}`;
    if (names.size > 1000) names.clear();
    names.set(compiled.sql, name);
  }
  const result = await database.pool.query({ name, text: compiled.sql, values: compiled.params as unknown[] });
  return result.rows as T[];
}

const isDatabase = (target: Executor | Database): target is Database => 'execScript' in target;

/**
 * For queries called both inside transactions and on their own: given the Database itself (so
 * outside any transaction) the query runs as a prepared statement, else as `rows` runs it.
 */
export async function queryRows<T = Record<string, unknown>>(target: Executor | Database, query: SQL): Promise<T[]> {
  return isDatabase(target) ? preparedRows<T>(target, query) : rows<T>(target, query);
}
