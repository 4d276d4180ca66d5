/**
 * Events: Query.events with its filters, and Event / Participation fields, against the facts file.
 */
import { describe, expect, it } from 'vitest';
import { participationEdge } from '../../src/ingest/participationEdges.js';
import { useTestApi } from '../helpers/api.js';
import { expectDateFiltered } from '../helpers/dates.js';
import { edgesAt } from '../helpers/seedEdges.js';
import { evidenceKeys, pick, seedFacts, sorted, sortedIds } from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();
const EVENTS = `query($type: String, $actor: ID, $from: Date, $to: Date) { events(type: $type, actor: $actor, from: $from, to: $to) { id type date datePrecision } }`;

describe('events', () => {
  it('are every event of the facts file, oldest first, undated last', async () => {
    const { events } = await api.query(EVENTS);
    expect(sortedIds(events)).toEqual(sortedIds(facts.events));
    const dated = events.filter((e: any) => e.date).map((e: any) => e.date);
    expect(dated).toEqual([...dated].sort());
    expect(events.slice(dated.length).every((e: any) => e.date === null)).toBe(true);
  });

  it.each([...new Set(facts.events.map((e) => e.type))])('filtered by type %s', async (type) => {
    const { events } = await api.query(EVENTS, { type });
    expect(sortedIds(events)).toEqual(sortedIds(facts.events.filter((e) => e.type === type)));
  });

  it('filtered by a type that no event has: none', async () => {
    expect((await api.query(EVENTS, { type: 'ultimatum' })).events).toEqual([]);
  });

  it('filtered by actor: the events each actor took part in, by the facts file', async () => {
    const problems: string[] = [];
    for (const actor of facts.actors) {
      const { events } = await api.query(EVENTS, { actor: actor.id });
      const expected = sortedIds(facts.events.filter((e) => e.participants.some((p) => p.actor === actor.id)));
      const answered = sortedIds(events);
      const extra = answered.filter((id) => !expected.includes(id));
      const missing = expected.filter((id) => !answered.includes(id));
      if (extra.length || missing.length)
        problems.push(`${actor.id}: extra [${extra.join(', ')}] missing [${missing.join(', ')}]`);
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['2025-01-01', null],
    ['2025-07-14', null],
    ['2025-07-20', null],
    ['2026-01-01', null],
    [null, '2024-12-31'],
    [null, '2025-07-06'],
    [null, '2025-07-14'],
    [null, '2025-07-31'],
    ['2025-07-07', '2025-07-19'],
    ['2025-09-02', '2025-09-02'],
  ])('filtered by date, from %s to %s (undated events never match)', async (from, to) => {
    const { events } = await api.query(EVENTS, { from, to });
    expectDateFiltered(
      facts.events,
      events.map((e: any) => e.id),
      from,
      to,
    );
  });

  it('filters combine with AND', async () => {
    const { events } = await api.query(EVENTS, { type: 'NEGOTIATIONS', actor: 'country:russia', from: '2025-07-01' });
    // From July on: the proposed talks, and the rounds in Turkey "earlier this year" (up to 19 July).
    expect(sortedIds(events)).toEqual([
      'event:ua-ru-negotiations-turkey-2025',
      'event:ua-ru-talks-proposed-2025-07-21',
    ]);
    const { events: later } = await api.query(EVENTS, {
      type: 'NEGOTIATIONS',
      actor: 'country:russia',
      from: '2025-07-20',
    });
    expect(sortedIds(later)).toEqual(['event:ua-ru-talks-proposed-2025-07-21']);
    const { events: none } = await api.query(EVENTS, { type: 'ULTIMATUM', actor: 'country:ukraine' });
    expect(none).toEqual([]);
  });
});

describe('Event fields', () => {
  const FIELDS = `id type title description date datePrecision dateNote status
    evidence { start end excerpt source { id } }
    participants { role relationType actor { __typename id kind } event { id } evidence { start end excerpt } }`;

  it.each(facts.events.map((e) => [e.id, e] as const))('%s: as the facts file says', async (id, fact) => {
    const data = await api.query(`query($id: ID!) { node(id: $id) { __typename ... on Event { ${FIELDS} } } }`, { id });
    const e = data.node;
    expect(e).toMatchObject({
      __typename: 'Event',
      id,
      ...pick(fact, ['type', 'title', 'description', 'date', 'datePrecision', 'dateNote', 'status']),
    });
    expect(evidenceKeys(e.evidence)).toEqual(evidenceKeys(fact.evidence));
  });

  it('every event has exactly the participants of the facts file, with their parts, edges and evidence', async () => {
    const problems: string[] = [];
    for (const fact of facts.events) {
      const data = await api.query(`query($id: ID!) { node(id: $id) { ... on Event { ${FIELDS} } } }`, { id: fact.id });
      const answered = data.node.participants as any[];
      const expected = fact.participants.map((p) => ({
        key: `${p.actor} ${p.role} ${participationEdge(p.role, p.relation, p.direction).type}`,
        evidence: evidenceKeys(p.evidence),
      }));
      for (const p of answered) {
        expect(p.event.id).toBe(fact.id);
        const key = `${p.actor.id} ${p.role} ${p.relationType}`;
        const match = expected.find((x) => x.key === key);
        if (!match) problems.push(`${fact.id}: extra participant ${key}`);
        else expect(evidenceKeys(p.evidence), key).toEqual(match.evidence);
      }
      for (const x of expected)
        if (!answered.some((p) => `${p.actor.id} ${p.role} ${p.relationType}` === x.key))
          problems.push(`${fact.id}: missing participant ${x.key}`);
    }
    expect(problems).toEqual([]);
  });

  it('statuses tell what has not happened: Russia has not responded, the talks are only proposed', async () => {
    const data = await api.query(`{
      r: node(id: "event:ru-response-to-ua-offer") { ... on Event { status } }
      t: node(id: "event:ua-ru-talks-proposed-2025-07-21") { ... on Event { status date datePrecision dateRange { earliest latest edtf phrase } } }
      u: node(id: "event:trump-ultimatum-russia-2025-07-14") { ... on Event { status } }
    }`);
    expect(data).toEqual({
      r: { status: 'NOT_OCCURRED' },
      // "next week" read from Monday or from Sunday: 21 July to 2 August, which only the year holds.
      t: {
        status: 'PROPOSED',
        date: '2025-01-01',
        datePrecision: 'YEAR',
        dateRange: { earliest: '2025-07-21', latest: '2025-08-02', edtf: '2025-07-21/2025-08-02', phrase: 'next week' },
      },
      u: { status: 'OCCURRED' },
    });
  });
});

describe('Event.relations', () => {
  // edgesAt: every edge the facts file draws at the event (its relations, its participants' edges, and the
  // statements about or responding to it), as helpers/seedEdges.ts derives them for every node.
  const key = (r: { id: string; type: string; direction: string; node: string }) =>
    `${r.id} ${r.type} ${r.direction} ${r.node}`;

  it.each(facts.events.map((e) => e.id))(
    '%s: every edge the facts file draws there, seen from the event',
    async (id) => {
      const data = await api.query(
        `query($id: ID!) { node(id: $id) { ... on Event { relations { id type direction node { id } } } } }`,
        { id },
      );
      const answered = data.node.relations.map((r: any) => key({ ...r, node: r.node.id }));
      expect(sorted(answered)).toEqual(sorted(edgesAt(id).map(key)));
    },
  );

  it('types and direction filter them', async () => {
    const id = 'event:trump-ultimatum-russia-2025-07-14';
    const data = await api.query(
      `query($id: ID!) { node(id: $id) { ... on Event {
      all: relations { id direction type }
      out: relations(direction: OUT) { id direction }
      in: relations(direction: IN) { id direction }
      targets: relations(types: ["TARGETS"]) { type node { id } }
      two: relations(types: ["ISSUED", "DEMANDS"], direction: OUT) { type }
    } } }`,
      { id },
    );
    const e = data.node;
    expect(e.out.every((r: any) => r.direction === 'OUT')).toBe(true);
    expect(e.in.every((r: any) => r.direction === 'IN')).toBe(true);
    expect(sorted([...e.out, ...e.in].map((r: any) => r.id))).toEqual(sorted(e.all.map((r: any) => r.id)));
    expect(e.targets).toEqual([{ type: 'TARGETS', node: { id: 'country:russia' } }]);
    // ISSUED points at the event (IN); DEMANDS leaves it (OUT).
    expect(e.two.map((r: any) => r.type)).toEqual(['DEMANDS']);
  });
});
