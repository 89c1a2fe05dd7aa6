import { mkdir, writeFile, readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { connect } from '../src/db/connection';
import { migrate } from '../src/db/migrate';

const root = path.resolve(import.meta.dirname, '..');
export const templateDir = path.join(root, '.test-data');

/** A digest of the migrations, so a changed migration rebuilds the template. */
async function migrationsDigest(): Promise<string> {
  const dir = path.join(root, 'src/db/migrations');
  const hash = createHash('sha256');
  for (const f of (await readdir(dir)).sort()) hash.update(f).update(await readFile(path.join(dir, f)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Pays the database set-up once per run: one migrated PGlite dumped to a file that every test file
 * loads, and on PostgreSQL one migrated template database that every test file copies.
 */
export default async function setup() {
  const digest = await migrationsDigest();
  await mkdir(templateDir, { recursive: true });
  const file = path.join(templateDir, `pglite-${digest}.tar.gz`);
  const existing = await readdir(templateDir);
  if (!existing.includes(path.basename(file))) {
    const database = await connect({ kind: 'pglite' });
    await migrate(database);
    const dump = await database.pglite!.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
  }
  process.env.ATENDE_PGLITE_TEMPLATE = file;

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `atende_template_${digest}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (found.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${template}`);
      const target = new URL(url);
      target.pathname = `/${template}`;
      const database = await connect({ kind: 'postgres', url: target.toString(), poolSize: 1 });
      await migrate(database);
      await database.close();
    }
    // Databases left by an interrupted earlier run: their names carry the creating process id, so
    // only those of processes that are gone are dropped — another run may be using the rest.
    const stale = await admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'atende\\_t\\_%'");
    for (const { datname } of stale.rows as Array<{ datname: string }>) {
      const pid = Number(/^atende_t_(\d+)_/.exec(datname)?.[1]);
      if (pid && processAlive(pid)) continue;
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`).catch(() => {});
    }
    await admin.end();
    process.env.ATENDE_PG_TEMPLATE = template;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
