/**
 * The synthetic corpus generator (npm run synth): the same seed gives the same bytes, and what it writes
 * passes every check the loader makes before a write, with the skew the scale benchmark relies on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEvidence, factsFilesIn, readFactsFile } from '../../src/ingest/readFacts.js';
import { corpusContents, synthesize } from '../../src/ingest/synthCorpus.js';
import { tempDir } from '../helpers/processes.js';

const written = tempDir('synth');
afterAll(() => written.remove());

function writeCorpus(dir: string, contents: Map<string, string>): void {
  for (const [name, text] of contents) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

describe('npm run synth', () => {
  it('gives the same bytes for the same seed, and other bytes for another', () => {
    const a = corpusContents(synthesize({ nodes: 800, seed: 7, files: 3 }));
    const b = corpusContents(synthesize({ nodes: 800, seed: 7, files: 3 }));
    const c = corpusContents(synthesize({ nodes: 800, seed: 8, files: 3 }));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, text] of a) expect(b.get(name) === text, name).toBe(true);
    expect([...a].some(([name, text]) => c.get(name) !== text)).toBe(true);
  });

  it('writes files that pass the facts schema, the references and every excerpt check', () => {
    writeCorpus(written.dir, corpusContents(synthesize({ nodes: 1500, seed: 3, files: 3 })));
    const reads = factsFilesIn([written.dir]).map(readFactsFile);
    expect(reads).toHaveLength(3);
    const texts = new Map(reads.flatMap((r) => [...r.sourceTexts]));
    const defined = new Set(
      reads.flatMap((r) =>
        [...r.facts.sources, ...r.facts.actors, ...r.facts.roles, ...r.facts.events, ...r.facts.statements].map(
          (x) => x.id,
        ),
      ),
    );
    for (const read of reads) {
      expect(() => checkEvidence(read, texts)).not.toThrow();
      expect(read.externalRefs.filter((ref) => !defined.has(ref.id))).toEqual([]);
    }
    const nodes = defined.size;
    expect(nodes).toBeGreaterThan(1500 * 0.95);
    expect(nodes).toBeLessThan(1500 * 1.05);
  });

  it('has the real graph’s shape: hubs, events told by several sources, posts changing hands, replies', () => {
    const facts = synthesize({ nodes: 5000, seed: 1 })[0]!.facts;
    const bySpeaker = new Map<string, number>();
    for (const s of facts.statements) bySpeaker.set(s.speaker, (bySpeaker.get(s.speaker) ?? 0) + 1);
    const counts = [...bySpeaker.values()].sort((a, b) => b - a);
    const topFive = counts.slice(0, 5).reduce((n, c) => n + c, 0);
    // Five of some 300 actors say a fifth or more of everything.
    expect(topFive / facts.statements.length).toBeGreaterThan(0.2);
    expect(facts.events.filter((e) => new Set(e.evidence.map((x) => x.source)).size >= 2).length).toBeGreaterThan(
      facts.events.length / 2,
    );
    const ended = facts.tenures.filter((t) => !t.current && t.end);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.some((t) => facts.tenures.some((n) => n.role === t.role && n.start === t.end))).toBe(true);
    expect(facts.statements.filter((s) => (s.respondsTo ?? []).length > 0).length).toBeGreaterThan(
      facts.statements.length / 5,
    );
  });
});
