import { defineConfig } from 'vitest/config';

// Real builds are made once per run and shared (tests/helpers/builds.ts): the global setups of
// `build`, `e2e` and `e2e-fixture` ask for them by name. Every test file removes its temporary
// folders when it ends (tests/setup.ts).
export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        // Pure logic: files share their workers' module cache (`isolate: false`), which halves the
        // project's CPU time; no unit test mocks a module or leaves global state behind.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        // Over the shared builds, and one Astro run per kind of failure.
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One server for the run; files run one after another in one worker that keeps its
          // modules (each browser file launches and closes its own Chromium, so nothing is left
          // behind when vitest stops the worker), and inside a file pages are visited a few at
          // a time: 2 cores.
          fileParallelism: false,
          isolate: false,
          maxConcurrency: 3,
        },
      },
      {
        // The same content-agnostic suites over the many-reports fixture (with a hostile article
        // and a correction), built at a root domain: any number of reports, currencies and
        // comparisons, visiting fewer pages and widths (`sample`). Suites about our own reports'
        // facts run in `e2e` only.
        extends: true,
        test: {
          name: 'e2e-fixture',
          include: ['tests/e2e/{site,pages,html,articles,comparison,phone,first-screen,print,feeds,cards,layout,data,build-log,figures,trust}.test.ts'],
          globalSetup: ['tests/e2e/global-setup-fixture.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          isolate: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
