/** Shared frame of the command-line tools: config, database, one clear message on failure. */
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { openDatabase } from '../db/openDatabase.js';
import { databaseErrorLine, StartupError } from '../errors.js';

export const log = (line: string) => console.log(`[actorgraph] ${line}`);

/** Runs a command with the parsed config; any failure becomes one line on stderr and exit code 1. */
export async function runWithConfig(work: (config: Config) => Promise<void>): Promise<void> {
  try {
    await work(loadConfig());
  } catch (error) {
    console.error(`[actorgraph] ${failureLine(error)}`);
    process.exitCode = 1;
  }
}

export async function runWithDatabase(work: (db: Database, config: Config) => Promise<void>): Promise<void> {
  await runWithConfig(async (config) => {
    const database = await openDatabase(config, { instance: 'start', log, reuseRunning: true });
    try {
      await migrate(database.db);
      await work(database.db, config);
    } finally {
      await database.close();
    }
  });
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

/** Every failure is one line a person can act on: what went wrong and what to try; never a stack dump. */
export function failureLine(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const database = databaseErrorLine(error);
  if (database) return database;
  const message = error instanceof Error ? firstLine(error.message) : String(error);
  return `Failed: ${message}. Run the command again; if it fails the same way, report it with this line.`;
}
