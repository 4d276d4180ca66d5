/**
 * Who said what to whom: Query.statements with every filter, its pages, and every Statement field,
 * against the facts file.
 */
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import { allPages, type Page } from '../helpers/connections.js';
import { expectDateFiltered, validOn } from '../helpers/dates.js';
import {
  ARTICLE_ID,
  evidenceKeys,
  pick,
  seedFacts,
  sorted,
  sortedIds,
  statementsMatching,
  type StatementFilter,
} from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();

const QUERY = `query($speaker: ID, $addressee: ID, $about: ID, $kind: StatementKind, $from: Date, $to: Date, $first: Int, $after: String) {
  statements(speaker: $speaker, addressee: $addressee, about: $about, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date datePrecision } }
  }
}`;
type S = { id: string; date: string | null; datePrecision: string | null };

async function statements(filter: StatementFilter, first = 100): Promise<{ nodes: S[]; totalCount: number }> {
  return allPages(async (after) => (await api.query(QUERY, { ...filter, first, after })).statements as Page<S>, first);
}

function expectNewestFirst(nodes: S[]) {
  const dated = nodes.filter((n) => n.date).map((n) => n.date!);
  expect(dated, 'newest first').toEqual([...dated].sort().reverse());
  expect(
    nodes.slice(dated.length).every((n) => !n.date),
    'undated last',
  ).toBe(true);
}

