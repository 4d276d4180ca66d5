import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real Neo4j, started once for the whole run (seeded), shared by every test file.
    globalSetup: ['test/helpers/globalSetup.ts'],
    // Files that write (import, idempotency) must not race files that count.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
