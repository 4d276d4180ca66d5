/**
 * Makes the tests use the graphql module that production uses. Import it first in a test file.
 *
 * graphql 16 ships a CommonJS build (index.js, its "main") and an ES build (index.mjs, its "module"), with no
 * "exports" map. Node, and so `npm start`, loads index.js for everyone. Under vitest, Apollo and graphql-armor
 * (run by Node) still get index.js, but src/ and test/ (run through Vite, which prefers "module") get index.mjs:
 * two GraphQLError classes, so `instanceof GraphQLError` checks that hold in production fail in tests (and error
 * codes differ). Routing `graphql` to Node's own copy makes a test see what a user sees.
 * (The lasting fix is an alias in vitest.config.ts: resolve.alias graphql -> node_modules/graphql/index.js.)
 */
import { createRequire } from 'node:module';
import { vi } from 'vitest';

vi.mock('graphql', () => createRequire(import.meta.url)('graphql'));
