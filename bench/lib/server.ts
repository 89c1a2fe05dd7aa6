import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/server/config';
import { createAtende, type Atende } from '../../src/server/create-atende';

export interface BenchServer {
  atende: Atende;
  baseUrl: string;
  /** An admin API token (ATENDE_ADMIN_TOKEN). */
  adminToken: string;
  /** JSON request as the admin; throws unless the status is the expected one. */
  admin<T = any>(method: string, path: string, body?: unknown, expect?: number): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts the real desk in this process, as `npm start` would (migrations, job loop, HTTP on a free
 * port of 127.0.0.1): on PostgreSQL when `databaseUrl` is given, else on PGlite in `dataDir`.
 */
export async function startBenchServer(options: { databaseUrl?: string; dataDir: string }): Promise<BenchServer> {
  const adminToken = `bench-${randomBytes(16).toString('hex')}`;
  const config = loadConfig({
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    DATA_DIR: options.dataDir,
    ATENDE_ADMIN_TOKEN: adminToken,
    ATENDE_DEMO: 'off',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    // The benchmark's own requests must not be throttled.
    LOGIN_RATE_LIMIT: '1000000',
    // No inbound SMTP listener: a bench must not clash with a desk running here.
    SMTP_LISTEN_PORT: 'off',
  });
  const atende = await createAtende(config);
  const baseUrl = await atende.app.listen({ port: 0, host: '127.0.0.1' });
  const admin = async (method: string, path: string, body?: unknown, expect = method === 'POST' ? 201 : 200) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: { authorization: `Bearer ${adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (res.status !== expect) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { atende, baseUrl, adminToken, admin, close: () => atende.close() };
}
