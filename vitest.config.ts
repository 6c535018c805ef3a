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
    ],
  },
});
