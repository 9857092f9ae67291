import { defineConfig } from 'vitest/config';

// Three projects: "unit" (data, figures, chart snapshots: no build, no browser; `npm run test:unit`),
// "fuzz" (the loader fuzzed from a fixed seed, FUZZ_SEED to change it) and "site" (the built dist/
// served on loopback, read as files and driven in one shared Chromium). `npm test` builds first.
// After every run the slowest files are printed (tests/setup/slowest-files.ts).
export default defineConfig({
  test: {
    reporters: ['default', './tests/setup/slowest-files.ts'],
    // Two files at a time from any project (vitest's default on 2 cores is one): while one waits on
    // Chromium or a fixture build, the other runs.
    maxWorkers: 2,
    // Each project sets `isolate: false`: a worker runs file after file instead of starting afresh for
    // each (about half a second of CPU a file, 43 files). No test mocks a module or changes the process's
    // environment. Modules that keep state across files: tests/browser/session.ts (it drops its
    // connection when a file ends, closeBrowser), and caches of the real data (src/data/load.ts, the
    // favicon, the names kept together in Vietnamese by src/i18n/keep-together.ts), which every test
    // fills from the same data/: a test that feeds other names or data through them must reset them.
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
          exclude: ['tests/unit/fuzz/**'],
          environment: 'node',
          isolate: false,
          testTimeout: 10_000,
          // Chart colours are read from tokens.css (?raw): let that one stylesheet through as text.
          css: { include: [/tokens\.css/] },
        },
      },
      {
        test: {
          name: 'fuzz',
          include: ['tests/unit/fuzz/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          testTimeout: 10_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          // One server for dist/ and one Chromium for the whole run; see tests/README.md.
          globalSetup: ['tests/setup/serve-dist.ts', 'tests/setup/browser.ts'],
          // Generous, for a busy machine: a passing test never waits for them.
          testTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
          css: { include: [/tokens\.css/] },
          hookTimeout: 180_000,
          // Browser tests mark independent suites `describe.concurrent`: at most this many at once per file.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
