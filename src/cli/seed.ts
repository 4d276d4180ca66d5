/** `npm run seed`: load the curated seed facts (idempotent: running it again changes nothing). */
import { loadSeed } from '../ingest/seed.js';
import { log, runWithDatabase } from './run.js';

await runWithDatabase(async (db, config) => {
  await loadSeed(db, config.seedFiles, log);
});
