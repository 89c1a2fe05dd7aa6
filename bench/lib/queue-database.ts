import path from 'node:path';
import { connect, type Database } from '../../src/db/connection';
import { databaseUrl } from './postgres';

/** The database the queue benchmark loads and reads: `atende_queue` on a server, or a PGlite folder. */
export const QUEUE_DB = 'atende_queue';
export const DEFAULT_QUEUE_DATA_DIR = path.resolve(import.meta.dirname, '..', '.data', 'queue');

/** Where the bench database lives; the PGlite data sits in `<dataDir>/pglite`, as DATA_DIR would put it. */
export interface QueueTarget {
  pgServerUrl?: string;
  dataDir: string;
}

export const queueDatabaseUrl = (target: QueueTarget) => (target.pgServerUrl ? databaseUrl(target.pgServerUrl, QUEUE_DB) : undefined);

/** Opens the bench database. */
export function openQueueDatabase(target: QueueTarget): Promise<Database> {
  const url = queueDatabaseUrl(target);
  return url ? connect({ kind: 'postgres', url, poolSize: 2 }) : connect({ kind: 'pglite', dataDir: path.join(target.dataDir, 'pglite') });
}

/** Runs a query and returns its rows, on either engine. */
export async function query<T = Record<string, unknown>>(database: Database, text: string, params: unknown[] = []): Promise<T[]> {
  if (database.pool) return (await database.pool.query(text, params)).rows as T[];
  return (await database.pglite!.query(text, params)).rows as T[];
}

/** Deterministic ids for the generated directory, so tickets can name a requester without a join. */
export const benchId = (kind: 'org' | 'customer' | 'agent' | 'team', n: number) => {
  const prefix = { org: 'b0000000', customer: 'b1000000', agent: 'b1100000', team: 'b2000000' }[kind];
  return `${prefix}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
};

/** The same id built in SQL from an integer expression. */
export const benchIdSql = (kind: 'org' | 'customer' | 'agent' | 'team', expr: string) => {
  const prefix = { org: 'b0000000', customer: 'b1000000', agent: 'b1100000', team: 'b2000000' }[kind];
  return `('${prefix}-0000-7000-8000-' || lpad(to_hex(${expr}), 12, '0'))::uuid`;
};
