/**
 * Addressees and speakers over recorded annotations of wire-style test texts (test/fixtures/extract/addressees-*.txt,
 * speakers-titles.txt; manifest addressees.json): each rule a reader of wire reports would state, on its own words.
 */
import { describe, expect, it } from 'vitest';
import { recordedDraft } from '../helpers/recordedDraft.js';

type Facts = ReturnType<typeof recordedDraft>['facts'];

const calls = recordedDraft('addressees-calls', '2025-03-04');
const appeals = recordedDraft('addressees-appeals', '2025-03-05');
const titles = recordedDraft('speakers-titles', '2025-03-06');

function statement(facts: Facts, words: string) {
  const found = facts.statements.find((s) => s.text.includes(words));
  expect(found, `a statement with "${words}"`).toBeDefined();
  return found!;
}

/** A statement's addressees as id and basis, in the draft's order. */
const addressees = (facts: Facts, words: string) =>
  statement(facts, words).addressees.map((a) => (typeof a === 'string' ? { id: a } : { id: a.id, basis: a.basis }));

const ids = (facts: Facts, words: string) => addressees(facts, words).map((a) => a.id);

describe('addressees from the parse around the verb of saying', () => {
  it('reads the object of "told", the "to" of "said to" and "wrote to", and "demanded of"', () => {
    expect(addressees(calls.facts, 'Europe had to spend more')).toEqual([
      { id: 'person:friedrich-merz', basis: 'STATED' },
    ]);
    expect(ids(calls.facts, 'buy air defence systems together')).toEqual(['person:friedrich-merz']);
    expect(ids(calls.facts, 'the border fund was running out')).toEqual(['org:european-commission']);
    expect(ids(calls.facts, 'close the smuggling routes')).toEqual(['country:belarus']);
  });

  it('reads the partner of the conversation it was said in: "in a phone call with X", "in a letter to X"', () => {
    expect(ids(calls.facts, 'send more generators')).toEqual(['person:maia-sandu']);
    expect(ids(calls.facts, 'more surveillance aircraft')).toEqual(['person:mark-rutte']);
  });

  it('reads "his Lithuanian counterpart Kestutis Budrys" as the person it names', () => {
    expect(addressees(calls.facts, 'joint exercises in May')).toEqual([
      { id: 'person:kestutis-budrys', basis: 'STATED' },
    ]);
  });

  it('names no addressee for reporters or an outlet ("told Polish radio" is not Poland)', () => {
    expect(ids(calls.facts, 'a decision within weeks')).toEqual([]);
    expect(ids(calls.facts, 'the plan had wide support')).toEqual([]);
  });

  it('reads "EU defence ministers" as a group of post holders, not as the EU, and defines it in the draft', () => {
    expect(addressees(calls.facts, 'the money would be released')).toEqual([
      { id: 'group:eu-defence-ministers', basis: 'INFERRED' },
    ]);
    const group = calls.facts.actors.find((a) => a.id === 'group:eu-defence-ministers');
    expect(group).toMatchObject({ kind: 'GROUP', name: 'EU defence ministers' });
    expect(calls.text.slice(group!.evidence![0]!.start, group!.evidence![0]!.end)).toBe('EU defence ministers');
  });

  it('reads the other side of a meeting offered: "negotiations with X", "his call for a meeting with X"', () => {
    expect(ids(appeals.facts, 'resume peace negotiations')).toEqual(['country:azerbaijan']);
    expect(ids(appeals.facts, 'renewed his call for a meeting')).toEqual(['person:ilham-aliyev']);
    // A meeting between two others, offered by a third, is addressed to neither.
    expect(ids(appeals.facts, 'host a meeting between')).toEqual([]);
  });

  it('reads the one urged or called on: "urged X to", "called on X to", as STATED', () => {
    expect(addressees(appeals.facts, 'keep its border open')).toEqual([{ id: 'country:turkey', basis: 'STATED' }]);
    expect(ids(appeals.facts, 'let aid convoys pass')).toEqual(['country:iran']);
  });

  it('reads a demand in a quote split around its attribution as addressed to whom it is made of', () => {
    const quote = statement(appeals.facts, 'has to keep the border road open');
    expect(quote).toMatchObject({ kind: 'QUOTE', speaker: 'person:nikol-pashinyan' });
    expect(addressees(appeals.facts, 'has to keep the border road open')).toEqual([
      { id: 'country:iran', basis: 'INFERRED' },
    ]);
  });

  it('gives a quote standing alone the addressee of the quote it continues, as INFERRED', () => {
    expect(addressees(appeals.facts, 'We are ready to sign')[0]).toMatchObject({ id: 'org:tass' });
    const next = statement(appeals.facts, 'will not be signed this year').addressees;
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ id: 'org:tass', basis: 'INFERRED' });
    expect(JSON.stringify(next[0])).toMatch(/continues/);
  });

  it('reads "the two leaders" and "both sides" as the two actors named together before them', () => {
    expect(addressees(appeals.facts, 'Ankara was ready to help')).toEqual([
      { id: 'person:nikol-pashinyan', basis: 'INFERRED' },
      { id: 'person:ilham-aliyev', basis: 'INFERRED' },
    ]);
    expect(ids(appeals.facts, 'keep talking')).toEqual(['country:armenia', 'country:azerbaijan']);
  });
});

describe('speakers through titles, pronouns and a country’s bodies', () => {
  it('reads "the president" as the president last named acting, not one only named inside a quote', () => {
    expect(statement(titles.facts, 'France would not sign')).toMatchObject({
      speaker: 'person:emmanuel-macron',
      basis: 'INFERRED',
    });
  });

  it('reads "he" as the person named in apposition to the last subject ("Brazil’s foreign minister, X, said")', () => {
    expect(statement(titles.facts, 'present a new offer')).toMatchObject({
      speaker: 'person:mauro-vieira',
      basis: 'INFERRED',
    });
  });

  it('reads "Russia’s Foreign Ministry" as the known ministry of that country, not a new one', () => {
    expect(statement(titles.facts, 'Europe was divided').speaker).toBe('org:ru-foreign-ministry');
    expect(titles.facts.actors.some((a) => a.name === 'Foreign Ministry')).toBe(false);
  });
});
