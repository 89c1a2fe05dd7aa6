import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Database } from './connection';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

type ScriptRunner = { run(text: string): Promise<Array<Record<string, unknown>>>; release(): void };

async function openRunner(database: Database): Promise<ScriptRunner> {
  if (database.pool) {
    // One connection for the whole run: the advisory lock belongs to a session.
    const client = await database.pool.connect();
    await client.query('SELECT pg_advisory_lock(727001)');
    return {
      run: async (text) => {
        const result = await client.query(text);
        const last = Array.isArray(result) ? result[result.length - 1] : result;
        return last.rows ?? [];
      },
      release: () => {
        client.query('SELECT pg_advisory_unlock(727001)').finally(() => client.release());
      },
    };
  }
  const pglite = database.pglite!;
  return {
    run: async (text) => {
      const results = await pglite.exec(text);
      return (results[results.length - 1]?.rows ?? []) as Array<Record<string, unknown>>;
    },
    release: () => {},
  };
}

/** Applies every migration not yet applied, in file-name order, each in its own transaction. */
export async function migrate(database: Database): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const runner = await openRunner(database);
  const applied: string[] = [];
  try {
    await runner.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await runner.run('SELECT name FROM schema_migrations')).map((r) => r.name as string));
    for (const file of files) {
      if (done.has(file)) continue;
      const text = await readFile(path.join(migrationsDir, file), 'utf8');
      const name = file.replace(/'/g, "''");
      await runner.run(`BEGIN;\n${text}\nINSERT INTO schema_migrations (name) VALUES ('${name}');\nCOMMIT;`);
      applied.push(file);
    }
    // PGlite runs no autovacuum: without statistics the planner ignores the queue indexes.
    if (applied.length > 0 && database.kind === 'pglite') await runner.run('ANALYZE');
  } finally {
    runner.release();
  }
  return applied;
}
