/** `npm run synth -- --nodes N --out DIR [--seed S] [--files K]`: writes a synthetic corpus for `npm run import`. */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusContents, synthesize } from '../ingest/synthCorpus.js';

const USAGE = 'Usage: npm run synth -- --nodes N --out DIR [--seed S] [--files K]';

function wholeNumber(name: string, raw: string | undefined, fallback?: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (value === undefined || !Number.isInteger(value) || value < 1) {
    console.error(`[actorgraph] --${name} must be a whole number of at least 1 (got ${raw}). ${USAGE}`);
    process.exit(2);
  }
  return value;
}

const { values } = parseArgs({
  options: { nodes: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, files: { type: 'string' } },
});
if (!values.out) {
  console.error(`[actorgraph] --out is required. ${USAGE}`);
  process.exit(2);
}
const nodes = wholeNumber('nodes', values.nodes);
const files = synthesize({
  nodes,
  seed: wholeNumber('seed', values.seed, 1),
  files: wholeNumber('files', values.files, 1),
});
const out = path.resolve(values.out);
let bytes = 0;
for (const [name, text] of corpusContents(files)) {
  fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
  fs.writeFileSync(path.join(out, name), text);
  bytes += Buffer.byteLength(text);
}
const count = (k: 'sources' | 'actors' | 'roles' | 'events' | 'statements') =>
  files.reduce((n, f) => n + f.facts[k].length, 0);
console.log(
  `[actorgraph] Wrote ${files.length} facts file(s) to ${out} (${(bytes / 1e6).toFixed(1)} MB): ` +
    `${count('sources')} sources, ${count('actors')} actors, ${count('roles')} roles, ${count('events')} events, ${count('statements')} statements. ` +
    `Load them with: npm run import -- ${out}`,
);
