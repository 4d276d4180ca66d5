/**
 * Guards on the curated seed: a fact marked STATED must be said by its evidence, an INFERRED one must say
 * why, and every date range must hold the dates it was worked out from. Read through the loader's own
 * parser, so the guards see the file as the graph will.
 */
import { describe, expect, it } from 'vitest';
import { readFactsFile } from '../../src/ingest/readFacts.js';
import { daysOf } from '../helpers/dates.js';
import { SEED_FACTS_FILE } from '../helpers/seedFacts.js';

const { facts } = readFactsFile(SEED_FACTS_FILE);
type Evidence = Array<{ start: number; end: number; excerpt: string }>;
type Basis = { basis: 'STATED' | 'INFERRED'; reasoning?: string | null };

/** Pronouns that may name an end in the same sentence ("He has been tasked", "its military ties"). */
const PRONOUNS = /\b(he|his|him|it|its|they|their)\b/i;

/** Words by which the article names an actor besides its name and aliases. */
const ACTOR_WORDS: Record<string, string[]> = {
  'country:ukraine': ['Ukrainian', 'Ukraine’s'],
  'country:russia': ['Russian', 'Moscow’s'],
  'country:united-states': ['U.S.'],
};

const evidenceOf = new Map<string, Evidence>();
for (const list of [facts.actors, facts.roles, facts.events, facts.statements] as const)
  for (const x of list) evidenceOf.set(x.id, x.evidence);

const actorTerms = new Map(
  facts.actors.map((a) => [
    a.id,
    [a.name, ...a.aliases, ...(a.kind === 'PERSON' ? [a.name.split(' ').at(-1)!] : []), ...(ACTOR_WORDS[a.id] ?? [])],
  ]),
);

/**
 * Whether an excerpt names a node: an actor by its name, an alias or a pronoun; an event, statement or role
 * by standing where the node's own evidence stands (overlapping one of its excerpts).
 */
function names(id: string, e: Evidence[number]): boolean {
  const terms = actorTerms.get(id);
  if (terms) return terms.some((t) => e.excerpt.toLowerCase().includes(t.toLowerCase())) || PRONOUNS.test(e.excerpt);
  return (evidenceOf.get(id) ?? []).some((own) => own.start < e.end && e.start < own.end);
}

const namesBoth = (from: string, to: string, evidence: Evidence) =>
  evidence.some((e) => names(from, e) && names(to, e));

/** STATED relationships whose excerpts do not name both ends by the rule above, and why they are stated anyway. */
const EXCEPTIONS: Record<string, string> = {
  'event:ru-response-to-ua-offer RESPONDS_TO event:ua-invitation-fresh-talks':
    '"the proposal" is the invitation: the sentence names it by reference, not by its words',
  'event:ua-invitation-fresh-talks AMID event:rising-international-pressure':
    '"The development comes amid rising international pressure": "the development" is the offer of the lead sentence, named by reference',
};

interface Relationship extends Basis {
  key: string;
  from: string;
  to: string;
  evidence: Evidence;
}

/** Every relationship the file states, with the ends its evidence must name. */
function relationships(): Relationship[] {
  const out: Relationship[] = [];
  for (const r of facts.relations) out.push({ ...r, key: `${r.from} ${r.type} ${r.to}` });
  for (const e of facts.events)
    for (const p of e.participants) out.push({ ...p, key: `${p.actor} ${p.role} ${e.id}`, from: p.actor, to: e.id });
  for (const t of facts.tenures) out.push({ ...t, key: `${t.person} HOLDS ${t.role}`, from: t.person, to: t.role });
  for (const s of facts.statements) {
    out.push({ ...s, key: `${s.speaker} SAID ${s.id}`, from: s.speaker, to: s.id });
    for (const l of s.addressees) {
      const link = typeof l === 'string' ? { ...s, id: l } : { ...l, evidence: l.evidence ?? s.evidence };
      out.push({ ...link, key: `${s.id} ADDRESSED_TO ${link.id}`, from: s.id, to: link.id });
    }
  }
  return out;
}

