/**
 * Runs an extractor over the evaluation's articles and scores each draft against its gold: the seed article
 * (gold: the curated seed facts) and the labelled articles. The extractor is passed in, so the scoring runs the
 * same with the real engine (npm run eval) and with drafts made up by a test.
 */
import fs from 'node:fs';
import { factsFileSchema, type FactsFile, type FactsFileInput } from '../ingest/factsSchema.js';
import { readFactsFile } from '../ingest/readFacts.js';
import { blankDateline, type ArticleInput } from '../extract/extractFacts.js';
import type { NlpEngine } from '../nlp/annotations.js';
import { recordedEngine } from '../nlp/recordedEngine.js';
import { readLabelledArticles, SEED_ARTICLE, type LabelledArticle } from './labelledArticles.js';
import { scoreArticle, totalScore, type ArticleScore, type KnownFacts } from './score.js';

export type Extractor = (article: ArticleInput) => Promise<FactsFileInput>;

export interface EvalCase {
  name: string;
  article: ArticleInput;
  gold: FactsFile;
  recording: string;
}

export interface EvalResult {
  rows: Array<{ name: string; score: ArticleScore; seconds: number }>;
  total: ArticleScore;
}

/** The seed article and the labelled articles of `dir`, with their gold facts read through the loader. */
export function evalCases(dir: string, only?: readonly string[]): EvalCase[] {
  const seed: LabelledArticle = {
    name: 'seed: national-times-ukraine-offers-talks',
    // The seed article carries no date; its facts file dates it 2025-07-19/20, and the later day is what it reads from.
    article: {
      text: fs.readFileSync(SEED_ARTICLE.text, 'utf8'),
      publisher: 'National Times',
      published: '2025-07-20',
      title: 'Ukraine offers to restart peace talks with Russia',
    },
    goldFile: SEED_ARTICLE.gold,
    recording: SEED_ARTICLE.recording,
  };
  return [seed, ...readLabelledArticles(dir)]
    .filter((a) => !only || only.some((name) => a.name.includes(name)))
    .map((a) => ({
      name: a.name,
      article: a.article,
      gold: readFactsFile(a.goldFile).facts,
      recording: a.recording,
    }));
}

/** The engine's recorded answers for these cases' texts, as the extractor asks for them (dateline blanked). */
export function recordedCases(cases: readonly EvalCase[]): NlpEngine {
  return recordedEngine(
    cases.map((c) => ({ text: blankDateline(c.article.text), documentDate: c.article.published, file: c.recording })),
  );
}

/** A draft read as the loader reads a file: defaults filled in; a draft the schema refuses is an error. */
function parsedDraft(name: string, draft: FactsFileInput): FactsFile {
  const parsed = factsFileSchema.safeParse(draft);
  if (!parsed.success)
    throw new Error(`The draft of ${name} is not a valid facts file: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Each article through the extractor, one after the other (the engine is one process), and scored. */
export async function runEval(
  cases: readonly EvalCase[],
  extract: Extractor,
  known: KnownFacts,
  onArticle: (name: string, seconds: number) => void = () => {},
): Promise<EvalResult> {
  const rows: EvalResult['rows'] = [];
  for (const c of cases) {
    const started = performance.now();
    const draft = parsedDraft(c.name, await extract(c.article));
    const seconds = (performance.now() - started) / 1000;
    onArticle(c.name, seconds);
    rows.push({ name: c.name, score: scoreArticle(c.gold, draft, known), seconds });
  }
  return { rows, total: totalScore(rows.map((r) => r.score)) };
}
