/**
 * The labelled articles the evaluation runs on: texts in test/fixtures/articles, their metadata in its
 * manifest (articles.json), and each one's gold facts beside it (<name>.facts.yaml, the seed's format).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ArticleInput } from '../extract/extractFacts.js';
import { isoDate } from '../ingest/factsSchema.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTICLES_DIR = path.join(PROJECT_ROOT, 'test/fixtures/articles');
export const SEED_ARTICLE = {
  text: path.join(PROJECT_ROOT, 'seed/sources/national-times-ukraine-offers-talks.txt'),
  gold: path.join(PROJECT_ROOT, 'seed/facts/national-times-ukraine-offers-talks.yaml'),
  recording: path.join(PROJECT_ROOT, 'test/fixtures/extract/national-times-ukraine-offers-talks.corenlp.json'),
};

export interface LabelledArticle {
  name: string;
  article: ArticleInput;
  /** The gold facts file. */
  goldFile: string;
  /** The engine's annotations of the text, recorded by scripts/record-annotations.ts (`npm run eval -- --recorded`). */
  recording: string;
}

const manifestSchema = z.array(
  z.object({
    file: z.string().regex(/\.txt$/),
    publisher: z.string().min(1),
    published: isoDate,
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
  }),
);

/** Every article the manifest of `dir` names, with its text and gold file. */
export function readLabelledArticles(dir: string): LabelledArticle[] {
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'articles.json'), 'utf8')));
  return manifest.map(({ file, ...meta }) => {
    const name = path.basename(file, '.txt');
    return {
      name,
      article: { ...meta, text: fs.readFileSync(path.join(dir, file), 'utf8') },
      goldFile: path.join(dir, `${name}.facts.yaml`),
      recording: path.join(dir, `${name}.corenlp.json`),
    };
  });
}
