/**
 * Starts the database the whole test run uses: a throwaway local Neo4j (or the
 * server NEO4J_URI names), migrated and seeded once. Its connection is handed
 * to the test files with provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConnection } from '../../src/config.js';
import { openSeededDatabase } from '../../src/db/seededDatabase.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const seeded = await openSeededDatabase(loadConfig(), (line) => console.log(`[test-neo4j] ${line}`));
  project.provide('neo4j', seeded.connection);
  return seeded.close;
}
