import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { AppError } from '../../server/app-error';
import { isId } from '../../server/ids';

/**
 * Keyset cursors for newest-first lists ordered by (created_at, id): the cursor names the last row
 * of a page, and the next page starts strictly before it. Opaque to clients (base64url).
 */
export function encodeTimeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

/** Reads a cursor made by `encodeTimeCursor`; anything else is a 400 `invalid_cursor`. */
export function decodeTimeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || !isId(id) || Number.isNaN(createdAt.getTime())) {
    throw new AppError('bad_request', 'invalid_cursor', 'The cursor is not one this list gave out; start from the first page.');
  }
  return { createdAt, id };
}

/** The condition "older than the cursor" on (createdAt, id), using a row comparison the index serves. */
export function olderThan(cursor: string, createdAt: AnyColumn, id: AnyColumn): SQL {
  const at = decodeTimeCursor(cursor);
  return sql`(${createdAt}, ${id}) < (${at.createdAt.toISOString()}::timestamptz, ${at.id}::uuid)`;
}

/** Splits a fetched `limit + 1` rows into the page and the cursor of the next one. */
export function pageOf<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeTimeCursor(items[items.length - 1]) : null };
}
