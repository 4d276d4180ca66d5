/**
 * Who said what to whom: Query.statements with every filter, its pages, and every Statement field,
 * against the facts file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { newestFirstKey } from '../../src/domain/dates.js';
import { anchoredStatementKey } from '../../src/domain/statementKeys.js';
import { useTestApi } from '../helpers/api.js';
import { allPages, type Page } from '../helpers/connections.js';
import { expectDateFiltered, validOn } from '../helpers/dates.js';
import {
  ARTICLE_ID,
  evidenceKeys,
  expectedStatementIds,
  pick,
  seedFacts,
  sorted,
  sortedIds,
  statementFact,
  statementsMatching,
  type FactStatement,
  type StatementFilter,
} from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const speakers = [...new Set(facts.statements.map((s) => s.speaker))];
const addressees = [...new Set(facts.statements.flatMap((s) => s.addressees))];
const subjects = [...new Set(facts.statements.flatMap((s) => s.about))];

const QUERY = `query($speaker: ID, $addressee: ID, $about: ID, $kind: StatementKind, $from: Date, $to: Date, $first: Int, $after: String) {
  statements(speaker: $speaker, addressee: $addressee, about: $about, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date datePrecision } }
  }
}`;
type S = { id: string; date: string | null; datePrecision: string | null };

async function statementsPage(filter: StatementFilter, first: number, after: string | null = null): Promise<Page<S>> {
  return (await api.query(QUERY, { ...filter, first, after })).statements as Page<S>;
}

/** Every page of a filter, followed with after: endCursor. */
function statements(filter: StatementFilter, first = 100): Promise<{ nodes: S[]; totalCount: number; pages: number }> {
  return allPages((after) => statementsPage(filter, first, after), first);
}

const describeFilter = (f: StatementFilter) =>
  JSON.stringify(Object.fromEntries(Object.entries(f).filter(([, v]) => v != null)));

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

  it.each([1, 2, 4, 7])(
    'come in pages of %i that never overlap and add up to the whole list, in the same order',
    async (size) => {
      const whole = await statements({});
      const paged = await statements({}, size);
      expect(paged.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
      expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(paged.nodes.length);
      expect(paged.pages).toBe(Math.ceil(facts.statements.length / size));
      expect(paged.totalCount).toBe(facts.statements.length);
    },
  );

  it('default to pages of 20', async () => {
    const data = await api.query(`{ statements { edges { cursor } totalCount pageInfo { hasNextPage } } }`);
    expect(data.statements.edges).toHaveLength(Math.min(20, facts.statements.length));
    expect(data.statements.pageInfo.hasNextPage).toBe(facts.statements.length > 20);
  });
});

