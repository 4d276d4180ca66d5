/**
 * Records the engine's annotations of the extractor's test articles (test/fixtures/extract/articles.json) for
 * the unit tests and the labelled articles' (test/fixtures/articles/articles.json) for `npm run eval -- --recorded`,
 * which then need neither Java nor the engine. Run it again after changing the pipeline
 * (src/nlp/pipeline.ts) or the engine version: `npx tsx scripts/record-annotations.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { blankDateline } from '../src/extract/extractFacts.js';
import { articleJobs } from '../src/ingest/articleJobs.js';
import { pruneAnnotations } from '../src/nlp/annotations.js';
import { coreNlpEngine } from '../src/nlp/coreNlpEngine.js';
import { startLocalCoreNlp } from '../src/nlp/localCoreNlp.js';

// The extractor's unit-test articles and the evaluation's labelled articles (npm run eval -- --recorded), or the
// manifests named on the command line.
const argv = process.argv.slice(2);
const manifests = (
  argv.length > 0 ? argv : ['test/fixtures/extract/articles.json', 'test/fixtures/articles/articles.json']
).map((m) => path.resolve(m));
const config = loadConfig();
const nlp = await startLocalCoreNlp({ ...config.nlp, log: console.log });
try {
  const engine = coreNlpEngine(nlp.url);
  for (const manifest of manifests)
    for (const job of articleJobs([manifest], {})) {
      const doc = pruneAnnotations(await engine.annotate(blankDateline(job.article.text), job.article.published));
      const out = path.join(path.dirname(manifest), `${path.basename(job.file, '.txt')}.corenlp.json`);
      fs.writeFileSync(out, `${JSON.stringify(doc)}\n`);
      console.log(`${out}: ${doc.sentences.length} sentences`);
    }
} finally {
  await nlp.stop();
}
