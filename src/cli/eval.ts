/**
 * `npm run eval [-- --only <name>] [--recorded]`: the extractor on the seed article and the labelled articles, scored
 * against their gold facts (docs/evaluation.md). Prints precision and recall per article and overall, and each
 * target with pass or miss; exits non-zero only on an error, never on a missed target.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { StartupError } from '../errors.js';
import { formatReport } from '../eval/report.js';
import { ARTICLES_DIR, SEED_ARTICLE } from '../eval/labelledArticles.js';
import { evalCases, recordedCases, runEval } from '../eval/runEval.js';
import { knownFacts } from '../eval/score.js';
import { extractFacts } from '../extract/extractFacts.js';
import { knownActorsFromFacts } from '../extract/knownActors.js';
import { readFactsFile } from '../ingest/readFacts.js';
import type { NlpEngine } from '../nlp/annotations.js';
import { coreNlpEngine } from '../nlp/coreNlpEngine.js';
import { startLocalCoreNlp } from '../nlp/localCoreNlp.js';
import { failureLine, log } from './run.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string', multiple: true }, recorded: { type: 'boolean', default: false } },
  });
  const config = loadConfig();
  const cases = evalCases(ARTICLES_DIR, values.only);
  if (cases.length === 0)
    throw new StartupError(
      `No evaluation article's name contains ${values.only?.join(' or ')}; see test/fixtures/articles.`,
    );
  // The extractor resolves names against the seed's actors, as against a graph that holds the seed.
  const seed = readFactsFile(SEED_ARTICLE.gold).facts;
  const known = knownActorsFromFacts(seed);
  const score = async (engine: NlpEngine) => {
    log(`Evaluating ${cases.length} articles…`);
    const result = await runEval(
      cases,
      async (article) => (await extractFacts(article, { engine, known })).facts,
      knownFacts(seed),
      (name, seconds) => log(`${name}: extracted in ${seconds.toFixed(1)} s`),
    );
    console.log(formatReport(result.rows, result.total));
  };
  // --recorded: the engine's answers recorded in test/fixtures (scripts/record-annotations.ts), no Java needed.
  if (values.recorded) return score(recordedCases(cases));
  const nlp = await startLocalCoreNlp({ ...config.nlp, log });
  try {
    await score(coreNlpEngine(nlp.url));
  } finally {
    await nlp.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(`[actorgraph] ${failureLine(error)}`);
    process.exitCode = 1;
  })
  // A lingering CoreNLP (CORENLP_LINGER_SECONDS) is still this process's child: exit rather than wait for it.
  .finally(() => process.exit());
