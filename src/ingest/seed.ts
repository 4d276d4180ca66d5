/** Loads the curated seed facts: always on `npm run seed`, on an empty database at `npm start`. */
import type { Database } from '../db/database.js';
import { WriteRepository } from '../repositories/writeRepository.js';
import { importFacts, type ImportSummary } from './writeFacts.js';

export function isEmpty(db: Database): Promise<boolean> {
  return new WriteRepository(db).isEmpty();
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
