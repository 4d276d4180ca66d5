/**
 * `npm run eval -- --recorded`: the real extractor over the engine's recorded annotations of the evaluation
 * articles, with neither Java nor the engine, and a clear error when a text no longer matches its recording.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { ARTICLES_DIR } from '../../src/eval/labelledArticles.js';
import { evalCases, recordedCases, runEval } from '../../src/eval/runEval.js';
import { knownFacts } from '../../src/eval/score.js';

const cases = evalCases(ARTICLES_DIR);
const seed = cases[0]!.gold;

describe('the evaluation on recorded annotations', () => {
  it('extracts every article from its recording and scores it', async () => {
    const engine = recordedCases(cases);
    const known = knownActorsFromFacts(seed);
    const result = await runEval(
      cases,
      async (a) => (await extractFacts(a, { engine, known })).facts,
      knownFacts(seed),
    );
    expect(result.rows).toHaveLength(cases.length);
    for (const row of result.rows) {
      expect(row.score.statements.found, row.name).toBeGreaterThan(0);
      expect(row.score.statements.right, row.name).toBeGreaterThan(0);
    }
  });

  it('refuses a text edited since it was recorded, and says how to record it again', async () => {
    const engine = recordedCases(cases);
    const { article } = cases[1]!;
    await expect(engine.annotate(`${article.text} One more sentence.`, article.published)).rejects.toThrow(
      /No recorded annotations .*record-annotations\.ts/,
    );
    await expect(engine.annotate(article.text, '1999-01-01')).rejects.toThrow(/No recorded annotations/);
  });

  it('runs as npm run eval -- --recorded without starting the engine', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', '--recorded', '--only', 'kremlin'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent', JAVA_HOME: '' },
    });
    expect(run.stderr).not.toMatch(/Starting Stanford CoreNLP/);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^kremlin-studies-offer\s/m);
    expect(run.stdout).toMatch(/(pass|miss) {2}statement recall/);
  }, 60_000);
});
