/**
 * Statements from a wire report's sentences, one rule per test, over the engine's recorded annotations of a
 * report written for them (test/fixtures/extract/wire-border-crossing.txt, recorded through
 * test/fixtures/extract/statements.json): trailing and interrupting attributions, complements the parser broke,
 * speech acts, "according to", a remark's content, and what is not a statement of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FACTS_FILES } from '../../src/config.js';
import { draftFromAnnotations } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import type { AnnotatedDocument } from '../../src/nlp/annotations.js';

const FIXTURES = path.resolve('test/fixtures/extract');
const text = fs.readFileSync(path.join(FIXTURES, 'wire-border-crossing.txt'), 'utf8');
const annotations = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, 'wire-border-crossing.corenlp.json'), 'utf8'),
) as AnnotatedDocument;
const known = knownActorsFromFacts(readFactsFile(SEED_FACTS_FILES[0]!).facts);
const { facts } = draftFromAnnotations(
  { text, publisher: 'Baltic Wire', published: '2026-03-03' },
  annotations,
  known,
  'recorded CoreNLP',
);
const statements = facts.statements!;

/** The one statement whose text holds these words. */
const said = (words: string) => {
  const found = statements.filter((s) => s.text.includes(words));
  expect(found, `one statement with "${words}"`).toHaveLength(1);
  return found[0]!;
};
const excerpt = (s: (typeof statements)[number]) => s.evidence![0]!.excerpt;

describe('reported speech', () => {
  it('reads the words before a trailing attribution (“…, the minister said on Tuesday.”)', () => {
    const s = said('The Medyka border crossing will reopen');
    expect(s).toMatchObject({ kind: 'PARAPHRASE', speaker: 'person:anna-kowalska' });
    expect(s.text).toBe('The Medyka border crossing will reopen to trucks on Friday');
  });

  it('joins the words on both sides of an attribution that interrupts them (“…, she said, and …”)', () => {
    const s = said('Such talks had to be prepared');
    expect(s).toMatchObject({ kind: 'PARAPHRASE', speaker: 'person:anna-kowalska' });
    expect(s.text).toBe('Such talks had to be prepared with care and could not be rushed');
  });

  it('reads a clause after “said” or “told X” with no “that”, however the parser attached it', () => {
    expect(said('Western fuel shipments')).toMatchObject({ speaker: 'person:anna-kowalska' });
    expect(said('Western fuel shipments').text).toBe('Western fuel shipments to the port were delaying the repairs');
    const told = said('the first convoys could leave');
    expect(told.text).toBe('the first convoys could leave within hours');
    expect(told.addressees!.map((a) => (typeof a === 'string' ? a : a.id))).toEqual(['person:nowak']);
  });

  it('gives a verb of saying conjoined after a complement to the first verb’s speaker, as its own statement', () => {
    const urged = said('to fund them');
    expect(urged).toMatchObject({ speaker: 'person:anna-kowalska' });
    // Whom the appeal is made of is part of what was urged.
    expect(urged.text).toBe('urged the European Commission to fund them');
    expect(said('Warsaw had sent Vilnius a proposal').text).toBe(
      'Warsaw had sent Vilnius a proposal for joint patrols',
    );
  });

  it('reads “…, saying a new bridge was needed” without the participle in the words', () => {
    const s = said('a new bridge was needed');
    expect(s).toMatchObject({ speaker: 'person:piotr-nowak' });
    expect(s.text).toBe('a new bridge was needed to cut the queues');
  });

  it('reads “according to X” as X’s statement of the clause', () => {
    const s = said('the crossing should stay open at night');
    expect(s.text).toBe('the crossing should stay open at night');
    expect(excerpt(s)).toBe('According to Nowak, the crossing should stay open at night');
  });

  it('reads a remark’s content, “Kowalska’s announcement that …”, as the possessor’s statement, and no one else’s', () => {
    const s = said('the crossing would close at weekends');
    expect(s).toMatchObject({ kind: 'PARAPHRASE', speaker: 'person:anna-kowalska' });
  });

  it('reads speech acts with what they are for: thanks, demands, calls, cautions and threats', () => {
    expect(said('Lithuanian officials').text).toBe('thanked Lithuanian officials for their help');
    expect(said('compensation').text).toBe('demanded compensation for the lost trade');
    expect(said('work to begin').text).toBe('called for work to begin at once on the bridge');
    expect(said('quick deal').text).toBe('cautioned against expecting a quick deal');
    expect(said('fines').text).toBe('threatened the hauliers with fines if they blocked the road again');
  });

  it('keeps the predicate of a verdict (“denounced X as Y”, “terms that X rejected as Y”)', () => {
    expect(said('theft').text).toBe('denounced the closure as theft');
    const rejected = said('a threat to security');
    expect(rejected).toMatchObject({ speaker: 'person:anna-kowalska' });
    expect(rejected.text).toBe('rejected terms as a threat to security');
  });
});

describe('what is not a statement of its own', () => {
  it('finds nothing in a negated verb of saying (“did not say how …”)', () => {
    expect(statements.filter((s) => s.text.includes('collected'))).toEqual([]);
  });

  it('reads no statement of the one reported on inside another’s words', () => {
    // "Kowalska said that Warsaw had sent …" is Kowalska's, not Poland's; "Poland and Lithuania agreed …,
    // officials said" is the officials', never the countries'.
    expect(statements.filter((s) => s.speaker.startsWith('country:'))).toEqual([]);
  });

  it('drops a verdict on a thing (“welcomed the agreement”) when the speaker’s words follow in the next sentence', () => {
    expect(statements.filter((s) => s.text.includes('welcomed'))).toEqual([]);
    expect(said('good news for drivers')).toMatchObject({ kind: 'QUOTE', speaker: 'person:jonas-petraitis' });
  });
});

describe('direct quotes', () => {
  it('attributes a quotation of two sentences in the sentence where it closes', () => {
    const s = said('The border is calm');
    expect(s).toMatchObject({ kind: 'QUOTE', speaker: 'person:anna-kowalska' });
    expect(s.text).toBe('The border is calm. Nobody wants a crisis');
  });

  it('never takes a speaker from inside the quotation', () => {
    const s = said('We have offered to discuss');
    expect(s.kind).toBe('QUOTE');
    expect(s.speaker).toMatch(/nowak/);
  });
});
