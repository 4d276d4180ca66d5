/**
 * The labelled articles of the evaluation (test/fixtures/articles): each has its metadata in the manifest, a
 * text of wire-report length, and gold facts that pass every check of the loader (schema, duplicates, excerpts
 * at their offsets) and refer only to what they define or the seed defines. Between them they cover the cases
 * the issue lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvidence, readFactsFile } from '../../src/ingest/readFacts.js';
import { readLabelledArticles, ARTICLES_DIR } from '../../src/eval/labelledArticles.js';
import { SEED_FACTS_FILE } from '../helpers/seedFacts.js';

const articles = readLabelledArticles(ARTICLES_DIR);
const seed = readFactsFile(SEED_FACTS_FILE);
const seedIds = new Set(
  [
    ...seed.facts.sources,
    ...seed.facts.actors,
    ...seed.facts.roles,
    ...seed.facts.events,
    ...seed.facts.statements,
  ].map((x) => x.id),
);

describe('labelled articles', () => {
  it('are at least 8, each 300 to 1,000 words', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const a of articles) {
      const words = a.article.text.split(/\s+/).filter(Boolean).length;
      expect(words, a.name).toBeGreaterThanOrEqual(300);
      expect(words, a.name).toBeLessThanOrEqual(1000);
    }
  });

  it.each(articles.map((a) => [a.name, a] as const))('%s: gold facts pass the loader’s checks', (_name, a) => {
    const read = readFactsFile(a.goldFile);
    checkEvidence(read, read.sourceTexts);
    const outside = read.externalRefs.filter((r) => !seedIds.has(r.id));
    expect(outside).toEqual([]);
    // The manifest's metadata is the gold source's.
    const [source] = read.facts.sources;
    expect(source).toMatchObject({
      publisher: a.article.publisher,
      published: a.article.published,
      title: a.article.title,
    });
    expect(read.sourceTexts.get(source!.id)).toBe(a.article.text);
  });

  it('cover the cases the issue lists', () => {
    const all = articles.map((a) => ({ text: a.article.text, gold: readFactsFile(a.goldFile).facts }));
    const texts = all.map((x) => x.text).join('\n');
    expect(texts).toMatch(/'[^']+,' [A-Z]\w+ said/); // single quotes
    expect(texts).toMatch(/"[^"]+,"[^"]*said/); // double quotes
    expect(texts).toMatch(/,” he said, “|," he said, "/); // a quote split around "he said"
    expect(texts).toMatch(/\btold (his|her|[A-Z])/); // "told X"
    expect(texts).toContain('Zelenskiy'); // a spelling variant of a seed name
    expect(texts).toMatch(/\bformer\b/);
    const statements = all.flatMap((x) => x.gold.statements);
    expect(statements.some((s) => s.kind === 'PARAPHRASE')).toBe(true);
    expect(statements.some((s) => s.addressees.length > 0)).toBe(true);
    // Former roles: ended tenures.
    expect(all.flatMap((x) => x.gold.tenures).some((t) => !t.current)).toBe(true);
    // New persons with roles.
    expect(all.flatMap((x) => x.gold.actors).filter((a) => a.kind === 'PERSON').length).toBeGreaterThanOrEqual(5);
  });

  it('report one quote in two articles in different words', () => {
    const quotes = articles.flatMap((a) =>
      readFactsFile(a.goldFile).facts.statements.filter((s) => s.speaker === 'person:volodymyr-zelenskyy'),
    );
    const texts = new Set(quotes.map((s) => s.text));
    expect(texts).toContain('Everything should be done to achieve a ceasefire');
    expect(texts).toContain('Everything must be done to achieve a ceasefire');
  });

  it('have a gold file for every text and a text for every gold file', () => {
    const names = (ext: string) =>
      fs
        .readdirSync(ARTICLES_DIR)
        .filter((f) => f.endsWith(ext))
        .map((f) => path.basename(f, ext))
        .sort();
    expect(names('.facts.yaml')).toEqual(names('.txt'));
    expect(articles.map((a) => a.name).sort()).toEqual(names('.txt'));
  });
});
