/**
 * Events with their participants, read from recorded engine annotations of short wire-style texts written for
 * these tests (test/fixtures/extract/events-*.txt, listed in events.json): each expectation is what the words say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FACTS_FILES } from '../../src/config.js';
import { draftFromAnnotations } from '../../src/extract/extractFacts.js';
import { knownActorsFromFacts } from '../../src/extract/knownActors.js';
import { ARTICLES_DIR } from '../../src/eval/labelledArticles.js';
import { corroborate, knownFromDraft } from '../../src/ingest/corroborate.js';
import { factsFileSchema, type FactsFile } from '../../src/ingest/factsSchema.js';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import type { AnnotatedDocument } from '../../src/nlp/annotations.js';

const FIXTURES = path.resolve('test/fixtures/extract');
const known = knownActorsFromFacts(readFactsFile(SEED_FACTS_FILES[0]!).facts);
const manifest = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'events.json'), 'utf8')) as Array<{
  file: string;
  published: string;
}>;

function draftOf(dir: string, name: string, published: string) {
  const text = fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8');
  const annotations = JSON.parse(fs.readFileSync(path.join(dir, `${name}.corenlp.json`), 'utf8')) as AnnotatedDocument;
  return { text, draft: draftFromAnnotations({ text, publisher: 'Wire', published }, annotations, known, 'recorded') };
}

/** A test article's draft, read as the loader reads it. */
function extract(name: string): { text: string; facts: FactsFile } {
  const published = manifest.find((a) => a.file === `${name}.txt`)!.published;
  const { text, draft } = draftOf(FIXTURES, name, published);
  return { text, facts: factsFileSchema.parse(draft.facts) };
}

const parts = (e: FactsFile['events'][number]) => e.participants.map((p) => `${p.actor} ${p.role}`).sort();
const ofType = (facts: FactsFile, type: string) => facts.events.filter((e) => e.type === type);

