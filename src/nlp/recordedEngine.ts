/**
 * An NlpEngine that answers from annotations the real engine recorded earlier (scripts/record-annotations.ts):
 * `npm run eval -- --recorded` and the unit tests score the extractor in seconds, with neither Java nor the
 * 3 GB engine, on exactly what CoreNLP said of each text.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AnnotatedDocument, NlpEngine } from './annotations.js';
import { EngineError } from './coreNlpEngine.js';
import { CORENLP_VERSION } from './localCoreNlp.js';

export interface Recording {
  /** The text as the engine was given it (the extractor blanks a dateline first). */
  text: string;
  documentDate: string;
  /** The recorded annotations (JSON). */
  file: string;
}

const key = (text: string, documentDate: string) =>
  createHash('sha256').update(documentDate).update('\n').update(text).digest('hex');

const RECORD_HELP = 'record them with `npx tsx scripts/record-annotations.ts` (it starts the engine once)';

export function recordedEngine(recordings: readonly Recording[]): NlpEngine {
  const files = new Map(recordings.map((r) => [key(r.text, r.documentDate), r.file]));
  return {
    name: `Stanford CoreNLP ${CORENLP_VERSION}, recorded`,
    // async, so that a missing recording is a rejected promise like the real engine's errors.
    async annotate(text: string, documentDate: string): Promise<AnnotatedDocument> {
      const file = files.get(key(text, documentDate));
      // A text edited since it was recorded has another key: its old annotations' offsets would be wrong.
      if (!file) throw new EngineError(`No recorded annotations for this text dated ${documentDate}; ${RECORD_HELP}.`);
      if (!fs.existsSync(file)) throw new EngineError(`${file} is missing; ${RECORD_HELP}.`);
      return JSON.parse(fs.readFileSync(file, 'utf8')) as AnnotatedDocument;
    },
  };
}
