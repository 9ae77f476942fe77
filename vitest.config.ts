import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests launch a real Chromium and print PDFs: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // forks: each file in its own process, so a crashed browser cannot take others down.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Unit tests are pure (no browser, no global state): one process runs many files, so
          // the pipeline and compromise are loaded once per worker rather than once per file
          // (the unit run takes about a third of the time).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts'] } },
    ],
  },
});
