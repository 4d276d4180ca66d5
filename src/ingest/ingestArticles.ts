/**
 * `npm run ingest`'s pipeline, one article after another: extract a draft, corroborate it with what the graph
 * (and the batch so far) already holds, and write it as a facts file beside its text, for review or loading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { extractFacts, type ArticleInput, type DraftSummary } from '../extract/extractFacts.js';
import { knownActorsFromFacts, mergeKnown, type KnownActors } from '../extract/knownActors.js';
import type { NlpEngine } from '../nlp/annotations.js';
import type { ArticleJob } from './articleJobs.js';
import { combineKnown, corroborate, knownFromDraft, type ExistingFacts } from './corroborate.js';
import type { FactsFileInput, ReviewFlag } from './factsSchema.js';

export interface IngestOptions {
  engine: NlpEngine;
  known: KnownActors;
  /** A draft file (one article) or a folder; by default each draft goes beside its article. */
  out?: string;
  /** Statements and events already in the graph that a draft may repeat (none without a database). */
  inGraph?: (draft: FactsFileInput) => Promise<ExistingFacts>;
  onArticle?: (done: number, total: number, file: string) => void;
}

export interface IngestedArticle {
  file: string;
  draftFile: string;
  summary: DraftSummary;
  flags: ReviewFlag[];
}

export const EMPTY_SUMMARY: DraftSummary = {
  actorsMatched: 0,
  actorsNew: 0,
  statements: 0,
  roles: 0,
  events: 0,
  flagged: 0,
};

export function draftFileFor(file: string, out: string | undefined, single: boolean): string {
  const name = `${path.basename(file, path.extname(file))}.facts.yaml`;
  if (!out) return path.join(path.dirname(file), name);
  if (single && /\.(ya?ml|json)$/i.test(out)) return path.resolve(out);
  return path.resolve(out, name);
}

export interface ArticleDraft {
  facts: FactsFileInput;
  flags: ReviewFlag[];
  summary: DraftSummary;
}

/**
 * One article to a corroborated draft: extracted, then checked against what the graph (`inGraph`) and the
 * batch so far (`batch`) already hold. `ingestArticles` and the ingestArticle mutation both draft through it.
 */
export async function draftArticle(
  article: ArticleInput,
  options: Pick<IngestOptions, 'engine' | 'known' | 'inGraph'>,
  batch: ExistingFacts = { statements: [], events: [] },
  textFile?: string,
): Promise<ArticleDraft> {
  const extracted = await extractFacts(article, { engine: options.engine, known: options.known });
  // The loader reads the text beside the draft; evidence offsets point into it.
  if (textFile) extracted.facts.sources[0]!.textFile = textFile;
  const inGraph = options.inGraph ? await options.inGraph(extracted.facts) : { statements: [], events: [] };
  const corroborated = corroborate(withoutKnownTenures(extracted.facts, options.known), combineKnown(inGraph, batch));
  const flags = [...extracted.flags, ...corroborated.flags];
  return {
    facts: corroborated.facts,
    flags,
    // Counted on the draft as written: known tenures are left out, corroborated statements keep their count.
    summary: {
      ...extracted.summary,
      roles: corroborated.facts.tenures?.length ?? 0,
      flagged: new Set(flags.map((f) => f.factId)).size,
    },
  };
}

export async function ingestArticles(jobs: readonly ArticleJob[], options: IngestOptions): Promise<IngestedArticle[]> {
  const done: IngestedArticle[] = [];
  let known = options.known;
  let batch: ExistingFacts = { statements: [], events: [] };
  for (const [i, job] of jobs.entries()) {
    options.onArticle?.(i, jobs.length, job.file);
    const draftFile = draftFileFor(job.file, options.out, jobs.length === 1);
    const textFile = path.relative(path.dirname(draftFile), job.file);
    const draft = await draftArticle(job.article, { ...options, known }, batch, textFile);
    writeDraft(draftFile, draft.facts, job.file);
    done.push({ file: job.file, draftFile, flags: draft.flags, summary: draft.summary });
    // Later articles of the batch resolve to this one's new actors and corroborate with its statements.
    known = mergeKnown(known, knownActorsFromFacts(draft.facts));
    batch = combineKnown(batch, knownFromDraft(draft.facts));
  }
  options.onArticle?.(jobs.length, jobs.length, '');
  return done;
}

/**
 * A tenure the graph already holds (the same person in the same post) is left out of the draft: written under a
 * new id it would draw a second HOLDS edge, and under the known id it would overwrite the curated dates.
 */
function withoutKnownTenures(facts: FactsFileInput, known: KnownActors): FactsFileInput {
  const held = new Set(known.tenures.map((t) => `${t.person}|${t.role}`));
  return { ...facts, tenures: (facts.tenures ?? []).filter((t) => !held.has(`${t.person}|${t.role}`)) };
}

/** A draft as YAML text: what `npm run ingest` writes to a file and the ingestArticle mutation returns. */
export function draftYaml(facts: FactsFileInput, articleName = 'the article'): string {
  const header = [
    `# Draft facts extracted from ${articleName} by \`npm run ingest\` or ingestArticle (docs/adding-reports.md).`,
    '# Review before loading: facts with `needsReview: true` say why in `review:`; every excerpt is an exact',
    '# slice of the article at its offsets. Load with `npm run import -- <this file>` or ingest with --load.',
  ].join('\n');
  return `${header}\n${stringify(facts, { lineWidth: 0 })}`;
}

function writeDraft(file: string, facts: FactsFileInput, articleFile: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, draftYaml(facts, path.basename(articleFile)));
}

export function totals(articles: readonly IngestedArticle[]): DraftSummary {
  return articles.reduce(
    (sum, a) => ({
      actorsMatched: sum.actorsMatched + a.summary.actorsMatched,
      actorsNew: sum.actorsNew + a.summary.actorsNew,
      statements: sum.statements + a.summary.statements,
      roles: sum.roles + a.summary.roles,
      events: sum.events + a.summary.events,
      flagged: sum.flagged + a.summary.flagged,
    }),
    EMPTY_SUMMARY,
  );
}
