import { defineConfig } from 'vitest/config';

// Unit tests for the data loader and the figures. They run in Node, need no browser and no build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 10_000,
  },
});
