import { defineConfig } from 'vitest/config';

// Two projects: "unit" (data, figures, chart snapshots: no build, no browser) and "site" (the built
// dist/ served on loopback, read as files and driven in Debian's Chromium). `npm test` builds first.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 10_000,
          // Chart colours are read from tokens.css (?raw): let that one stylesheet through as text.
          css: { include: [/tokens\.css/] },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/serve-dist.ts'],
          testTimeout: 60_000,
          css: { include: [/tokens\.css/] },
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
