import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Executor = Db | Tx;

/** One database for the whole process: PGlite in a folder by default, PostgreSQL when given a URL. */
export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs SQL text that may hold several statements and no parameters (migrations, maintenance). */
  execScript(text: string): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when there is one (tests copy its data directory). */
  readonly pglite?: PGlite;
  /** The PostgreSQL pool, when there is one (migrations hold one connection for their lock). */
  readonly pool?: pg.Pool;
}

pg.types.setTypeParser(20, (v) => Number(v)); // bigint ticket numbers fit in a JS number

export type ConnectOptions =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

/** Opens the database named by the options. */
export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on('error', () => {}); // an idle client's error is reported on the next query instead
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      execScript: async (text) => {
        await pool.query(text);
      },
      close: () => pool.end(),
      pool,
    };
  }
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
  });
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    execScript: async (text) => {
      await client.exec(text);
    },
    close: () => client.close(),
  };
}
