/**
 * Starts the database the Neo4j tiers (integration, e2e) use: a throwaway local Neo4j (or the server
 * NEO4J_URI names), migrated and seeded once. Its connection is handed to the test files with provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConnection } from '../../src/config.js';
import { openSeededDatabase, type SeededDatabase } from '../../src/db/seededDatabase.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * Vitest runs this file once per project that lists it, each time in a fresh module, so one `npm test` would
 * start a Neo4j per tier. The process-wide global lets the tiers share one; the last teardown stops it.
 */
interface SharedNeo4j {
  opened: Promise<SeededDatabase>;
  users: number;
}
const slot = globalThis as { actorgraphTestNeo4j?: SharedNeo4j };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  slot.actorgraphTestNeo4j ??= {
    opened: openSeededDatabase(loadConfig(), (line) => console.log(`[test-neo4j] ${line}`)),
    users: 0,
  };
  const shared = slot.actorgraphTestNeo4j;
  shared.users += 1;
  project.provide('neo4j', (await shared.opened).connection);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete slot.actorgraphTestNeo4j;
    await (await shared.opened).close();
  };
}
