/**
 * Roles and statement dates read from wire-style texts of our own (test/fixtures/extract/wire-*.txt, recorded by
 * scripts/record-annotations.ts with test/fixtures/extract/roles.json): each expectation is what the words say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FACTS_FILES } from '../../src/config.js';
import { draftFromAnnotations } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { factsFileSchema, type FactsFile } from '../../src/ingest/factsSchema.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import type { AnnotatedDocument } from '../../src/nlp/annotations.js';

const FIXTURES = path.resolve('test/fixtures/extract');
const known = knownActorsFromFacts(readFactsFile(SEED_FACTS_FILES[0]!).facts);

function draft(name: string, published: string): FactsFile {
  const text = fs.readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  const annotations = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, `${name}.corenlp.json`), 'utf8'),
  ) as AnnotatedDocument;
  const facts = draftFromAnnotations(
    { text, publisher: 'Wire', published },
    annotations,
    known,
    'recorded CoreNLP',
  ).facts;
  return factsFileSchema.parse(facts);
}

/** Each tenure as the person's name, the post's title and place, and whether it is current. */
function posts(facts: FactsFile) {
  const name = (id: string) => facts.actors.find((a) => a.id === id)?.name ?? id;
  return facts.tenures.map((t) => {
    const role = facts.roles.find((r) => r.id === t.role);
    return {
      person: name(t.person),
      title: role?.title ?? t.role,
      place: role?.organization ?? role?.country ?? null,
      current: t.current,
      basis: t.basis,
    };
  });
}

const postsOf = (facts: FactsFile, person: string) => posts(facts).filter((p) => p.person === person);

describe('roles from appositives, title compounds and relative clauses', () => {
  const ministers = () => draft('wire-ministers-roles', '2026-03-05');
  const envoys = () => draft('wire-envoys-roles', '2026-03-06');

  it('reads a post from an appositive whose head is a title, and none from one whose head is not', () => {
    const facts = ministers();
    expect(postsOf(facts, 'Lars Dahl')).toEqual([
      expect.objectContaining({ title: "Norway's foreign minister", place: 'country:norway', current: true }),
    ]);
    expect(postsOf(facts, 'Oksana Hrytsenko')).toEqual([
      expect.objectContaining({ title: "Ukraine's human rights commissioner", place: 'country:ukraine' }),
    ]);
    // "a Conservative ally of the minister" names no post; "the head of the Swedish delegation" is a task.
    expect(postsOf(facts, 'Tom Berg')).toEqual([]);
    expect(postsOf(facts, 'Nils Ek')).toEqual([]);
  });

  it('places "whose prime minister" in the country the clause hangs on, apart from an unplaced former one', () => {
    const facts = ministers();
    expect(postsOf(facts, 'Eva Stein')).toEqual([
      expect.objectContaining({ title: 'prime minister', place: 'country:iceland', current: true }),
    ]);
    expect(postsOf(facts, 'Kari Lund')).toEqual([
      expect.objectContaining({ title: 'prime minister', place: null, current: false }),
    ]);
  });

  it('keeps an adjective before a title ("presidential aide") and ends a post "previously served as"', () => {
    expect(postsOf(ministers(), 'Ivan Orlov')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Presidential aide', current: true }),
        expect.objectContaining({ title: 'deputy defence minister', current: false }),
      ]),
    );
  });

  it('gives "his Danish counterpart" the speaker’s post in Denmark, as an inference', () => {
    expect(postsOf(ministers(), 'Jens Holm')).toEqual([
      expect.objectContaining({ title: 'Denmark foreign minister', place: 'country:denmark', basis: 'INFERRED' }),
    ]);
  });

  it('places a post without a country in the country whose delegation the person leads, or of whom they advise', () => {
    const facts = envoys();
    expect(postsOf(facts, 'Pavel Sorokin')).toEqual([
      expect.objectContaining({ title: expect.stringMatching(/presidential envoy$/), place: 'country:russia' }),
    ]);
    expect(postsOf(facts, 'Anton Belov')).toEqual([
      expect.objectContaining({ title: 'foreign policy adviser to Putin', place: 'country:russia' }),
    ]);
  });

  it('reads "now deputy chairman of …" and "appointed to head …", and leaves "now" and "the" out of the post', () => {
    const facts = envoys();
    expect(postsOf(facts, 'Viktor Lis')).toEqual([
      expect.objectContaining({ title: "deputy chairman of Serbia's Security Council", current: true }),
    ]);
    expect(postsOf(facts, 'Marta Kovac')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'finance minister', current: false }),
        expect.objectContaining({ title: 'head of the National Bank of Serbia', current: true }),
      ]),
    );
  });

  it('reads a known person’s "Its spokeswoman" as the post the graph says they hold', () => {
    const tenure = envoys().tenures.find((t) => t.person === 'person:maria-zakharova');
    expect(tenure?.role).toBe('role:ru-foreign-ministry-spokesperson');
  });
});

describe('dates of statements without a date of their own', () => {
  const aid = () => draft('wire-aid-dates', '2026-03-04');
  const said = (facts: FactsFile, words: string) => {
    const found = facts.statements.find((s) => s.text.includes(words));
    expect(found, `a statement with "${words}"`).toBeDefined();
    return found!;
  };

  it('reads "said on Tuesday" as the Tuesday before a Wednesday publication, whatever way the engine read it', () => {
    const lead = said(aid(), 'Warsaw would send');
    expect(lead).toMatchObject({ date: '2026-03-03', datePhrase: 'Tuesday' });
    expect(lead.dateNote).toContain('the Tuesday before it is meant');
  });

  it('bounds a reaction ("welcomed the package") and a reference back ("the package") from the day reported', () => {
    const facts = aid();
    expect(said(facts, 'welcomed the package').date).toBe('2026-03-03/2026-03-04');
    expect(said(facts, 'This is the help').date).toBe('2026-03-03/2026-03-04');
    expect(said(facts, 'arrive before winter').date).toBe('2026-03-03/2026-03-04');
  });

  it('does not give a statement another speaker’s date: it was said by the publication', () => {
    const other = said(aid(), 'Nordic states would also help');
    expect(other.date).toBe('../2026-03-04');
    expect(other.dateNote).toMatch(/^Not dated in the text/);
  });

  it('keeps the speaker’s own earlier date for their undated statements', () => {
    expect(said(aid(), 'sent by rail').date).toBe('2026-03-03');
  });

  it('does not date a saying by a date that describes the speaker ("who was appointed last month")', () => {
    expect(said(draft('wire-envoys-roles', '2026-03-06'), 'rates would stay high').date).toBe('../2026-03-06');
  });

  it('bounds a statement by a person the report placed at a dated occasion from that day', () => {
    expect(said(draft('wire-envoys-roles', '2026-03-06'), 'talks would be hard').date).toBe('2026-03-05/2026-03-06');
  });
});
