import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Database } from '../src/db/connection';

/** A fresh, migrated database for one test file: a PGlite copy, or a PostgreSQL database from the template. */
export async function openTestDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  if (process.env.ATENDE_TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const template = process.env.ATENDE_PG_TEMPLATE!;
    const name = `atende_t_${process.pid}_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await connect({ kind: 'postgres', url: target.toString(), poolSize: 5 });
    return {
      database,
      drop: async () => {
        await database.close();
        const again = new pg.Client({ connectionString: url });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const dump = await readFile(process.env.ATENDE_PGLITE_TEMPLATE!);
  const database = await connect({ kind: 'pglite', loadDataDir: new Blob([dump]) });
  return { database, drop: () => database.close() };
}
