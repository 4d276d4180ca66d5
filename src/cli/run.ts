/** Shared frame of the command-line tools: config, database, one clear message on failure. */
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { openDatabase } from '../db/openDatabase.js';
import { databaseError, ErrorCode, StartupError } from '../errors.js';
import { Neo4jError } from 'neo4j-driver';

export const log = (line: string) => console.log(`[actorgraph] ${line}`);

export async function runWithDatabase(work: (db: Database, config: Config) => Promise<void>): Promise<void> {
  try {
    const config = loadConfig();
    const database = await openDatabase(config, { instance: 'start', log, reuseRunning: true });
    try {
      await migrate(database.db);
      await work(database.db, config);
    } finally {
      await database.close();
    }
  } catch (error) {
    console.error(`[actorgraph] ${failureLine(error)}`);
    process.exitCode = 1;
  }
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

/** Every failure is one line a person can act on: what went wrong and what to try; never a stack dump. */
export function failureLine(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Neo4jError) {
    const mapped = databaseError(error);
    const hint =
      mapped.extensions.code === ErrorCode.DATABASE_ERROR
        ? 'Check the file against the README (Facts files); if it is right, report this with the file.'
        : 'Check that Neo4j is running (or unset NEO4J_URI to use the local one) and run the command again.';
    return `Neo4j refused the work: ${firstLine(error.message)} (${error.code}). ${hint}`;
  }
  const message = error instanceof Error ? firstLine(error.message) : String(error);
  return `Failed: ${message}. Run the command again; if it fails the same way, report it with this line.`;
}
