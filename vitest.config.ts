import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests launch a real Chromium and print PDFs: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // forks: each file in its own process, so a crashed browser cannot take others down.
    pool: 'forks',
  },
});
