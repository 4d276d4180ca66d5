/** `npm run import -- <file> [<file> …]`: load other facts files with the same checks and MERGE as the seed. */
import { loadSeed } from '../ingest/seed.js';
import { log, runWithDatabase } from './run.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run import -- <facts.yaml> [<facts.yaml> …]   (format: see README, "Facts files")');
  process.exit(2);
}
await runWithDatabase(async (db) => {
  await loadSeed(db, files, log);
});
