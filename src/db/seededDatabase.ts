/**
 * A database holding the seed, for tests, profiling and benchmarks: the server
 * NEO4J_URI names, or a throwaway local Neo4j in a temporary folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_NEO4J_TIMEOUTS, type Config, type Neo4jConnection } from '../config.js';
import { loadSeed } from '../ingest/seed.js';
import { connect } from './database.js';
import { startLocalNeo4j } from './localNeo4j.js';
import { migrate } from './migrations.js';

export interface SeededDatabase {
  connection: Neo4jConnection;
  /** Stops the throwaway server and removes its folder; leaves a NEO4J_URI server running. */
  close(): Promise<void>;
}

export async function openSeededDatabase(config: Config, log: (line: string) => void): Promise<SeededDatabase> {
  let connection = config.neo4j;
  let close = async () => {};
  if (!connection) {
    const instanceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-throwaway-'));
    const local = await startLocalNeo4j({ homeDir: config.homeDir, instanceDir, heap: '768m', pageCache: '128m', log });
    connection = { uri: local.uri, user: 'neo4j', password: undefined, database: undefined };
    close = async () => {
      await local.stop();
      fs.rmSync(instanceDir, { recursive: true, force: true });
    };
  }
  // Seeding is batch work on a freshly started server: its look-ups get the write budget, not the
  // seconds an interactive read gets, or a busy machine fails the whole run on a cold first query.
  const db = connect(connection, { timeouts: { ...DEFAULT_NEO4J_TIMEOUTS, readMs: DEFAULT_NEO4J_TIMEOUTS.writeMs } });
  try {
    await migrate(db);
    await loadSeed(db, config.seedFiles, log);
  } catch (error) {
    await close();
    throw error;
  } finally {
    await db.close();
  }
  return { connection, close };
}