describe('the seed facts: how each is known', () => {
  it('every STATED relationship has an excerpt that names both of its ends (exceptions listed with reasons)', () => {
    const unnamed = relationships()
      .filter((r) => r.basis === 'STATED' && !namesBoth(r.from, r.to, r.evidence))
      .map((r) => r.key);
    expect(unnamed.filter((k) => !(k in EXCEPTIONS))).toEqual([]);
    // An exception that no longer applies is removed, so the list stays true.
    expect(Object.keys(EXCEPTIONS).filter((k) => !unnamed.includes(k))).toEqual([]);
  });

  it('every INFERRED fact says why, and the seed has some', () => {
    const all: Array<Basis & { at: string }> = [
      ...facts.actors.map((a) => ({ ...a, at: a.id })),
      ...facts.roles.map((r) => ({ ...r, at: r.id })),
      ...facts.events.map((e) => ({ ...e, at: e.id })),
      ...facts.statements.map((s) => ({ ...s, at: s.id })),
      ...relationships().map((r) => ({ ...r, at: r.key })),
    ];
    const inferred = all.filter((f) => f.basis === 'INFERRED');
    expect(inferred.length).toBeGreaterThan(10);
    expect(inferred.filter((f) => !f.reasoning?.trim()).map((f) => f.at)).toEqual([]);
  });
});

describe('the seed facts: date ranges hold the dates they are worked out from', () => {
  const contains = (range: string, ...days: string[]) => {
    const { earliest, latest } = daysOf(range);
    return days.every((d) => (earliest === null || earliest <= d) && (latest === null || d <= latest));
  };
  const event = (id: string) => facts.events.find((e) => e.id === id)!;
  const tenure = (id: string) => facts.tenures.find((t) => t.id === id)!;
  const addDays = (day: string, n: number) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };
  const [published] = facts.sources;
  const publication = daysOf(published!.published!);

  it('the publication range holds the Saturday of the address and the Sunday of the seed README', () => {
    expect(contains(published!.published!, '2025-07-19', '2025-07-20')).toBe(true);
  });

  it('"last week" holds both readings of the week before Sunday 20 July, and the decree date other reports give', () => {
    const start = tenure('tenure:umerov-ua-nsdc-secretary').start!;
    expect(contains(start, '2025-07-07', '2025-07-13', '2025-07-19', '2025-07-17')).toBe(true);
    expect(event('event:umerov-appointment-nsdc-secretary').date).toBe(start);
    // The end of his ministry is worked out from the appointment: the same range.
    expect(tenure('tenure:umerov-ua-minister-of-defence').end).toBe(start);
  });

  it('"this week" (the ultimatum) holds Monday 14 to Sunday 20 July; its deadline holds 50 days after each day of it', () => {
    const ultimatum = event('event:trump-ultimatum-russia-2025-07-14').date!;
    expect(contains(ultimatum, '2025-07-14', '2025-07-20')).toBe(true);
    const { earliest, latest } = daysOf(ultimatum);
    const deadline = event('event:trump-ultimatum-deadline-2025-09-02').date!;
    expect(contains(deadline, addDays(earliest!, 50), addDays(latest!, 50))).toBe(true);
  });

  it('"next week" holds both readings of the week after Sunday 20 July', () => {
    expect(
      contains(event('event:ua-ru-talks-proposed-2025-07-21').date!, '2025-07-21', '2025-07-27', '2025-08-02'),
    ).toBe(true);
  });

  it('every event and statement reported as past can lie no later than the article', () => {
    const reported = [
      ...facts.events.filter((e) => e.status !== 'PENDING' && e.status !== 'PROPOSED'),
      ...facts.statements,
    ];
    for (const x of reported) {
      if (!x.date) continue;
      // Reported as having happened: no later than the article's last possible day.
      const { earliest } = daysOf(x.date, x.datePrecision);
      expect(earliest === null || earliest <= publication.latest!, x.id).toBe(true);
    }
  });
});