describe('statements without filters', () => {
  it('are every statement of the facts file, newest first', async () => {
    const { nodes, totalCount } = await statements({});
    expect(totalCount).toBe(facts.statements.length);
    expect(sortedIds(nodes)).toEqual(sortedIds(facts.statements));
    expectNewestFirst(nodes);
  });

  it.each([1, 4, 7])(
    'come in pages of %i that never overlap and add up to the whole list, in the same order',
    async (size) => {
      const whole = await statements({});
      const paged = await statements({}, size);
      expect(paged.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
      expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(paged.nodes.length);
    },
  );

  it('default to pages of 20', async () => {
    const data = await api.query(`{ statements { edges { cursor } totalCount pageInfo { hasNextPage } } }`);
    expect(data.statements.edges).toHaveLength(Math.min(20, facts.statements.length));
    expect(data.statements.pageInfo.hasNextPage).toBe(facts.statements.length > 20);
  });
});

describe('statements filtered', () => {
  it.each([...new Set(facts.statements.map((s) => s.speaker))])('by speaker %s', async (speaker) => {
    const { nodes, totalCount } = await statements({ speaker });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ speaker })));
    expect(totalCount).toBe(nodes.length);
    expectNewestFirst(nodes);
  });

  it.each([...new Set(facts.statements.flatMap((s) => s.addressees))])('by addressee %s', async (addressee) => {
    const { nodes, totalCount } = await statements({ addressee });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ addressee })));
    expect(totalCount).toBe(nodes.length);
  });

  it.each([...new Set(facts.statements.flatMap((s) => s.about))])('by what it is about: %s', async (about) => {
    const { nodes } = await statements({ about });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ about })));
  });

  it.each(['QUOTE', 'PARAPHRASE'] as const)('by kind %s', async (kind) => {
    const { nodes, totalCount } = await statements({ kind });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ kind })));
    expect(totalCount).toBe(statementsMatching({ kind }).length);
  });

  it.each([
    ['2025-07-14', null],
    ['2025-07-19', null],
    ['2025-07-21', null],
    [null, '2025-07-13'],
    [null, '2025-07-14'],
    [null, '2025-07-18'],
    [null, '2025-07-19'],
    ['2025-07-14', '2025-07-14'],
    ['2025-07-19', '2025-07-19'],
    ['2025-01-01', '2025-12-31'],
  ])('by date, from %s to %s (undated statements never match)', async (from, to) => {
    const { nodes, totalCount } = await statements({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
    expectDateFiltered(
      facts.statements,
      nodes.map((n) => n.id),
      from,
      to,
    );
    expect(totalCount).toBe(nodes.length);
    for (const n of nodes) expect(n.date).not.toBeNull();
  });

  it.each<[string, StatementFilter]>([
    ['Zelenskyy quoting', { speaker: 'person:volodymyr-zelenskyy', kind: 'QUOTE' }],
    ['Zelenskyy paraphrased', { speaker: 'person:volodymyr-zelenskyy', kind: 'PARAPHRASE' }],
    [
      'Zakharova on the ultimatum',
      { speaker: 'person:maria-zakharova', about: 'event:trump-ultimatum-russia-2025-07-14' },
    ],
    ['to Russia, from the 14th', { addressee: 'country:russia', from: '2025-07-14' }],
    [
      'Trump to Russia about the ceasefire',
      { speaker: 'person:donald-trump', addressee: 'country:russia', about: 'event:ua-ru-ceasefire' },
    ],
    ['quotes up to the 18th', { kind: 'QUOTE', to: '2025-07-18' }],
    ['Putin quoting (nothing)', { speaker: 'person:vladimir-putin', kind: 'QUOTE' }],
    ['Zelenskyy to Russia (nothing)', { speaker: 'person:volodymyr-zelenskyy', addressee: 'country:russia' }],
  ])('by several filters at once, combined with AND: %s', async (_name, filter) => {
    const { nodes } = await statements(filter);
    const expected = statementsMatching(filter);
    if (filter.from || filter.to)
      expectDateFiltered(
        expected,
        nodes.map((n) => n.id),
        filter.from ?? null,
        filter.to ?? null,
      );
    else expect(sortedIds(nodes)).toEqual(sortedIds(expected));
    // Nothing that fails one of the filters.
    for (const n of nodes) expect(statementsMatching(filter).map((s) => s.id)).toContain(n.id);
  });

  it('a filtered list pages like the whole list', async () => {
    const filter: StatementFilter = { speaker: 'person:volodymyr-zelenskyy' };
    const whole = await statements(filter);
    const paged = await statements(filter, 2);
    expect(paged.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
    expect(paged.totalCount).toBe(whole.nodes.length);
  });
});

describe('Statement fields', () => {
  const FIELDS = `id text kind date datePrecision dateNote
    speaker { __typename id }
    addressees { __typename id }
    about { __typename id }
    respondsTo { __typename id }
    responses { id }
    evidence { start end excerpt source { id } }`;

  it.each(facts.statements.map((s) => [s.id, s] as const))('%s: as the facts file says', async (id, fact) => {
    const data = await api.query(`query($id: ID!) { node(id: $id) { __typename ... on Statement { ${FIELDS} } } }`, {
      id,
    });
    const s = data.node;
    expect(s).toMatchObject({
      __typename: 'Statement',
      id,
      ...pick(fact, ['text', 'kind', 'date', 'datePrecision', 'dateNote']),
      speaker: { id: fact.speaker },
    });
    expect(sorted(s.addressees.map((a: any) => a.id))).toEqual(sorted(fact.addressees));
    expect(sorted(s.about.map((a: any) => a.id))).toEqual(sorted(fact.about));
    expect(sorted(s.respondsTo.map((a: any) => a.id))).toEqual(sorted(fact.respondsTo));
    const responses = facts.statements.filter((r) => r.respondsTo.includes(id)).map((r) => r.id);
    expect(sorted(s.responses.map((r: any) => r.id))).toEqual(sorted(responses));
    expect(evidenceKeys(s.evidence)).toEqual(evidenceKeys(fact.evidence));
    for (const e of s.evidence) expect(e.source.id).toBe(ARTICLE_ID);
  });

  it('resolve each node of about and respondsTo to its own type', async () => {
    const data = await api.query(`{ node(id: "stmt:peskov-acknowledges-more-momentum") { ... on Statement {
      about { __typename ... on Statement { text } ... on Event { type } ... on Person { name } }
      respondsTo { __typename ... on Statement { speaker { id } } }
    } } }`);
    expect(data.node.about).toEqual(
      expect.arrayContaining([
        { __typename: 'Statement', text: 'more momentum' },
        { __typename: 'Event', type: 'PEACE_PROCESS' },
        { __typename: 'Person', name: 'Volodymyr Zelenskyy' },
      ]),
    );
    expect(data.node.respondsTo).toEqual([{ __typename: 'Statement', speaker: { id: 'person:volodymyr-zelenskyy' } }]);
  });

  it('speakerRole is the post the speaker held on the day, or now when undated; none for a country', async () => {
    const data = await api.query(`{ statements(first: 100) { edges { node { id speakerRole { id } } } } }`);
    for (const { node } of data.statements.edges) {
      const fact = facts.statements.find((s) => s.id === node.id)!;
      const held = facts.tenures.filter(
        (t) => t.person === fact.speaker && (fact.date ? validOn(t, fact.date) : t.current),
      );
      const expected = held.length ? held.map((t) => t.role) : [null];
      expect(expected, node.id).toContain(node.speakerRole?.id ?? null);
    }
  });
});
