/**
 * `npm run ingest -- <files or folder> --publisher <name> --published <YYYY-MM-DD> [--title] [--url]
 * [--out <draft.yaml|folder>] [--load]`: news articles to reviewable facts files (docs/adding-reports.md).
 * With --load the drafts go through the importer's checks and idempotent loader into `npm start`'s database.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { knownActorsFromFacts, type KnownActors } from '../extract/knownActors.js';
import { articleJobs, type ArticleJob } from '../ingest/articleJobs.js';
import { knownInGraph } from '../ingest/corroborate.js';
import { ingestArticles, totals, type IngestedArticle } from '../ingest/ingestArticles.js';
import { readFactsFile } from '../ingest/readFacts.js';
import { describeImport } from '../ingest/seed.js';
import { loadFacts } from '../ingest/writeFacts.js';
import { coreNlpEngine } from '../nlp/coreNlpEngine.js';
import { startLocalCoreNlp } from '../nlp/localCoreNlp.js';
import { CorroborationRepository } from '../repositories/corroborationRepository.js';
import { KnownActorsRepository } from '../repositories/knownActorsRepository.js';
import { failureLine, log, runWithDatabase } from './run.js';

const USAGE =
  'Usage: npm run ingest -- <article.txt|folder|manifest.csv|manifest.json> […] --publisher <name> --published <YYYY-MM-DD> ' +
  '[--title <t>] [--url <u>] [--out <draft.yaml|folder>] [--load]   (docs/adding-reports.md)';

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        publisher: { type: 'string' },
        published: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        load: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`[actorgraph] ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

/** One line per article when not on a terminal; a bar redrawn in place when on one. */
function progress(done: number, total: number, file: string): void {
  const width = 24;
  const filled = Math.round((width * done) / total);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${file ? ` ${path.basename(file)}` : ''}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${bar.padEnd(80)}${done === total ? '\n' : ''}`);
  else if (file) log(bar);
}

async function ingest(config: Config, jobs: ArticleJob[], known: KnownActors, db?: Database) {
  const started = Date.now();
  const nlp = await startLocalCoreNlp({
    homeDir: config.nlp.homeDir,
    heap: config.nlp.heap,
    lingerMs: config.nlp.lingerMs,
    log,
  });
  try {
    const extractStart = Date.now();
    const done = await ingestArticles(jobs, {
      engine: coreNlpEngine(nlp.url),
      known,
      out: values.out,
      inGraph: db ? (draft) => knownInGraph(new CorroborationRepository(db), draft) : undefined,
      onArticle: progress,
    });
    report(done, (Date.now() - extractStart) / 1000, (Date.now() - started) / 1000);
    return done;
  } finally {
    await nlp.stop();
  }
}

function report(done: IngestedArticle[], extractSeconds: number, seconds: number): void {
  for (const a of done) log(`${path.basename(a.file)} → ${a.draftFile}`);
  const t = totals(done);
  log(
    `Actors matched ${t.actorsMatched}, new ${t.actorsNew}; statements ${t.statements}; roles ${t.roles}; events ${t.events}; ` +
      `flagged for review ${t.flagged}.`,
  );
  log(
    `${done.length} article(s) in ${extractSeconds.toFixed(1)} s of extraction (${(extractSeconds / done.length).toFixed(1)} s each), ${seconds.toFixed(1)} s in all.`,
  );
}

const { values, positionals } = parse();
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const defaults = { publisher: values.publisher, published: values.published, title: values.title, url: values.url };

// Every article is read and checked first: an unreadable one stops the run before the engine or the database starts.
let jobs: ArticleJob[] = [];
try {
  jobs = articleJobs(positionals, defaults);
} catch (error) {
  console.error(`[actorgraph] ${failureLine(error)}`);
  process.exit(1);
}

if (values.load) {
  await runWithDatabase(async (db, config) => {
    const known = await new KnownActorsRepository(db).all();
    const done = await ingest(config, jobs, known, db);
    const summary = await loadFacts(
      db,
      done.map((a) => a.draftFile),
      { batchRows: config.importBatchRows },
    );
    log(`Loaded ${describeImport(summary)}`);
  });
} else {
  try {
    const config = loadConfig();
    // Without a database, names resolve against the seed's actors; --load resolves against the graph.
    const known = knownActorsFromFacts(...config.seedFiles.map((f) => readFactsFile(f).facts));
    await ingest(config, jobs, known);
    log('Review the drafts, then load them with `npm run import -- <draft>` (or ingest again with --load).');
  } catch (error) {
    console.error(`[actorgraph] ${failureLine(error)}`);
    process.exitCode = 1;
  }
}
