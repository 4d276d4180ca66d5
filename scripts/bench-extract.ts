/**
 * The extractor's speed and the engine's memory: a ~1,000-word article (the labelled articles joined) through
 * extractFacts with the engine warm, three times, and the engine's resident memory after.
 * `npx tsx scripts/bench-extract.ts` (starts CoreNLP, or uses the one running).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, SEED_FACTS_FILES } from '../src/config.js';
import { extractFacts } from '../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../src/extract/knownActors.js';
import { readFactsFile } from '../src/ingest/readFacts.js';
import { coreNlpEngine } from '../src/nlp/coreNlpEngine.js';
import { startLocalCoreNlp } from '../src/nlp/localCoreNlp.js';

const dir = path.resolve('test/fixtures/articles');
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
let text = '';
for (const name of fs
  .readdirSync(dir)
  .filter((n) => n.endsWith('.txt'))
  .sort()) {
  if (words(text) >= 1000) break;
  text += `${fs.readFileSync(path.join(dir, name), 'utf8').trim()}\n`;
}
const config = loadConfig();
const started = Date.now();
const nlp = await startLocalCoreNlp({ ...config.nlp, log: console.log });
console.log(`engine up after ${((Date.now() - started) / 1000).toFixed(0)} s`);
try {
  const engine = coreNlpEngine(nlp.url);
  const known = knownActorsFromFacts(readFactsFile(SEED_FACTS_FILES[0]!).facts);
  for (let run = 1; run <= 3; run++) {
    const t = performance.now();
    const draft = await extractFacts({ text, publisher: 'Bench', published: '2025-07-21' }, { engine, known });
    console.log(
      `run ${run}: ${words(text)} words in ${((performance.now() - t) / 1000).toFixed(1)} s (${draft.summary.statements} statements)`,
    );
  }
  const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${nlp.pid}/status`, 'utf8'))?.[1];
  const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${nlp.pid}/status`, 'utf8'))?.[1];
  console.log(
    `engine memory: ${Math.round(Number(rss) / 1024)} MB resident, peak ${Math.round(Number(hwm) / 1024)} MB (heap -Xmx${config.nlp.heap})`,
  );
} finally {
  await nlp.stop();
}