describe('events from the dependency parse', () => {
  it('reads ultimatums: a deadline given, a threat on a condition, an announced deadline, the noun issued', () => {
    const { facts } = extract('events-ultimatums');
    const ultimatums = ofType(facts, 'ULTIMATUM');
    expect(ultimatums.map((e) => [parts(e), e.date])).toEqual([
      [['country:iran TARGET', 'person:keir-starmer ISSUER'], '2025-08-12'],
      [['country:germany ISSUER', 'country:iran TARGET'], '2025-08-11'],
      [['country:france ISSUER', 'country:iran TARGET'], '2025-08-10'],
      // The same two actors in March: another happening, another event.
      [['country:iran TARGET', 'person:keir-starmer ISSUER'], '2025-03-01/2025-03-31'],
    ]);
    // "gave Iran 30 days to …" does not say "ultimatum": the reading is INFERRED and says why.
    expect(ultimatums[0]).toMatchObject({ basis: 'INFERRED' });
    expect(ultimatums[0]!.reasoning).toMatch(/deadline/);
    expect(ultimatums[3]).toMatchObject({ basis: 'STATED' });
  });

  it('gathers talks, their host, parties and delegation leaders into one planned event, and leaves out a meeting only offered', () => {
    const { facts } = extract('events-talks');
    expect(facts.events).toHaveLength(1);
    const talks = facts.events[0]!;
    expect(talks).toMatchObject({ type: 'NEGOTIATIONS', status: 'PLANNED' });
    expect(parts(talks)).toEqual([
      'country:armenia PARTICIPANT',
      'country:azerbaijan PARTICIPANT',
      'country:switzerland HOST',
      'person:elchin-amirbayov DELEGATION_LEADER',
      'person:vahan-kostanyan DELEGATION_LEADER',
    ]);
    // A delegation named later is read as one to these talks: INFERRED, with the reasoning.
    const leader = talks.participants.find((p) => p.role === 'DELEGATION_LEADER')!;
    expect(leader).toMatchObject({ basis: 'INFERRED' });
    expect(leader.reasoning).toMatch(/delegation/);
    // "next week" from Wednesday 3 September, read from Sunday or Monday.
    expect(talks.date).toBe('2025-09-07/2025-09-14');
  });

  it('makes a proposal of talks one proposed event however often it is mentioned, with its proposer and invitee', () => {
    const { facts } = extract('events-proposals');
    const talks = ofType(facts, 'NEGOTIATIONS');
    expect(talks).toHaveLength(1);
    expect(talks[0]).toMatchObject({ status: 'PROPOSED', date: '2025-11-01/2025-11-30' });
    expect(parts(talks[0]!)).toEqual(['country:kosovo INVITEE', 'country:serbia PROPOSER']);
    expect(talks[0]!.evidence.length).toBeGreaterThanOrEqual(3);
    expect(parts(ofType(facts, 'INVITATION')[0]!)).toEqual([
      'country:kosovo INVITEE',
      'person:aleksandar-vucic INVITER',
    ]);
  });

  it('reads sanctions, pledges, demands with their rejection, appointments, meetings, agreements and attacks', () => {
    const { facts } = extract('events-actions');
    const found = Object.fromEntries(facts.events.map((e) => [e.type, parts(e)]));
    expect(found).toEqual({
      SANCTIONS: ['country:belarus TARGET', 'org:european-union ISSUER'],
      PLEDGE: ['country:canada PLEDGER', 'country:ukraine RECIPIENT'],
      DEMAND: ['country:moldova DEMANDER', 'country:russia REJECTER', 'country:russia TARGET'],
      APPOINTMENT: ['person:maia-sandu APPOINTER', 'person:mihai-popsoi APPOINTEE'],
      MEETING: ['person:andrii-sybiha PARTICIPANT', 'person:mihai-popsoi PARTICIPANT'],
      AGREEMENT: ['country:belarus PARTY', 'country:lithuania PARTY'],
      MILITARY_ACTION: ['country:russia ATTACKER', 'country:ukraine TARGET'],
    });
    // "the bloc could impose tariffs": a possibility, not tariffs imposed.
    expect(ofType(facts, 'TARIFFS')).toEqual([]);
    expect(ofType(facts, 'APPOINTMENT')[0]!.date).toBe('2025-11-12');
  });

  it('gives every event and participant exact evidence, a basis and a confidence, in a draft the loader accepts', () => {
    for (const name of ['events-ultimatums', 'events-talks', 'events-proposals', 'events-actions']) {
      const { text, facts } = extract(name);
      for (const e of facts.events) {
        expect(e.confidence).toBeGreaterThan(0);
        for (const ev of [...e.evidence, ...e.participants.flatMap((p) => p.evidence)])
          expect(text.slice(ev.start, ev.end)).toBe(ev.excerpt);
        // Every participant is an actor the graph knows or the draft defines.
        for (const p of e.participants)
          expect(known.actors.some((a) => a.id === p.actor) || facts.actors.some((a) => a.id === p.actor)).toBe(true);
      }
    }
  });

  it('records what a statement is about: an event its words mention, or one in its sentence or the one before', () => {
    const { facts } = extract('events-ultimatums');
    const insult = facts.statements.find((s) => s.text.includes('insult'))!;
    expect(insult.about).toEqual([ofType(facts, 'ULTIMATUM')[0]!.id]);
    const { facts: actions } = extract('events-actions');
    const pledge = actions.statements.find((s) => s.text.includes('armoured vehicles'))!;
    expect(pledge.about).toEqual([ofType(actions, 'PLEDGE')[0]!.id]);
    const potash = actions.statements.find((s) => s.text.includes('potash'))!;
    expect(potash.about).toEqual([
      expect.objectContaining({ basis: 'INFERRED', id: ofType(actions, 'MEETING')[0]!.id }),
    ]);
  });
});

describe('events across reports', () => {
  it('merges one ultimatum reported by two articles into one event (corroboration)', () => {
    const first = draftOf(ARTICLES_DIR, 'us-ultimatum-fifty-days', '2025-07-15').draft.facts;
    const second = draftOf(ARTICLES_DIR, 'moscow-calls-ultimatum-blackmail', '2025-07-17').draft.facts;
    const ultimatum = (f: typeof first) => f.events!.find((e) => e.type === 'ULTIMATUM')!;
    // Each report names its own events: they meet by corroboration's scoring, never by a shared id.
    expect(ultimatum(second).id).not.toBe(ultimatum(first).id);
    const { facts, flags } = corroborate(second, knownFromDraft(first));
    expect(ultimatum(facts).id).toBe(ultimatum(first).id);
    expect(flags.filter((f) => f.factId === ultimatum(second).id)).toEqual([]);
  });
});
