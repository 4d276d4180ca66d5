/**
 * Corroboration decides, for each statement and event of a draft, whether it is a known one reported again
 * (merge: take its id), one nearly like a known one (flag, keep apart) or a new one. Pure: known facts are given.
 */
import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_FROM,
  combineKnown,
  corroborate,
  knownFromDraft,
  MERGE_AT,
  type ExistingFacts,
  type KnownStatement,
} from '../../src/ingest/corroborate.js';
import { factsFileSchema, type FactsFileInput } from '../../src/ingest/factsSchema.js';
import { textSimilarity } from '../../src/domain/textSimilarity.js';
import { ARTICLES_DIR, readLabelledArticles } from '../../src/eval/labelledArticles.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import { SEED_FACTS_FILE } from '../helpers/seedFacts.js';

const SPEAKER = 'person:volodymyr-zelenskyy';

function draft(
  source: string,
  statements: Array<Partial<NonNullable<FactsFileInput['statements']>[number]>>,
): FactsFileInput {
  return {
    sources: [{ id: source, title: 'A report', publisher: 'Wire', textFile: `${source.slice(7)}.txt` }],
    statements: statements.map((s, i) => ({
      id: `stmt:${source.slice(7)}-${i}`,
      kind: 'QUOTE',
      text: 'Something',
      speaker: SPEAKER,
      date: '2025-07-19',
      evidence: [{ start: i * 100, end: i * 100 + 50, excerpt: 'x' }],
      ...s,
    })),
  };
}

const known = (s: Partial<KnownStatement>): KnownStatement => ({
  id: 'stmt:known',
  speaker: SPEAKER,
  kind: 'QUOTE',
  text: 'Everything must be done to secure a ceasefire',
  date: '2025-07-19',
  evidence: [{ source: 'source:first', start: 427, end: 497 }],
  ...s,
});

const existing = (...statements: KnownStatement[]): ExistingFacts => ({ statements, events: [] });

describe('statements', () => {
  it('merges a translation variant of the same speaker on an overlapping date into the known statement', () => {
    const d = draft('source:second', [
      { text: 'Everything should be done to achieve a ceasefire', date: '2025-07-14/2025-07-20' },
    ]);
    const { facts, flags } = corroborate(d, existing(known({})));
    expect(flags).toEqual([]);
    const [s] = facts.statements!;
    expect(s!.id).toBe('stmt:known');
    // The node keeps its wording and date; the new source's words stay in its evidence.
    expect(s!.text).toBe('Everything must be done to secure a ceasefire');
    expect(s!.date).toBe('2025-07-19');
    expect(s!.evidence).toEqual(d.statements![0]!.evidence);
    expect(factsFileSchema.safeParse(facts).success).toBe(true);
  });

  it('keeps apart a statement by another speaker, or on dates that cannot overlap', () => {
    const d = draft('source:second', [{ text: 'Everything must be done to secure a ceasefire' }]);
    expect(corroborate(d, existing(known({ speaker: 'person:donald-trump' }))).facts).toEqual(d);
    const late = corroborate(d, existing(known({ date: '2025-08-01' })));
    expect(late.facts.statements![0]!.id).toBe('stmt:second-0');
    // Same words, different dates: a person decides whether it was said twice.
    expect(late.flags.map((f) => f.kind)).toEqual(['AMBIGUOUS_MATCH']);
  });

  it('flags a pair near the threshold and does not merge it', () => {
    const text = 'The sanctions will hurt ordinary Russians';
    const variant = 'Sanctions will hurt Russian exporters most';
    const score = textSimilarity(text, variant);
    expect(score).toBeGreaterThanOrEqual(AMBIGUOUS_FROM);
    expect(score).toBeLessThan(MERGE_AT);
    const d = draft('source:second', [{ text: variant }]);
    const { facts, flags } = corroborate(d, existing(known({ text })));
    expect(facts.statements![0]!.id).toBe('stmt:second-0');
    expect(facts.statements![0]!.needsReview).toBe(true);
    expect(flags).toEqual([
      expect.objectContaining({ kind: 'AMBIGUOUS_MATCH', factId: 'stmt:second-0', candidates: ['stmt:known'] }),
    ]);
  });

  it('raises the same flag when a flagged draft is corroborated again after its load', () => {
    const d = draft('source:second', [{ text: 'Sanctions will hurt Russian exporters most' }]);
    const first = existing(known({ text: 'The sanctions will hurt ordinary Russians' }));
    const once = corroborate(d, first);
    const loaded = knownFromDraft(once.facts);
    expect(corroborate(d, combineKnown(first, loaded))).toEqual(once);
  });

  it('never merges two statements of the same source, however alike', () => {
    const d = draft('source:first', [{ text: 'Everything must be done to secure a ceasefire' }]);
    expect(corroborate(d, existing(known({}))).facts).toEqual(d);
  });

  it('recognises a statement loaded before by its evidence, so loading a draft again changes nothing', () => {
    const d = draft('source:second', [{ text: 'Everything should be done to achieve a ceasefire' }]);
    const once = corroborate(d, existing(known({})));
    // After the load, the known statement has evidence from both sources; the same draft matches it again.
    const stored = known({ evidence: [...known({}).evidence, { source: 'source:second', start: 0, end: 50 }] });
    expect(corroborate(d, existing(stored))).toEqual(once);
  });

  it('gives a second candidate as close to a person', () => {
    const d = draft('source:second', [{ text: 'Everything must be done to secure a ceasefire' }]);
    const other = known({ id: 'stmt:other', evidence: [{ source: 'source:third', start: 1, end: 2 }] });
    const { facts, flags } = corroborate(d, existing(known({}), other));
    expect(facts.statements![0]!.id).toBe('stmt:second-0');
    expect(flags[0]!.candidates).toEqual(['stmt:known', 'stmt:other']);
  });

  it('renames references to a merged statement throughout the draft', () => {
    const d = draft('source:second', [
      { text: 'Everything should be done to achieve a ceasefire' },
      { text: 'Blackmail', speaker: 'person:maria-zakharova', respondsTo: ['stmt:second-0'], about: ['stmt:second-0'] },
    ]);
    d.relations = [
      { from: 'stmt:second-0', type: 'MADE_AT', to: 'event:x', evidence: [{ start: 0, end: 1, excerpt: 'x' }] },
    ];
    const { facts } = corroborate(d, existing(known({})));
    expect(facts.statements![1]!.respondsTo).toEqual(['stmt:known']);
    expect(facts.statements![1]!.about).toEqual(['stmt:known']);
    expect(facts.relations![0]!.from).toBe('stmt:known');
  });

  it('compares a draft with the drafts before it in a batch', () => {
    const first = draft('source:first', [{ text: 'Everything must be done to secure a ceasefire' }]);
    const second = draft('source:second', [{ text: 'Everything should be done to achieve a ceasefire' }]);
    const known = combineKnown(existing(), knownFromDraft(first));
    expect(corroborate(second, known).facts.statements![0]!.id).toBe('stmt:first-0');
  });
});

