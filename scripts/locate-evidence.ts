/**
 * Computes (or checks) the character offsets of every evidence excerpt in a facts file.
 *
 *   npx tsx scripts/locate-evidence.ts seed/facts/some-file.yaml          # check only
 *   npx tsx scripts/locate-evidence.ts seed/facts/some-file.yaml --write  # fill in start/end
 *
 * Every mapping in the file that has an `excerpt` key is a piece of evidence. Its source is its
 * `source` key, or else the file's first source with a `textFile` (the loader's default). The
 * excerpt is looked up in that source's text with indexOf:
 *   - if `start`/`end` are present and text.slice(start, end) === excerpt, they are kept;
 *   - otherwise, if the excerpt occurs exactly once, start/end are set to that occurrence;
 *   - if it occurs more than once, a `start` already present is taken as a hint and the nearest
 *     occurrence is used; without a hint the script fails (make the excerpt longer or give a hint);
 *   - if it does not occur at all, the script fails.
 * Offsets are JavaScript string offsets (UTF-16 code units), as String.prototype.slice counts them.
 * With --write the file is edited in place: only the start/end values change (or are inserted just
 * before the `excerpt` key); every other byte of the file (comments, layout, quoting) is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isScalar, parseDocument, visit, type Pair, type YAMLMap } from 'yaml';

const args = process.argv.slice(2);
const write = args.includes('--write');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx scripts/locate-evidence.ts <facts.yaml> [--write]');
  process.exit(2);
}

const raw = readFileSync(file, 'utf8');
const doc = parseDocument(raw);
if (doc.errors.length) {
  for (const e of doc.errors) console.error(`YAML error: ${e.message}`);
  process.exit(1);
}

// Source id -> text, from the file's `sources` list.
const sources = (doc.toJS()?.sources ?? []) as Array<{ id: string; textFile?: string | null }>;
const texts = new Map<string, string>();
for (const s of sources) {
  if (s.textFile) texts.set(s.id, readFileSync(resolve(dirname(file), s.textFile), 'utf8'));
}
const defaultSource = sources.find((s) => s.textFile)?.id;

const occurrences = (text: string, needle: string): number[] => {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
};

const numberAt = (map: YAMLMap, key: string): number | undefined => {
  const v = map.get(key);
  return typeof v === 'number' ? v : undefined;
};

const pairOf = (map: YAMLMap, key: string): Pair | undefined =>
  map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;

/** Text edits on the raw file, applied back to front. */
const edits: Array<{ at: number; remove: number; insert: string }> = [];

let total = 0;
let changed = 0;
const problems: string[] = [];

visit(doc, {
  Map(_key, node) {
    const map = node as YAMLMap;
    if (!map.has('excerpt')) return;
    total++;
    const excerpt = map.get('excerpt');
    const sourceId = (map.get('source') as string | undefined) ?? defaultSource;
    const where = `excerpt ${JSON.stringify(excerpt)}`;
    if (typeof excerpt !== 'string' || excerpt.length === 0) {
      problems.push(`${where}: not a non-empty string`);
      return;
    }
    const text = sourceId ? texts.get(sourceId) : undefined;
    if (text === undefined) {
      problems.push(`${where}: source ${sourceId ?? '(none)'} has no text`);
      return;
    }
    const start = numberAt(map, 'start');
    const end = numberAt(map, 'end');
    if (start !== undefined && end !== undefined && text.slice(start, end) === excerpt) return;

    const hits = occurrences(text, excerpt);
    let at: number;
    if (hits.length === 0) {
      problems.push(`${where}: not found in ${sourceId}`);
      return;
    } else if (hits.length === 1) {
      at = hits[0]!;
    } else if (start !== undefined) {
      at = hits.reduce((best, h) => (Math.abs(h - start) < Math.abs(best - start) ? h : best));
    } else {
      problems.push(`${where}: found ${hits.length} times (at ${hits.join(', ')}); lengthen it or give a start hint`);
      return;
    }

    changed++;
    const want: Record<'start' | 'end', number> = { start: at, end: at + excerpt.length };
    const excerptKey = pairOf(map, 'excerpt')!.key as { range: [number, number, number] };
    const keyAt = excerptKey.range[0];
    const indent = keyAt - (raw.lastIndexOf('\n', keyAt - 1) + 1);
    const inserts: string[] = [];
    for (const key of ['start', 'end'] as const) {
      const pair = pairOf(map, key);
      const value = pair?.value as { range?: [number, number, number] } | null | undefined;
      if (pair && value?.range)
        edits.push({ at: value.range[0], remove: value.range[1] - value.range[0], insert: String(want[key]) });
      else if (pair) problems.push(`${where}: ${key} has no value to replace`);
      else inserts.push(`${key}: ${want[key]}`);
    }
    if (inserts.length) {
      const insertion = map.flow
        ? inserts.map((i) => `${i}, `).join('')
        : inserts.map((i) => `${i}\n${' '.repeat(indent)}`).join('');
      edits.push({ at: keyAt, remove: 0, insert: insertion });
    }
  },
});

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`${problems.length} problem(s) in ${total} evidence excerpts`);
  process.exit(1);
}

if (changed && write) {
  let out = raw;
  for (const e of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  writeFileSync(file, out);
  console.log(`${total} evidence excerpts; offsets set on ${changed}; ${file} rewritten`);
} else if (changed) {
  console.error(`${total} evidence excerpts; ${changed} need offsets (run with --write)`);
  process.exit(1);
} else {
  console.log(`${total} evidence excerpts; all offsets correct`);
}
