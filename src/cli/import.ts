/**
 * `npm run import -- [--fresh] <file or folder> […]`: load facts files with the same checks and MERGE as the
 * seed, all checked before the first write, then written in batches with progress. Ctrl-C (or SIGTERM) stops
 * after the batch in flight and says how to finish. `--fresh` creates the local Neo4j's database from the
 * files with neo4j-admin database import instead (a first load only; docs/performance.md, "Loading").
 */
import { freshLoad } from '../ingest/freshLoad.js';
import { loadFacts, type ImportSummary } from '../ingest/writeFacts.js';
import { describeImport } from '../ingest/seed.js';
import { log, runWithConfig, runWithDatabase } from './run.js';

const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const inputs = args.filter((a) => a !== '--fresh');
if (inputs.length === 0) {
  console.error(
    'Usage: npm run import -- [--fresh] <facts.yaml|facts.json|folder> […]   (format: docs/facts-files.md)',
  );
  process.exit(2);
}

const since = (t: number) => (Date.now() - t) / 1000;

function report(summary: ImportSummary, started: number, writing: number): void {
  const f = summary.facts;
  const nodes = f.sources! + f.actors! + f.roles! + f.events! + f.statements! + f.evidence!;
  log(`Loaded ${describeImport(summary)}`);
  log(
    `${nodes} nodes (evidence included) in ${since(started).toFixed(1)} s, checks included: ` +
      `${Math.round(nodes / since(started))} nodes/s; writing alone ${Math.round(nodes / since(writing))} nodes/s`,
  );
}

if (fresh) {
  await runWithConfig(async (config) => {
    const started = Date.now();
    let writing = started;
    const summary = await freshLoad(config, inputs, {
      log: (line) => {
        if (line.startsWith('Checked')) writing = Date.now();
        log(line);
      },
    });
    report(summary, started, writing);
  });
} else {
  let stopRequested = false;
  const requestStop = () => {
    // A second interrupt means now: the batch in flight is one transaction, so it lands whole or not at all.
    if (stopRequested) process.exit(130);
    stopRequested = true;
    log('Stopping after the batch in flight (interrupt again to stop at once)…');
  };
  process.on('SIGINT', requestStop);
  process.on('SIGTERM', requestStop);

  await runWithDatabase(async (db, config) => {
    const started = Date.now();
    let writing = started;
    const summary = await loadFacts(db, inputs, {
      batchRows: config.importBatchRows,
      shouldStop: () => stopRequested,
      onProgress: (p) => {
        if (p.batch === 0) {
          writing = Date.now();
          return log(
            `Checked the input in ${since(started).toFixed(1)} s; writing ${p.rows} rows in ${p.batches} batches…`,
          );
        }
        const percent = Math.round((100 * p.rowsWritten) / p.rows);
        log(
          `batch ${p.batch}/${p.batches}: ${p.rowsWritten}/${p.rows} rows (${percent}%, ${Math.round(p.rowsWritten / since(writing))} rows/s)`,
        );
      },
    });
    report(summary, started, writing);
  });
}
