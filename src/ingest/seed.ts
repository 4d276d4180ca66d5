/** Loads the curated seed facts: always on `npm run seed`, on an empty database at `npm start`. */
import type { Database } from '../db/database.js';
import { importFacts, type ImportSummary } from './writeFacts.js';

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read<{ any: boolean }>(
    'seed:is-empty',
    'OPTIONAL MATCH (n:Node) WITH n LIMIT 1 RETURN n IS NOT NULL AS any',
  );
  return !row?.any;
}

export function describeImport(s: ImportSummary): string {
  const facts = Object.entries(s.facts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return `${s.file}: ${facts}; created ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships`;
}

export async function loadSeed(
  db: Database,
  files: readonly string[],
  log: (line: string) => void,
): Promise<ImportSummary[]> {
  const summaries: ImportSummary[] = [];
  for (const file of files) {
    const summary = await importFacts(db, file);
    log(`Loaded ${describeImport(summary)}`);
    summaries.push(summary);
  }
  return summaries;
}
