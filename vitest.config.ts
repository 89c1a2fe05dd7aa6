import { defineConfig } from 'vitest/config';

// Every test runs on PGlite; when TEST_DATABASE_URL is set the same files run again on PostgreSQL.
const common = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'playbooks/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  globalSetup: ['test/global-setup.ts'],
};

const projects: Array<{ test: Record<string, unknown> }> = [
  { test: { ...common, name: 'pglite', env: { ATENDE_TEST_DB: 'pglite' } } },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({ test: { ...common, name: 'postgres', env: { ATENDE_TEST_DB: 'postgres' } } });
}
// The web app: browser tests (playwright-core driving Debian's Chromium against a real desk on
// PGlite) and the app's own unit tests. The global setup builds the app once when it is stale.
projects.push({
  test: {
    name: 'web',
    include: ['e2e/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    globalSetup: ['test/global-setup.ts', 'e2e/global-setup.ts'],
    env: { ATENDE_TEST_DB: 'pglite' },
  },
});

export default defineConfig({
  test: {
    projects,
    reporters: ['default'],
  },
});