describe('events', () => {
  const ultimatum = {
    id: 'event:known-ultimatum',
    type: 'ULTIMATUM',
    title: "Trump's ultimatum to Russia - a ceasefire within 50 days or sweeping new sanctions",
    status: 'OCCURRED',
    date: '2025-07-14/2025-07-20',
    participants: [
      { actor: 'person:donald-trump', role: 'ISSUER' },
      { actor: 'country:united-states', role: 'ISSUER' },
      { actor: 'country:russia', role: 'TARGET' },
    ],
    evidence: [{ source: 'source:first', start: 1658, end: 1730 }],
  };
  const draftEvent = (participants: Array<{ actor: string; role: string }>, type = 'ULTIMATUM'): FactsFileInput => ({
    sources: [{ id: 'source:second', title: 'A report', publisher: 'Wire', textFile: 'second.txt' }],
    events: [
      {
        id: 'event:second-ultimatum',
        type,
        title: 'Trump gives Russia 50 days to agree to a ceasefire',
        date: '2025-07-14',
        participants: participants.map((p) => ({ ...p, evidence: [{ start: 0, end: 5, excerpt: 'Trump' }] })),
        evidence: [{ start: 0, end: 40, excerpt: 'x' }],
      },
    ],
  });

  it('merges an event of the same type and participants on an overlapping date', () => {
    const d = draftEvent([
      { actor: 'person:donald-trump', role: 'ISSUER' },
      { actor: 'country:russia', role: 'TARGET' },
    ]);
    const { facts, flags } = corroborate(d, { statements: [], events: [ultimatum] });
    expect(flags).toEqual([]);
    expect(facts.events![0]!.id).toBe('event:known-ultimatum');
    expect(facts.events![0]!.title).toBe(ultimatum.title);
  });

  it('keeps apart an event of another type, and flags one whose participants differ in part', () => {
    const other = draftEvent([{ actor: 'person:donald-trump', role: 'ISSUER' }], 'SANCTIONS');
    expect(corroborate(other, { statements: [], events: [ultimatum] }).facts).toEqual(other);
    const partial = draftEvent([
      { actor: 'person:donald-trump', role: 'ISSUER' },
      { actor: 'country:russia', role: 'TARGET' },
      { actor: 'country:china', role: 'TARGET' },
    ]);
    const { facts, flags } = corroborate(partial, { statements: [], events: [ultimatum] });
    expect(facts.events![0]!.id).toBe('event:second-ultimatum');
    expect(flags.map((f) => f.kind)).toEqual(['AMBIGUOUS_MATCH']);
  });
});

describe('text similarity', () => {
  it('scores translation variants high and different sentences low', () => {
    expect(
      textSimilarity(
        'Everything must be done to secure a ceasefire',
        'Everything should be done to achieve a ceasefire',
      ),
    ).toBeCloseTo(0.75);
    expect(textSimilarity('“Everything must be done,”', 'EVERYTHING MUST BE DONE')).toBe(1);
    expect(
      textSimilarity(
        'Everything must be done to secure a ceasefire',
        'A leadership-level meeting is essential to secure lasting peace.',
      ),
    ).toBeLessThan(AMBIGUOUS_FROM);
  });
});

describe('the labelled articles as one batch', () => {
  it('merge both translations of the seed’s ceasefire quote into the seed statement, and nothing within one article', () => {
    const read = (file: string) => readFactsFile(file).facts;
    let known = knownFromDraft(read(SEED_FACTS_FILE));
    const mergedInto = new Map<string, string[]>();
    for (const article of readLabelledArticles(ARTICLES_DIR)) {
      const draft = read(article.goldFile);
      const { facts } = corroborate(draft, known);
      facts.statements!.forEach((s, i) => {
        const from = draft.statements[i]!.id;
        if (s.id !== from) mergedInto.set(s.id, [...(mergedInto.get(s.id) ?? []), from]);
      });
      // One article's statements stay distinct: no two of them take the same id.
      expect(new Set(facts.statements!.map((s) => s.id)).size).toBe(draft.statements.length);
      known = combineKnown(known, knownFromDraft(facts));
    }
    expect(mergedInto.get('stmt:zelenskyy-everything-must-be-done-ceasefire')).toEqual([
      'stmt:eastern-wire-0720-everything-should-be-done',
      'stmt:dnipro-0720-everything-must-be-done-achieve',
    ]);
  }, 60_000);
});
