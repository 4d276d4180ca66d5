import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** The tiers that need the database: one real Neo4j (seeded once, see globalSetup.ts) shared by their files. */
const withNeo4j = {
  globalSetup: ['test/helpers/globalSetup.ts'],
  // Files that write (import, idempotency) must not race files that count.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (its "main") and ESM (its "module") builds with no "exports" map: Node loads
    // the CommonJS one for Apollo and for us, but Vite would hand test-transformed code the ESM one, making
    // two GraphQLError classes. One copy, the one production runs, keeps `instanceof` and error codes true.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Three tiers (docs/testing.md): `vitest run --project unit` needs neither Java nor a database nor web/dist.
    // The tiers run one after another (groupOrder): integration files that write must not race e2e files.
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          ...withNeo4j,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], sequence: { groupOrder: 2 }, ...withNeo4j },
      },
    ],
  },
});
