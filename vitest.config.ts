import { defineConfig } from 'vitest/config';

// Every test runs on PGlite; when TEST_DATABASE_URL is set the same files run again on PostgreSQL.
const common = {
  include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
  globalSetup: ['test/global-setup.ts'],
};

const projects = [
  { test: { ...common, name: 'pglite', env: { ATENDE_TEST_DB: 'pglite' } } },
];
if (process.env.TEST_DATABASE_URL) {
  projects.push({ test: { ...common, name: 'postgres', env: { ATENDE_TEST_DB: 'postgres' } } });
}

export default defineConfig({
  test: {
    projects,
    reporters: ['default'],
  },
});
