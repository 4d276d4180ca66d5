/**
 * `npm run eval`'s path end to end with the real engine: CoreNLP started as the CLI starts it, the extractor
 * on two labelled articles, each draft scored against its gold and the report printed. The figures are not
 * asserted (they are measured: docs/evaluation.md); that the run finds statements and scores them is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ARTICLES_DIR, SEED_ARTICLE } from '../../src/eval/labelledArticles.js';
import { formatReport } from '../../src/eval/report.js';
import { evalCases, runEval } from '../../src/eval/runEval.js';
import { knownFacts } from '../../src/eval/score.js';
import { extractFacts } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import { coreNlpEngine } from '../../src/nlp/coreNlpEngine.js';
import { startLocalCoreNlp, type LocalCoreNlp } from '../../src/nlp/localCoreNlp.js';

describe('the evaluation with the real engine', () => {
  let nlp: LocalCoreNlp;
  beforeAll(async () => {
    nlp = await startLocalCoreNlp({ ...loadConfig().nlp, lingerMs: 0, log: () => {} });
  }, 600_000);
  afterAll(() => nlp?.stop());

  it('extracts two articles, scores them against their gold and reports every target', async () => {
    const cases = evalCases(ARTICLES_DIR, ['moscow-calls-ultimatum-blackmail', 'eu-sanctions-package']);
    expect(cases.map((c) => c.name)).toEqual(['moscow-calls-ultimatum-blackmail', 'eu-sanctions-package']);
    const seed = readFactsFile(SEED_ARTICLE.gold).facts;
    const known = knownActorsFromFacts(seed);
    const engine = coreNlpEngine(nlp.url);
    const result = await runEval(
      cases,
      async (article) => (await extractFacts(article, { engine, known })).facts,
      knownFacts(seed),
    );
    for (const row of result.rows) {
      expect(row.score.statements.gold).toBeGreaterThan(10);
      expect(row.score.statements.found, row.name).toBeGreaterThan(0);
      expect(row.score.speakers.found, row.name).toBeGreaterThan(0);
    }
    const report = formatReport(result.rows, result.total);
    expect(report).toMatch(/(pass|miss) {2}statement recall/);
  }, 900_000);
});
