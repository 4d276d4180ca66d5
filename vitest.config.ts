import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (its "main") and ESM (its "module") builds with no "exports" map: Node loads
    // the CommonJS one for Apollo and for us, but Vite would hand test-transformed code the ESM one, making
    // two GraphQLError classes. One copy, the one production runs, keeps `instanceof` and error codes true.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
