/**
 * Starts the database the whole test run uses: a throwaway local Neo4j (or the
 * server NEO4J_URI names), migrated and seeded once. Its connection is handed
 * to the test files with provide/inject.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConnection } from '../../src/config.js';
import { connect } from '../../src/db/database.js';
import { startLocalNeo4j } from '../../src/db/localNeo4j.js';
import { migrate } from '../../src/db/migrations.js';
import { loadSeed } from '../../src/ingest/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const log = (line: string) => console.log(`[test-neo4j] ${line}`);
  let connection = config.neo4j;
  let teardown = async () => {};
  if (!connection) {
    const instanceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-test-'));
    const local = await startLocalNeo4j({ homeDir: config.homeDir, instanceDir, heap: '768m', pageCache: '128m', log });
    connection = { uri: local.uri, user: 'neo4j', password: undefined, database: undefined };
    teardown = async () => {
      await local.stop();
      fs.rmSync(instanceDir, { recursive: true, force: true });
    };
  }
  const db = connect(connection);
  try {
    await migrate(db);
    await loadSeed(db, config.seedFiles, log);
  } catch (error) {
    await db.close();
    await teardown();
    throw error;
  }
  await db.close();
  project.provide('neo4j', connection);
  return teardown;
}
