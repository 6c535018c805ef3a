import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Real builds in temporary copies: bad content, hostile content, reproducibility.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One server for the run; files run one after another (each launches at most one
          // browser), and inside a file pages are visited a few at a time: 2 cores.
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
      {
        // The same content-agnostic suites over a build of tests/fixtures/many-reports: any
        // number of reports, currencies and comparisons. Suites about our own reports' facts,
        // and those that build copies of their own, run in `e2e` only.
        test: {
          name: 'e2e-fixture',
          include: ['tests/e2e/{site,pages,html,articles,comparison,phone,feeds,cards,layout,data,build-log,figures,trust}.test.ts'],
          globalSetup: ['tests/e2e/global-setup-fixture.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
