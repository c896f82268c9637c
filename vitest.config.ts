import { defineConfig } from 'vitest/config';

/**
 * unit: pure tests (workflows, policies, rules, the web module registry) anywhere in the repo.
 * integration: *.int.test.ts through app.inject on a real database (JISHI_TEST_DB=sqlite|postgres),
 * each file on a fresh copy of a migrated template.
 * e2e: Chromium flows (playwright-core, Debian's browser) against the built app on the demo subdistrict.
 */
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'apps/server/src/**/*.test.ts',
            'packages/shared/src/**/*.test.ts',
            'apps/server/test/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['apps/server/**/*.int.test.ts'],
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 60_000,
          // The demo-data tests seed the whole subdistrict (services included) through the services;
          // on PostgreSQL with two seeds in parallel on 2 cores that took over 120 s.
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          // A browser flow that fails is run once more before it counts as failed: on a shared two-core runner an
          // animation can swallow a click. A flow broken for real fails twice; the report marks retried flows.
          retry: 1,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
