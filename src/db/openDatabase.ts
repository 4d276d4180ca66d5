/** Connects to NEO4J_URI when it is set, and otherwise starts a local Neo4j: the one switch between the two. */
import path from 'node:path';
import type { Config } from '../config.js';
import { StartupError } from '../errors.js';
import { connect, type Database } from './database.js';
import { startLocalNeo4j } from './localNeo4j.js';

export interface OpenDatabase {
  db: Database;
  /** Where the database is, for messages. */
  uri: string;
  /** Closes the driver and stops the local server if this process started one. */
  close(): Promise<void>;
}

/** The folder of a local Neo4j instance (`start` is the one `npm start`, seed and import share). */
export const instanceDir = (config: Config, instance: string) => path.join(config.homeDir, 'instances', instance);

export async function openDatabase(
  config: Config,
  options: { instance: string; log: (line: string) => void; reuseRunning?: boolean; onRestart?: () => void },
): Promise<OpenDatabase> {
  if (config.neo4j) {
    const db = connect(config.neo4j, { timeouts: config.neo4jTimeouts });
    try {
      await db.ping(15_000);
    } catch (error) {
      await db.close();
      throw new StartupError(
        `Cannot reach Neo4j at ${config.neo4j.uri}: ${(error as Error).message.split('\n')[0]}\n` +
          'Check that the server is running and that NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (and NEO4J_DATABASE) are right, ' +
          'or unset NEO4J_URI to let actorgraph start a local Neo4j.',
      );
    }
    return { db, uri: config.neo4j.uri, close: () => db.close() };
  }
  const local = await startLocalNeo4j({
    homeDir: config.homeDir,
    instanceDir: instanceDir(config, options.instance),
    log: options.log,
    heap: config.localNeo4jMemory.heap,
    pageCache: config.localNeo4jMemory.pageCache,
    transactionTotal: config.localNeo4jMemory.transactionTotal,
    // `start`, `seed` and `import` share one server per instance; leases keep it up while any of them runs.
    reuseRunning: options.reuseRunning ?? true,
    onRestart: options.onRestart,
  });
  const db = connect(
    { uri: local.uri, user: 'neo4j', password: local.password, database: undefined },
    { timeouts: config.neo4jTimeouts },
  );
  return {
    db,
    uri: local.uri,
    close: async () => {
      await db.close();
      await local.stop();
    },
  };
}
