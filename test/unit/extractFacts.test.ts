/**
 * The annotation-to-facts conversion over recorded engine output (test/fixtures/extract/*.corenlp.json, made by
 * scripts/record-annotations.ts): no Java needed. Each expectation is what the article's words say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FACTS_FILES } from '../../src/config.js';
import { blankDateline, draftFromAnnotations, type ArticleInput } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { factsFileSchema } from '../../src/ingest/factsSchema.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import type { AnnotatedDocument } from '../../src/nlp/annotations.js';

const FIXTURES = path.resolve('test/fixtures/extract');
const seedFacts = readFactsFile(SEED_FACTS_FILES[0]!).facts;

function extract(
  name: string,
  text: string,
  meta: Omit<ArticleInput, 'text'>,
  known = knownActorsFromFacts(seedFacts),
) {
  const annotations = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, `${name}.corenlp.json`), 'utf8'),
  ) as AnnotatedDocument;
  return draftFromAnnotations({ text, ...meta }, annotations, known, 'recorded CoreNLP');
}

const wireText = fs.readFileSync(path.join(FIXTURES, 'wire-sybiha-talks.txt'), 'utf8');
const wire = () => extract('wire-sybiha-talks', wireText, { publisher: 'Wire', published: '2025-07-21' });
const seedText = fs.readFileSync(path.resolve('seed/sources/national-times-ukraine-offers-talks.txt'), 'utf8');
const seed = () =>
  extract('national-times-ukraine-offers-talks', seedText, { publisher: 'National Times', published: '2025-07-20' });

const statement = (draft: ReturnType<typeof wire>, words: string) => {
  const found = draft.facts.statements!.find((s) => s.text.includes(words));
  expect(found, `a statement with "${words}"`).toBeDefined();
  return found!;
};

describe('extraction from engine annotations', () => {
  it('makes a draft the loader’s schema accepts, every excerpt an exact slice of the text', () => {
    for (const [draft, text] of [
      [wire(), wireText],
      [seed(), seedText],
    ] as const) {
      expect(factsFileSchema.safeParse(draft.facts).success).toBe(true);
      const facts = factsFileSchema.parse(draft.facts);
      const evidence = [
        ...facts.actors,
        ...facts.roles,
        ...facts.tenures,
        ...facts.statements,
        ...facts.statements.flatMap((s) => s.addressees.filter((a) => typeof a !== 'string')),
      ].flatMap((f) => ('evidence' in f && f.evidence ? f.evidence : []));
      expect(evidence.length).toBeGreaterThan(10);
      for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.excerpt);
    }
  });

  it('finds the seed’s direct quotes with Zelenskyy as their speaker, the lone and the participle ones included', () => {
    const draft = seed();
    for (const words of ['Everything must be done', 'The Russian side must stop', 'A leadership-level meeting'])
      expect(statement(draft, words)).toMatchObject({ kind: 'QUOTE', speaker: 'person:volodymyr-zelenskyy' });
    // The lone quote's speaker is reasoned from the quote before it, and says so.
    expect(statement(draft, 'The Russian side must stop')).toMatchObject({ basis: 'INFERRED' });
    expect(statement(draft, 'The Russian side must stop').reasoning).toMatch(/continues/);
  });

  it('reads single quotes and joins a quote split around “Sybiha said”', () => {
    const quote = statement(wire(), 'We will not give up our land');
    expect(quote).toMatchObject({ kind: 'QUOTE', speaker: 'person:andrii-sybiha' });
    expect(quote.text).toBe('We will not give up our land, because our people stand behind us.');
  });

  it('attributes a quote to a title standing for a person (“the Ukrainian leader”), as INFERRED', () => {
    const quote = statement(wire(), 'Russia must answer this offer');
    expect(quote).toMatchObject({ speaker: 'person:volodymyr-zelenskyy', basis: 'INFERRED' });
    expect(quote.reasoning).toMatch(/Ukrainian leader/);
  });

  it('finds reported speech without quote marks, with its speaker', () => {
    const draft = wire();
    expect(statement(draft, 'Kyiv was ready for a new round of talks')).toMatchObject({
      kind: 'PARAPHRASE',
      speaker: 'person:andrii-sybiha',
    });
    expect(statement(draft, 'delegation would be led by Rustem Umerov')).toMatchObject({
      speaker: 'person:volodymyr-zelenskyy',
    });
    expect(statement(seed(), 'pledged to escalate military aid')).toMatchObject({ speaker: 'person:donald-trump' });
  });

  it('finds the addressee of an ultimatum and of a demand', () => {
    const draft = seed();
    const ids = (s: ReturnType<typeof statement>) =>
      (s.addressees ?? []).map((a) => (typeof a === 'string' ? a : a.id));
    expect(ids(statement(draft, 'stark ultimatum to Russia'))).toEqual(['country:russia']);
    expect(ids(statement(draft, 'The Russian side must stop'))).toEqual(['country:russia']);
  });

  it('reads the seed’s roles as its curators did, each matched to the existing post', () => {
    const tenures = seed().facts.tenures!.map((t) => `${t.person} ${t.role} ${t.current}`);
    const curated = seedFacts.tenures.map((t) => `${t.person} ${t.role} ${t.current}`);
    expect(tenures.sort()).toEqual(curated.sort());
    expect(seed().facts.roles).toEqual([]);
  });

  it('makes a new person with an appositive role, and reads “former” as an ended tenure', () => {
    const draft = wire();
    expect(draft.facts.actors!.map((a) => a.id)).toEqual(
      expect.arrayContaining(['person:andrii-sybiha', 'person:oleksii-reznikov']),
    );
    expect(draft.facts.tenures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: 'person:andrii-sybiha',
          role: 'role:ukraines-foreign-minister',
          current: true,
        }),
        expect.objectContaining({
          person: 'person:oleksii-reznikov',
          role: 'role:ua-minister-of-defence',
          current: false,
        }),
      ]),
    );
    expect(draft.facts.roles).toEqual([
      expect.objectContaining({ id: 'role:ukraines-foreign-minister', country: 'country:ukraine' }),
    ]);
  });

  it('resolves a spelling variant (Zelenskiy) to the known actor and flags only the new ones', () => {
    const draft = wire();
    expect(draft.facts.actors!.some((a) => a.id.includes('zelensk'))).toBe(false);
    expect(
      draft.flags
        .filter((f) => f.kind === 'NEW_ACTOR')
        .map((f) => f.factId)
        .sort(),
    ).toEqual(['person:andrii-sybiha', 'person:oleksii-reznikov']);
    const sybiha = draft.facts.actors!.find((a) => a.id === 'person:andrii-sybiha')!;
    expect(sybiha).toMatchObject({ needsReview: true, review: expect.stringMatching(/^NEW_ACTOR/) });
    expect(draft.summary).toMatchObject({ actorsNew: 2, statements: draft.facts.statements!.length });
  });

  it('flags an inferred speaker below the review threshold, and records the extractor on every fact', () => {
    const draft = wire();
    const lone = statement(draft, 'Silence is also an answer');
    expect(lone).toMatchObject({ basis: 'INFERRED', needsReview: true });
    expect(draft.flags).toContainEqual(expect.objectContaining({ kind: 'LOW_CONFIDENCE', factId: lone.id }));
    for (const s of draft.facts.statements!)
      expect(s.extractedBy).toMatch(/^actorgraph-extract \d+\.\d+\.\d+ \(recorded CoreNLP\)$/);
  });

  it('dates statements from their sentence against the publication date, else from the report’s earlier date', () => {
    const draft = seed();
    expect(statement(draft, 'had formally extended an invitation')).toMatchObject({ date: '2025-07-19' });
    expect(statement(draft, 'stark ultimatum')).toMatchObject({
      date: '2025-07-14/2025-07-20',
      datePhrase: 'this week',
    });
    // The quotes after "confirmed in his Saturday evening address" carry no date of their own.
    const quote = statement(draft, 'Everything must be done');
    expect(quote).toMatchObject({ date: '2025-07-19' });
    expect(quote.dateNote).toMatch(/^Not dated in its sentence/);
  });

  it('dates a lead from its own words (“on Monday”) and the statements after it from the lead', () => {
    const first = wire().facts.statements![0]!;
    expect(first.text).toMatch(/^Kyiv was ready/);
    expect(first).toMatchObject({ date: '2025-07-21', datePhrase: 'Monday' });
    const lone = extract('wire-sybiha-talks', wireText, { publisher: 'Wire', published: '2025-07-21' });
    expect(lone.facts.statements!.every((s) => s.date === '2025-07-21' || s.date === '../2025-07-21')).toBe(true);
  });

  it('gives the same article the same ids, so a second load changes nothing', () => {
    expect(wire().facts).toEqual(wire().facts);
    expect(seed().facts.statements!.map((s) => s.id)).toEqual(seed().facts.statements!.map((s) => s.id));
  });

  it('blanks a dateline without moving any offset', () => {
    const blanked = blankDateline(wireText);
    expect(blanked.length).toBe(wireText.length);
    expect(blanked.startsWith(' '.repeat(20))).toBe(true);
    expect(blankDateline('No dateline here.')).toBe('No dateline here.');
  });
});
