import { afterAll } from 'vitest';
import { loadConfig } from '../src/server/config';
import { createAtende, type Atende } from '../src/server/create-atende';
import { ManualClock } from '../src/server/clock';
import { openTestDatabase } from './test-database';
import { ApiClient } from './api-client';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestDesk {
  atende: Atende;
  clock: ManualClock;
  baseUrl: string;
  /** Acts as the bootstrap admin (ATENDE_ADMIN_TOKEN). */
  admin: ApiClient;
  anonymous: ApiClient;
  /** Creates a person through the API and returns them with a client that acts as them. */
  person(input: PersonInput): Promise<TestPerson>;
  organization(input?: Record<string, unknown>): Promise<{ id: string; [k: string]: unknown }>;
  team(input?: Record<string, unknown>): Promise<{ id: string; [k: string]: unknown }>;
  category(input: Record<string, unknown> & { teamId: string }): Promise<{ id: string; [k: string]: unknown }>;
}

export interface PersonInput {
  role: 'customer' | 'agent' | 'admin';
  name?: string;
  email?: string;
  organizationId?: string;
  teamIds?: string[];
  password?: string;
  [k: string]: unknown;
}

export interface TestPerson {
  id: string;
  email: string;
  client: ApiClient;
  [k: string]: unknown;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * Starts a real desk for one test file: a fresh database, the HTTP server on a free port, the manual
 * clock at `now`. Closed after the file's tests.
 */
export async function startTestDesk(options: { now?: string; env?: Record<string, string> } = {}): Promise<TestDesk> {
  const { database, drop } = await openTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'atende-test-'));
  const config = loadConfig({
    ATENDE_ADMIN_TOKEN: ADMIN_TOKEN,
    ATENDE_CLOCK: 'manual',
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    PORT: '0',
    ...options.env,
  });
  const clock = new ManualClock(new Date(options.now ?? '2026-03-02T12:00:00Z'));
  const atende = await createAtende(config, { database, clock });
  const address = await atende.app.listen({ port: 0, host: '127.0.0.1' });
  const client = new ApiClient(address);
  const admin = client.withToken(ADMIN_TOKEN);

  const created = async (path: string, body: Record<string, unknown>) => {
    const res = await admin.post(path, body);
    if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const desk: TestDesk = {
    atende,
    clock,
    baseUrl: address,
    admin,
    anonymous: client,
    organization: (input = {}) => created('/api/v1/organizations', { name: `Org ${unique()}`, plan: 'Regular', ...input }),
    team: (input = {}) => created('/api/v1/teams', { name: `Team ${unique()}`, ...input }),
    category: (input) => created('/api/v1/categories', { name: `Category ${unique()}`, ...input }),
    person: async (input) => {
      const email = input.email ?? `${input.role}-${unique()}@example.com`;
      const person = await created('/api/v1/people', { name: input.name ?? `Person ${email}`, ...input, email });
      const token = await created('/api/v1/tokens', { personId: person.id, name: 'test' });
      return { ...person, id: person.id, email, client: client.withToken(token.token) };
    },
  };
  afterAll(async () => {
    await atende.close();
    await drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  return desk;
}