describe('statements filtered', () => {
  it('the seed gives every filter several values to select by', () => {
    expect(speakers.length).toBeGreaterThan(3);
    expect(addressees.length).toBeGreaterThan(1);
    expect(subjects.length).toBeGreaterThan(10);
  });

  // Umerov is in the graph but said nothing: a speaker filter that selects none.
  it.each([...speakers, 'person:rustem-umerov'])('by speaker %s', async (speaker) => {
    const { nodes, totalCount } = await statements({ speaker });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ speaker })));
    expect(totalCount).toBe(nodes.length);
    expectNewestFirst(nodes);
  });

  it.each(addressees)('by addressee %s', async (addressee) => {
    const { nodes, totalCount } = await statements({ addressee });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ addressee })));
    expect(totalCount).toBe(nodes.length);
    expectNewestFirst(nodes);
  });

  it.each(subjects)('by what it is about: %s', async (about) => {
    const { nodes } = await statements({ about });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ about })));
    expectNewestFirst(nodes);
  });

  it.each(['QUOTE', 'PARAPHRASE'] as const)('by kind %s', async (kind) => {
    const { nodes, totalCount } = await statements({ kind });
    expect(sortedIds(nodes)).toEqual(sortedIds(statementsMatching({ kind })));
    expect(totalCount).toBe(statementsMatching({ kind }).length);
    expectNewestFirst(nodes);
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
    ['2025-07-14', '2025-07-18'],
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
    expectNewestFirst(nodes);
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

  it.each<StatementFilter>([{ speaker: ZELENSKYY }, { kind: 'PARAPHRASE' }])(
    'a filtered list %j pages like the whole list, through its own matches only',
    async (filter) => {
      const whole = await statements(filter);
      const paged = await statements(filter, 2);
      expect(paged.nodes.map((n) => n.id)).toEqual(whole.nodes.map((n) => n.id));
      expect(sortedIds(paged.nodes)).toEqual(expectedStatementIds(filter));
      expect(paged.totalCount).toBe(expectedStatementIds(filter).length);
    },
  );

  it('any combination of speaker, addressee, about, kind, from and to selects what the facts file says', async () => {
    const dims = {
      speaker: [null, ZELENSKYY, 'person:donald-trump', 'person:maria-zakharova', 'country:ukraine'],
      addressee: [null, 'country:russia', 'person:vladimir-putin'],
      about: [
        null,
        'event:trump-ultimatum-russia-2025-07-14',
        'event:ua-ru-peace-process',
        'country:russia',
        'event:zelenskyy-putin-meeting-proposed',
      ],
      kind: [null, 'QUOTE', 'PARAPHRASE'] as Array<StatementFilter['kind']>,
      from: [null, '2025-07-14'],
      to: [null, '2025-07-18'],
    };
    const combos: StatementFilter[] = [];
    for (const speaker of dims.speaker)
      for (const addressee of dims.addressee)
        for (const about of dims.about)
          for (const kind of dims.kind)
            for (const from of dims.from)
              for (const to of dims.to) {
                const f: StatementFilter = { speaker, addressee, about, kind, from, to };
                if (Object.values(f).filter((v) => v != null).length >= 2) combos.push(f);
              }
    // Ten filters per request (aliases; the cost limit allows about that many), so hundreds of combinations stay quick.
    const args = (f: StatementFilter) =>
      Object.entries(f)
        .filter(([, v]) => v != null)
        .map(([k, v]) => (k === 'kind' ? `${k}: ${v}` : `${k}: ${JSON.stringify(v)}`))
        .join(', ');
    const mismatches: string[] = [];
    let nonEmpty = 0;
    let narrowed = 0;
    for (let start = 0; start < combos.length; start += 10) {
      const batch = combos.slice(start, start + 10);
      const data = await api.query<Record<string, { totalCount: number; edges: Array<{ node: { id: string } }> }>>(
        `{ ${batch.map((f, i) => `c${i}: statements(${args(f)}, first: 100) { totalCount edges { node { id } } }`).join('\n')} }`,
      );
      batch.forEach((f, i) => {
        const page = data[`c${i}`]!;
        const expected = expectedStatementIds(f);
        const actual = sorted(page.edges.map((e) => e.node.id));
        if (JSON.stringify(actual) !== JSON.stringify(expected) || page.totalCount !== expected.length) {
          mismatches.push(
            `${describeFilter(f)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)} (totalCount ${page.totalCount})`,
          );
        }
        if (expected.length > 0) nonEmpty += 1;
        // A combination that selects fewer than each of its filters alone: the AND is doing work.
        const alone = Object.entries(f)
          .filter(([, v]) => v != null)
          .map(([k, v]) => expectedStatementIds({ [k]: v }).length);
        if (expected.length > 0 && expected.length < Math.min(...alone)) narrowed += 1;
      });
    }
    expect(mismatches).toEqual([]);
    expect(combos.length).toBeGreaterThan(100);
    expect(nonEmpty).toBeGreaterThan(20);
    expect(narrowed).toBeGreaterThan(5);
  });

  it('a filter on an id that is in no statement selects nothing', async () => {
    for (const f of [{ speaker: 'person:nobody' }, { addressee: 'person:nobody' }, { about: 'event:nothing' }]) {
      const page = await statementsPage(f, 100);
      expect(page.edges).toEqual([]);
      expect(page.totalCount).toBe(0);
      expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    }
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

  it('fetched with their page (speaker, addressees, evidence) equal what each statement alone answers', async () => {
    const NESTED = `id speaker { __typename id name } addressees { __typename id name } evidence { start end excerpt source { id } }`;
    const data = await api.query(`{ statements(first: 100) { edges { node { ${NESTED} } } } }`);
    const paged = data.statements.edges.map((e: any) => e.node);
    expect(paged).toHaveLength(facts.statements.length);
    expect(paged.some((s: any) => s.addressees.length > 0 && s.evidence.length > 0)).toBe(true);
    for (const s of paged) {
      const alone = await api.query(`query($id: ID!) { node(id: $id) { ... on Statement { ${NESTED} } } }`, {
        id: s.id,
      });
      expect(s, s.id).toEqual(alone.node);
    }
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
});

describe('Statement.speakerRole: the role the speaker held that day', () => {
  /** From the facts file: the roles of the speaker's tenures valid on the statement's date (current ones when undated). */
  const expectedRoles = (s: FactStatement) =>
    facts.tenures
      .filter((t) => t.person === s.speaker && (s.date === null ? t.current : validOn(t, s.date)))
      .map((t) => t.role);

  it('every statement of Zelenskyy carries the President of Ukraine role', async () => {
    const president = facts.roles.find((r) => r.title === 'President of Ukraine')!;
    const own = facts.statements.filter((s) => s.speaker === ZELENSKYY);
    expect(own.length).toBeGreaterThan(3);
    const data = await api.query<{
      statements: Page<{ id: string; speakerRole: { id: string; title: string } | null }>;
    }>(`{ statements(speaker: "${ZELENSKYY}", first: 100) { edges { node { id speakerRole { id title } } } } }`);
    expect(data.statements.edges).toHaveLength(own.length);
    for (const { node } of data.statements.edges) {
      expect(expectedRoles(statementFact(node.id))).toEqual([president.id]);
      expect(node.speakerRole, node.id).toEqual({ id: president.id, title: president.title });
    }
  });

  it('every statement: the role of a tenure valid on its date, null when the speaker held none', async () => {
    const data = await api.query<{ statements: Page<{ id: string; speakerRole: { id: string } | null }> }>(
      `{ statements(first: 100) { edges { node { id speakerRole { id } } } } }`,
    );
    let withRole = 0;
    for (const { node } of data.statements.edges) {
      const roles = expectedRoles(statementFact(node.id));
      if (roles.length === 0) expect(node.speakerRole, node.id).toBeNull();
      else {
        expect(roles, node.id).toContain(node.speakerRole?.id);
        withRole += 1;
      }
    }
    expect(withRole).toBeGreaterThan(5);
    expect(withRole).toBeLessThan(data.statements.edges.length);
  });
});

describe('paging: a cursor stays valid after a statement is added', () => {
  const TEST_PREFIX = 'stmt:test-cursor-';
  // Newer than every seed statement: sorts before any cursor taken below; and one that sorts after it.
  const inserted = [
    { id: `${TEST_PREFIX}newest`, date: '2025-07-20' },
    { id: `${TEST_PREFIX}middle`, date: '2025-07-15' },
  ];
  const ownCount = facts.statements.filter((s) => s.speaker === ZELENSKYY).length;

  async function insertStatements(): Promise<void> {
    for (const s of inserted) {
      await api.db.write(
        'test:insert-statement',
        `MATCH (speaker:Node {id: $speaker})
         CREATE (s:Node:Statement {id: $id, kind: 'PARAPHRASE', text: $text, date: $date, datePrecision: 'DAY', sortKey: $sortKey, evidenceIds: []})
         CREATE (speaker)-[:SAID {id: $speaker + '>SAID>' + $id, evidenceIds: [], statementKey: $statementKey}]->(s)`,
        {
          speaker: ZELENSKYY,
          id: s.id,
          text: `Test statement ${s.id}`,
          date: s.date,
          sortKey: newestFirstKey(s.date, s.id),
          // What the loader writes on a SAID edge: speakers' pages seek on it (src/domain/statementKeys.ts).
          statementKey: anchoredStatementKey(ZELENSKYY, newestFirstKey(s.date, s.id)),
        },
      );
    }
  }

  async function removeInserted(): Promise<void> {
    await api.db.write('test:remove-statements', `MATCH (s:Statement) WHERE s.id STARTS WITH $prefix DETACH DELETE s`, {
      prefix: TEST_PREFIX,
    });
  }

  async function zelenskyyStatements(first: number, after: string | null): Promise<Page<S>> {
    const data = await api.query(
      `query ($first: Int, $after: String) { actor(id: "${ZELENSKYY}") { statements(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date datePrecision } } } } }`,
      { first, after },
    );
    return data.actor.statements as Page<S>;
  }

  afterAll(async () => {
    await removeInserted();
  });

  it('the inserted statements sort where the test needs them: one before the cursors, one after', () => {
    const seedDates = facts.statements.map((s) => s.date).filter((d): d is string => d !== null);
    expect(inserted[0]!.date > seedDates.sort().at(-1)!).toBe(true);
    const zelenskyyDated = facts.statements.filter((s) => s.speaker === ZELENSKYY && s.date).map((s) => s.date!);
    expect(zelenskyyDated.every((d) => d > inserted[1]!.date)).toBe(true);
  });

  it.each<[string, number, (first: number, after: string | null) => Promise<Page<S>>, number]>([
    ['statements(first: 2)', 2, (first, after) => statementsPage({}, first, after), facts.statements.length],
    ['Actor.statements(first: 1) of Zelenskyy', 1, zelenskyyStatements, ownCount],
  ])(
    '%s: no original statement repeated or skipped; the one added after the cursor shows',
    async (_name, size, fetchPage, originalCount) => {
      try {
        const before = (await fetchPage(100, null)).edges.map((e) => e.node.id);
        const page1 = await fetchPage(size, null);
        const page2 = await fetchPage(size, page1.pageInfo.endCursor);
        await insertStatements();
        const rest = await allPages((after) => fetchPage(size, after ?? page2.pageInfo.endCursor), size);
        const seen = [...page1.edges, ...page2.edges].map((e) => e.node.id).concat(rest.nodes.map((n) => n.id));
        expect(seen.filter((id) => !id.startsWith(TEST_PREFIX))).toEqual(before);
        expect(seen).toContain(inserted[1]!.id);
        expect(seen).not.toContain(inserted[0]!.id);
        expect(new Set(seen).size).toBe(seen.length);
        expect(rest.totalCount).toBe(originalCount + inserted.length);
      } finally {
        await removeInserted();
      }
    },
  );

  it('after clean-up, the statements are those of the facts file again', async () => {
    const page = await statementsPage({}, 100);
    expect(page.totalCount).toBe(facts.statements.length);
    expect(page.edges.some((e) => e.node.id.startsWith(TEST_PREFIX))).toBe(false);
  });
});
