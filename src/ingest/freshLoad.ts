/**
 * `npm run import -- --fresh …`: a first load into the local Neo4j before it holds a database. The files are
 * read and checked as for any load (an empty graph holds nothing they could refer to), then written by
 * `neo4j-admin database import` as store files, without transactions; the server then starts, builds the
 * constraints and indexes over them (migrations) and waits until every index is online.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { adminImport, checkFreshTarget } from '../db/adminImport.js';
import { awaitIndexesOnline, migrate } from '../db/migrations.js';
import { instanceDir, openDatabase } from '../db/openDatabase.js';
import { StartupError } from '../errors.js';
import { WriteRepository } from '../repositories/writeRepository.js';
import { writeAdminImportFiles } from './adminImportFiles.js';
import { checkedRows, factCounts, type ImportSummary } from './writeFacts.js';

/** An empty graph: no id outside the input exists, and no source text. */
const emptyGraph = { existingTexts: async () => new Map<string, string | null>() };

/** How long the indexes may take to build over what was imported (a 1M-node store on a busy machine). */
const INDEX_WAIT_MS = 30 * 60_000;

export async function freshLoad(
  config: Config,
  inputs: readonly string[],
  steps: { log: (line: string) => void },
): Promise<ImportSummary> {
  if (config.neo4j)
    throw new StartupError(
      '--fresh writes the local Neo4j store; with NEO4J_URI set, load without --fresh (or run neo4j-admin database import on that server).',
    );
  const dir = instanceDir(config, 'start');
  checkFreshTarget(dir); // before the checks, which take a while on a large input
  const { files, reads, rows } = await checkedRows(emptyGraph, inputs);
  steps.log(`Checked ${files.length} file(s); writing the store with neo4j-admin database import…`);
  const csvDir = path.join(dir, 'import-files');
  let csv;
  try {
    csv = writeAdminImportFiles(rows, csvDir);
    await adminImport(csv, {
      homeDir: config.homeDir,
      instanceDir: dir,
      heap: config.localNeo4jMemory.heap,
      log: steps.log,
    });
  } finally {
    fs.rmSync(csvDir, { recursive: true, force: true });
  }
  const database = await openDatabase(config, { instance: 'start', log: steps.log, reuseRunning: false });
  try {
    await migrate(database.db, { awaitIndexes: false });
    steps.log('Building the constraints and indexes over the imported graph…');
    await awaitIndexesOnline(database.db, INDEX_WAIT_MS, steps.log);
    const set = await new WriteRepository(database.db).setEmptyLists(csv.emptyLists);
    steps.log(`Set the empty lists the import tool leaves out on ${set} nodes and relationships.`);
  } finally {
    await database.close();
  }
  return { file: files.join(', '), ...csv.totals, facts: factCounts(reads, rows) };
}
