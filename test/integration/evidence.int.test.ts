/**
 * Provenance everywhere: every Evidence the API can reach (through statements, events, participations,
 * tenures, posts, actors and relations) is the exact slice of its source's text that its offsets name,
 * and every piece of evidence of the facts file can be reached.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { useTestApi } from '../helpers/api.js';
import { seedFacts } from '../helpers/seedFacts.js';

const api = useTestApi();

interface Ev {
  start: number;
  end: number;
  excerpt: string;
  source: { id: string };
}
const EV = 'evidence { start end excerpt source { id } }';

/** Every evidence reachable, with where it was reached from. */
async function reachableEvidence(): Promise<Array<{ at: string; e: Ev }>> {
  const out: Array<{ at: string; e: Ev }> = [];
  const add = (at: string, list: Ev[]) => list.forEach((e, i) => out.push({ at: `${at}.evidence[${i}]`, e }));

  const stmts = await api.query(`{ statements(first: 100) { totalCount edges { node { id ${EV} } } } }`);
  expect(stmts.statements.edges).toHaveLength(stmts.statements.totalCount);
  for (const { node } of stmts.statements.edges) add(node.id, node.evidence);

  const events = await api.query(
    `{ events { id ${EV} participants { role actor { id } ${EV} } relations { id ${EV} } } }`,
  );
  for (const e of events.events) {
    add(e.id, e.evidence);
    for (const p of e.participants) add(`${e.id}.participants(${p.actor.id} ${p.role})`, p.evidence);
    for (const r of e.relations) add(`${e.id}.relations(${r.id})`, r.evidence);
  }

  const actors = await api.query(`{ actors(first: 100) { totalCount edges { node { id } } } }`);
  expect(actors.actors.edges).toHaveLength(actors.actors.totalCount);
  for (const { node } of actors.actors.edges) {
    // One actor at a time keeps each query under the server's cost limit.
    const { actor: a } = await api.query(
      `query($id: ID!) { actor(id: $id) {
        id ${EV}
        relations { id ${EV} }
        events { role event { id } ${EV} }
        ... on Person { roles { id ${EV} role { id ${EV} holders { id ${EV} } } } }
      } }`,
      { id: node.id },
    );
    add(a.id, a.evidence);
    for (const r of a.relations) add(`${a.id}.relations(${r.id})`, r.evidence);
    for (const p of a.events) add(`${a.id}.events(${p.event.id} ${p.role})`, p.evidence);
    for (const t of a.roles ?? []) {
      add(`${a.id}.roles(${t.id})`, t.evidence);
      add(`${t.role.id}`, t.role.evidence);
      for (const h of t.role.holders) add(`${t.role.id}.holders(${h.id})`, h.evidence);
    }
  }
  return out;
}

describe('evidence', () => {
  let texts: Map<string, string>;
  let reached: Array<{ at: string; e: Ev }>;
  beforeAll(async () => {
    const data = await api.query(
      graphql(`
        query TestSourceTexts {
          sources {
            id
            text
          }
        }
      `),
    );
    texts = new Map(data.sources.map((s) => [s.id, s.text]));
    reached = await reachableEvidence();
  });

  it('is reached in quantity: statements, events, participations, tenures, posts, actors and relations all have some', () => {
    expect(reached.length).toBeGreaterThan(300);
    for (const part of [
      'stmt:',
      'event:',
      '.participants(',
      '.roles(',
      'role:',
      'person:',
      'org:',
      'country:',
      '.relations(',
    ]) {
      expect(
        reached.some((r) => r.at.includes(part)),
        part,
      ).toBe(true);
    }
  });

  it('every excerpt is exactly source.text.slice(start, end)', () => {
    const wrong = reached
      .filter(({ e }) => texts.get(e.source.id)?.slice(e.start, e.end) !== e.excerpt)
      .map(({ at, e }) => `${at}: ${e.source.id} ${e.start}-${e.end} ${JSON.stringify(e.excerpt)}`);
    expect(wrong).toEqual([]);
  });

  it('every offset pair is a real, non-empty range of its source', () => {
    for (const { at, e } of reached) {
      expect(Number.isInteger(e.start) && Number.isInteger(e.end), at).toBe(true);
      expect(e.start, at).toBeGreaterThanOrEqual(0);
      expect(e.end, at).toBeGreaterThan(e.start);
      expect(e.end, at).toBeLessThanOrEqual(texts.get(e.source.id)?.length ?? -1);
    }
  });

  it('every piece of evidence in the facts file can be reached through the API', () => {
    const f = seedFacts();
    const all = [...f.actors, ...f.roles, ...f.tenures, ...f.events, ...f.statements, ...f.relations].flatMap(
      (x) => x.evidence,
    );
    const participants = f.events.flatMap((e) => e.participants.flatMap((p) => p.evidence));
    const inFile = new Set([...all, ...participants].map((e) => `${e.start}-${e.end}`));
    const seen = new Set(reached.map(({ e }) => `${e.start}-${e.end}`));
    expect([...inFile].filter((k) => !seen.has(k))).toEqual([]);
    expect([...seen].filter((k) => !inFile.has(k))).toEqual([]);
  });

  it('a fact stated twice has two pieces of evidence, not two copies of one', () => {
    for (const { at, e } of reached) expect(e.excerpt.length, at).toBe(e.end - e.start);
    const umerov = reached.filter(
      (r) => r.at === 'person:rustem-umerov.evidence[0]' || r.at === 'person:rustem-umerov.evidence[1]',
    );
    expect(new Set(umerov.map((r) => r.e.start)).size).toBe(2);
  });
});
