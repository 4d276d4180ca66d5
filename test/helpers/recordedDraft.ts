/**
 * A draft made from a test text in test/fixtures/extract and the engine's recorded annotations of it
 * (scripts/record-annotations.ts), resolved against the seed's actors: extraction tests without Java.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEED_FACTS_FILES } from '../../src/config.js';
import { draftFromAnnotations } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { factsFileSchema } from '../../src/ingest/factsSchema.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import type { AnnotatedDocument } from '../../src/nlp/annotations.js';

const FIXTURES = path.resolve('test/fixtures/extract');

export function recordedDraft(name: string, published: string) {
  const text = fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  const annotations = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, `${name}.corenlp.json`), 'utf8'),
  ) as AnnotatedDocument;
  const known = knownActorsFromFacts(readFactsFile(SEED_FACTS_FILES[0]!).facts);
  const draft = draftFromAnnotations({ text, publisher: 'Test Wire', published }, annotations, known, 'recorded');
  // Read as the loader reads it, defaults filled in: a draft the schema refuses fails here.
  return { text, draft, facts: factsFileSchema.parse(draft.facts) };
}
