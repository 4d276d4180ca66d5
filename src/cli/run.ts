/** Shared frame of the command-line tools: config, database, one clear message on failure. */
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { openDatabase } from '../db/openDatabase.js';
import { databaseErrorLine, StartupError } from '../errors.js';

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
    const line = databaseErrorLine(error);
    if (line) console.error(`[actorgraph] ${line}`);
    else if (error instanceof StartupError) console.error(`[actorgraph] ${error.message}`);
    else console.error('[actorgraph] failed:', error);
    process.exitCode = 1;
  }
}
