/**
 * Who said what to whom: the statements filters, the speaker's role, threads of responses,
 * interlocutors, and keyset paging — checked against the seed facts file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { newestFirstKey } from '../../src/domain/dates.js';
import { useTestApi } from '../helpers/api.js';
import { validOn } from '../helpers/dates.js';
import {
  expectedStatementIds,
  plainName,
  seedFacts,
  sorted,
  statementFact,
  type FactStatement,
  type StatementFilter,
} from '../helpers/seedFacts.js';

const facts = seedFacts();
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const PESKOV_ACK = 'stmt:peskov-acknowledges-more-momentum';
const MORE_MOMENTUM = 'stmt:zelenskyy-peace-process-more-momentum';

const api = useTestApi();

interface StatementNode {
  id: string;
  date: string | null;
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: T }>;
}

const STATEMENTS = `query ($speaker: ID, $addressee: ID, $about: ID, $kind: StatementKind, $from: Date, $to: Date, $first: Int, $after: String) {
  statements(speaker: $speaker, addressee: $addressee, about: $about, kind: $kind, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date } }
  }
}`;

async function statements(
  filter: StatementFilter,
  first = 100,
  after: string | null = null,
): Promise<Connection<StatementNode>> {
  const data = await api.query<{ statements: Connection<StatementNode> }>(STATEMENTS, { ...filter, first, after });
  return data.statements;
}

/** Newest first: dates never increase, undated ones come last. */
function expectNewestFirst(nodes: StatementNode[]): void {
  const dates = nodes.map((n) => n.date);
  const firstUndated = dates.indexOf(null);
  if (firstUndated >= 0)
    expect(
      dates.slice(firstUndated).every((d) => d === null),
      'undated statements come last',
    ).toBe(true);
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort().reverse());
}

const describeFilter = (f: StatementFilter) =>
  JSON.stringify(Object.fromEntries(Object.entries(f).filter(([, v]) => v != null)));

describe('statements: every filter optional, combined with AND (oracle: the facts file)', () => {
  const speakers = [...new Set(facts.statements.map((s) => s.speaker))];
  const addressees = [...new Set(facts.statements.flatMap((s) => s.addressees))];
  const subjects = [...new Set(facts.statements.flatMap((s) => s.about))];

  it('without filters: every statement of the file, newest first', async () => {
    const page = await statements({});
    expect(page.totalCount).toBe(facts.statements.length);
    expect(sorted(page.edges.map((e) => e.node.id))).toEqual(sorted(facts.statements.map((s) => s.id)));
    expectNewestFirst(page.edges.map((e) => e.node));
  });

  it('each filter alone selects what the facts file says', async () => {
    const filters: StatementFilter[] = [
      ...speakers.map((speaker) => ({ speaker })),
      { speaker: 'person:rustem-umerov' },
      ...addressees.map((addressee) => ({ addressee })),
      ...subjects.map((about) => ({ about })),
      { kind: 'QUOTE' as const },
      { kind: 'PARAPHRASE' as const },
      { from: '2025-07-14' },
      { from: '2025-07-21' },
      { to: '2025-07-18' },
      { to: '2025-07-13' },
      { from: '2025-07-14', to: '2025-07-18' },
    ];
    expect(speakers.length).toBeGreaterThan(3);
    expect(addressees.length).toBeGreaterThan(1);
    expect(subjects.length).toBeGreaterThan(10);
    for (const f of filters) {
      const page = await statements(f);
      const expected = expectedStatementIds(f);
      expect(sorted(page.edges.map((e) => e.node.id)), describeFilter(f)).toEqual(expected);
      expect(page.totalCount, describeFilter(f)).toBe(expected.length);
      expectNewestFirst(page.edges.map((e) => e.node));
    }
  });

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
      const page = await statements(f);
      expect(page.edges).toEqual([]);
      expect(page.totalCount).toBe(0);
      expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    }
  });

  it('Actor.statementsReceived is the addressee filter', async () => {
    for (const addressee of addressees) {
      const data = await api.query<{ actor: { statementsReceived: Connection<StatementNode> } }>(
        `query ($id: ID) { actor(id: $id) { statementsReceived(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date } } } } }`,
        { id: addressee },
      );
      expect(sorted(data.actor.statementsReceived.edges.map((e) => e.node.id)), addressee).toEqual(
        expectedStatementIds({ addressee }),
      );
    }
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
      statements: Connection<{ id: string; speakerRole: { id: string; title: string } | null }>;
    }>(`{ statements(speaker: "${ZELENSKYY}", first: 100) { edges { node { id speakerRole { id title } } } } }`);
    expect(data.statements.edges).toHaveLength(own.length);
    for (const { node } of data.statements.edges) {
      expect(expectedRoles(statementFact(node.id))).toEqual([president.id]);
      expect(node.speakerRole, node.id).toEqual({ id: president.id, title: president.title });
    }
  });

  it('every statement: the role of a tenure valid on its date, null when the speaker held none', async () => {
    const data = await api.query<{ statements: Connection<{ id: string; speakerRole: { id: string } | null }> }>(
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

/** RESPONDS_TO edges of the facts file: a statement's respondsTo, and relations of that type. */
const respondsTo = new Map<string, string[]>();
for (const s of facts.statements) respondsTo.set(s.id, [...s.respondsTo]);
for (const r of facts.relations.filter((x) => x.type === 'RESPONDS_TO'))
  respondsTo.set(r.from, [...(respondsTo.get(r.from) ?? []), r.to]);

/** The thread the schema describes: what it answers transitively (-depth), itself (0), what answers it (+depth). */
function expectedThread(id: string): Array<[string, number]> {
  const walk = (next: (x: string) => string[], sign: number): Array<[string, number]> => {
    const seen = new Map<string, number>();
    let frontier = [id];
    for (let depth = 1; frontier.length > 0 && depth <= 10; depth++) {
      const nextFrontier: string[] = [];
      for (const x of frontier)
        for (const y of next(x))
          if (!seen.has(y) && y !== id) {
            seen.set(y, sign * depth);
            nextFrontier.push(y);
          }
      frontier = nextFrontier;
    }
    return [...seen];
  };
  const answered = walk((x) => respondsTo.get(x) ?? [], -1);
  const answers = walk((x) => [...respondsTo].filter(([, targets]) => targets.includes(x)).map(([from]) => from), 1);
  return [...answered, [id, 0], ...answers];
}

const THREAD = `thread { depth node { id ... on Statement { text } ... on Event { title } } }`;

describe('Statement.thread: the conversation around a statement', () => {
  async function thread(id: string): Promise<Array<{ depth: number; node: { id: string } }>> {
    const data = await api.query<{ node: { thread: Array<{ depth: number; node: { id: string } }> } }>(
      `{ node(id: "${id}") { ... on Statement { ${THREAD} } } }`,
    );
    return data.node.thread;
  }

  it('Peskov\'s acknowledgement: Zelenskyy\'s "more momentum" at negative depth, itself at depth 0', async () => {
    expect(statementFact(PESKOV_ACK).respondsTo).toContain(MORE_MOMENTUM);
    const entries = await thread(PESKOV_ACK);
    const momentum = entries.find((e) => e.node.id === MORE_MOMENTUM);
    expect(momentum).toBeDefined();
    expect(momentum!.depth).toBeLessThan(0);
    expect(momentum!.depth).toBe(-1);
    expect(entries.filter((e) => e.depth === 0).map((e) => e.node.id)).toEqual([PESKOV_ACK]);
  });

  it('a statement others respond to has them at positive depth', async () => {
    const answered = facts.statements.filter((s) => facts.statements.some((o) => o.respondsTo.includes(s.id)));
    expect(answered.length).toBeGreaterThan(1);
    for (const s of answered) {
      const responders = facts.statements.filter((o) => o.respondsTo.includes(s.id)).map((o) => o.id);
      const entries = await thread(s.id);
      for (const r of responders)
        expect(entries, `${r} answers ${s.id}`).toContainEqual(
          expect.objectContaining({ depth: 1, node: expect.objectContaining({ id: r }) }),
        );
      expect(entries.filter((e) => e.depth === 0).map((e) => e.node.id)).toEqual([s.id]);
    }
  });

  it('Zelenskyy\'s "more momentum" has Peskov\'s acknowledgement at depth 1', async () => {
    const entries = await thread(MORE_MOMENTUM);
    expect(entries.map((e) => [e.node.id, e.depth])).toEqual([
      [MORE_MOMENTUM, 0],
      [PESKOV_ACK, 1],
    ]);
  });

  it('every statement: the thread holds exactly what the facts file chains, each at its depth, in depth order', async () => {
    const data = await api.query<{
      statements: Connection<{ id: string; thread: Array<{ depth: number; node: { id: string } }> }>;
    }>(`{ statements(first: 100) { edges { node { id ${THREAD} } } } }`);
    let longer = 0;
    for (const { node } of data.statements.edges) {
      const actual = node.thread.map((e): [string, number] => [e.node.id, e.depth]);
      expect(sorted(actual.map((x) => x.join(' @ '))), node.id).toEqual(
        sorted(expectedThread(node.id).map((x) => x.join(' @ '))),
      );
      const depths = node.thread.map((e) => e.depth);
      expect(depths).toEqual([...depths].sort((a, b) => a - b));
      if (actual.length > 1) longer += 1;
    }
    expect(longer).toBeGreaterThan(5);
  });

  it('respondsTo and responses agree with the facts file', async () => {
    const data = await api.query<{
      statements: Connection<{ id: string; respondsTo: Array<{ id: string }>; responses: Array<{ id: string }> }>;
    }>(`{ statements(first: 100) { edges { node { id respondsTo { id } responses { id } } } } }`);
    for (const { node } of data.statements.edges) {
      expect(sorted(node.respondsTo.map((n) => n.id)), node.id).toEqual(sorted(statementFact(node.id).respondsTo));
      expect(sorted(node.responses.map((n) => n.id)), node.id).toEqual(
        sorted(facts.statements.filter((o) => o.respondsTo.includes(node.id)).map((o) => o.id)),
      );
    }
  });
});

describe('Actor.interlocutors: whom it addresses and who addresses it', () => {
  /** From the facts file: for actor x, per other actor y, statements of x addressed to y and of y addressed to x. */
  function expectedInterlocutors(x: string): Map<string, { addressed: number; addressedBy: number }> {
    const out = new Map<string, { addressed: number; addressedBy: number }>();
    const bump = (y: string, field: 'addressed' | 'addressedBy') => {
      const entry = out.get(y) ?? { addressed: 0, addressedBy: 0 };
      entry[field] += 1;
      out.set(y, entry);
    };
    for (const s of facts.statements) {
      if (s.speaker === x) for (const y of s.addressees) if (y !== x) bump(y, 'addressed');
      if (s.addressees.includes(x) && s.speaker !== x) bump(s.speaker, 'addressedBy');
    }
    return out;
  }

  it('the counts of every actor match the facts file, most exchanges first', async () => {
    const data = await api.query<{
      actors: Connection<{
        id: string;
        interlocutors: Array<{ actor: { id: string }; addressed: number; addressedBy: number }>;
      }>;
    }>(
      `{ actors(first: 100) { totalCount edges { node { id interlocutors { actor { id } addressed addressedBy } } } } }`,
    );
    expect(data.actors.edges).toHaveLength(facts.actors.length);
    let withSome = 0;
    for (const { node } of data.actors.edges) {
      const expected = expectedInterlocutors(node.id);
      const actual = new Map(
        node.interlocutors.map((i) => [i.actor.id, { addressed: i.addressed, addressedBy: i.addressedBy }]),
      );
      expect(actual.size, `${node.id}: one entry per interlocutor`).toBe(node.interlocutors.length);
      expect(Object.fromEntries(actual), node.id).toEqual(Object.fromEntries(expected));
      const totals = node.interlocutors.map((i) => i.addressed + i.addressedBy);
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      if (expected.size > 0) withSome += 1;
    }
    expect(withSome).toBeGreaterThan(3);
  });

  it('Russia is addressed by Ukraine, by Trump and by Zelenskyy; Zelenskyy addresses Putin and Russia', async () => {
    const data = await api.query<{
      r: { interlocutors: Array<{ actor: { id: string }; addressed: number; addressedBy: number }> };
      z: { interlocutors: Array<{ actor: { id: string }; addressed: number; addressedBy: number }> };
    }>(
      `{ r: actor(id: "country:russia") { interlocutors { actor { id } addressed addressedBy } }
         z: actor(name: "Zelensky") { interlocutors { actor { id } addressed addressedBy } } }`,
    );
    const russia = expectedInterlocutors('country:russia');
    expect(russia.get('country:ukraine')?.addressedBy).toBeGreaterThan(0);
    expect(russia.get('person:donald-trump')?.addressedBy).toBeGreaterThan(0);
    expect(data.r.interlocutors).toContainEqual({ actor: { id: 'country:ukraine' }, ...russia.get('country:ukraine') });
    expect(data.r.interlocutors).toContainEqual({
      actor: { id: 'person:donald-trump' },
      ...russia.get('person:donald-trump'),
    });
    const zelenskyy = expectedInterlocutors(ZELENSKYY);
    expect(sorted(zelenskyy.keys())).toEqual(['country:russia', 'person:vladimir-putin']);
    expect(data.z.interlocutors).toHaveLength(2);
    for (const id of zelenskyy.keys())
      expect(data.z.interlocutors).toContainEqual({ actor: { id }, ...zelenskyy.get(id) });
  });
});

/** Follows pageInfo.endCursor until the last page; returns every page. */
async function allPages<T>(
  fetch: (after: string | null) => Promise<Connection<T>>,
  maxPages = 50,
): Promise<Array<Connection<T>>> {
  const pages: Array<Connection<T>> = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetch(after);
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    after = page.pageInfo.endCursor;
    if (pages.length > maxPages) throw new Error('paging does not end');
  }
}

describe('paging: pages followed with after: endCursor', () => {
  it('statements(first: 2): pages never overlap and cover every statement exactly once', async () => {
    const pages = await allPages((after) => statements({}, 2, after));
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(pages.length).toBe(Math.ceil(facts.statements.length / 2));
    for (const p of pages) expect(p.totalCount).toBe(facts.statements.length);
    for (const p of pages.slice(0, -1)) expect(p.edges).toHaveLength(2);
    expect(ids).toHaveLength(facts.statements.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(sorted(ids)).toEqual(sorted(facts.statements.map((s) => s.id)));
    expectNewestFirst(pages.flatMap((p) => p.edges.map((e) => e.node)));
    // The same as one big page.
    expect(ids).toEqual((await statements({}, 100)).edges.map((e) => e.node.id));
  });

  it('a filtered statements page pages through its own matches only', async () => {
    const f: StatementFilter = { kind: 'PARAPHRASE' };
    const pages = await allPages((after) => statements(f, 2, after));
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(sorted(ids)).toEqual(expectedStatementIds(f));
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of pages) expect(p.totalCount).toBe(expectedStatementIds(f).length);
  });

  it('actors(first: 3): pages never overlap and cover every actor exactly once, in name order', async () => {
    const pages = await allPages(async (after) => {
      const data = await api.query<{ actors: Connection<{ id: string; name: string }> }>(
        `query ($after: String) { actors(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
        { after },
      );
      return data.actors;
    });
    const nodes = pages.flatMap((p) => p.edges.map((e) => e.node));
    for (const p of pages) expect(p.totalCount).toBe(facts.actors.length);
    expect(pages.length).toBe(Math.ceil(facts.actors.length / 3));
    expect(nodes).toHaveLength(facts.actors.length);
    expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(facts.actors.map((a) => a.id)));
    const names = nodes.map((n) => plainName(n.name));
    expect(names).toEqual([...names].sort());
  });

  it('Actor.statements(first: 1) of Zelenskyy: one statement a page, each exactly once', async () => {
    const own = facts.statements.filter((s) => s.speaker === ZELENSKYY).map((s) => s.id);
    const pages = await allPages((after) => zelenskyyStatements(1, after));
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    expect(pages).toHaveLength(own.length);
    for (const p of pages) {
      expect(p.edges).toHaveLength(1);
      expect(p.totalCount).toBe(own.length);
    }
    expect(sorted(ids)).toEqual(sorted(own));
    expect(new Set(ids).size).toBe(ids.length);
    expectNewestFirst(pages.flatMap((p) => p.edges.map((e) => e.node)));
  });

  it('a cursor the API did not issue is BAD_USER_INPUT', async () => {
    const result = await api.execute(`{ statements(first: 2, after: "not-a-cursor") { totalCount } }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

async function zelenskyyStatements(first: number, after: string | null): Promise<Connection<StatementNode>> {
  const data = await api.query<{ actor: { statements: Connection<StatementNode> } }>(
    `query ($first: Int, $after: String) { actor(id: "${ZELENSKYY}") { statements(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date } } } } }`,
    { first, after },
  );
  return data.actor.statements;
}

describe('paging: a cursor stays valid after a statement is added', () => {
  const TEST_PREFIX = 'stmt:test-cursor-';
  // Newer than every seed statement: sorts before any cursor taken below; and one that sorts after it.
  const inserted = [
    { id: `${TEST_PREFIX}newest`, date: '2025-07-20' },
    { id: `${TEST_PREFIX}middle`, date: '2025-07-15' },
  ];

  async function insertStatements(): Promise<void> {
    for (const s of inserted) {
      await api.db.write(
        'test:insert-statement',
        `MATCH (speaker:Node {id: $speaker})
         CREATE (s:Node:Statement {id: $id, kind: 'PARAPHRASE', text: $text, date: $date, datePrecision: 'DAY', sortKey: $sortKey, evidenceIds: []})
         CREATE (speaker)-[:SAID {id: $speaker + '>SAID>' + $id, evidenceIds: []}]->(s)`,
        {
          speaker: ZELENSKYY,
          id: s.id,
          text: `Test statement ${s.id}`,
          date: s.date,
          sortKey: newestFirstKey(s.date, s.id),
        },
      );
    }
  }

  async function removeInserted(): Promise<void> {
    await api.db.write('test:remove-statements', `MATCH (s:Statement) WHERE s.id STARTS WITH $prefix DETACH DELETE s`, {
      prefix: TEST_PREFIX,
    });
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

  it('statements(first: 2): no original statement repeated or skipped; the one added after the cursor shows', async () => {
    try {
      const before = (await statements({}, 100)).edges.map((e) => e.node.id);
      const page1 = await statements({}, 2);
      const page2 = await statements({}, 2, page1.pageInfo.endCursor);
      await insertStatements();
      const rest = await allPages((after) => statements({}, 2, after ?? page2.pageInfo.endCursor));
      const seen = [...page1.edges, ...page2.edges, ...rest.flatMap((p) => p.edges)].map((e) => e.node.id);
      const originals = seen.filter((id) => !id.startsWith(TEST_PREFIX));
      expect(originals).toEqual(before);
      expect(seen).toContain(inserted[1]!.id);
      expect(seen).not.toContain(inserted[0]!.id);
      expect(new Set(seen).size).toBe(seen.length);
      expect(rest[0]!.totalCount).toBe(facts.statements.length + inserted.length);
    } finally {
      await removeInserted();
    }
  });

  it('Actor.statements(first: 1) of Zelenskyy: the same after an insertion between pages', async () => {
    try {
      const before = (await zelenskyyStatements(100, null)).edges.map((e) => e.node.id);
      const page1 = await zelenskyyStatements(1, null);
      const page2 = await zelenskyyStatements(1, page1.pageInfo.endCursor);
      await insertStatements();
      const rest = await allPages((after) => zelenskyyStatements(1, after ?? page2.pageInfo.endCursor));
      const seen = [...page1.edges, ...page2.edges, ...rest.flatMap((p) => p.edges)].map((e) => e.node.id);
      expect(seen.filter((id) => !id.startsWith(TEST_PREFIX))).toEqual(before);
      expect(seen).toContain(inserted[1]!.id);
      expect(seen).not.toContain(inserted[0]!.id);
      expect(new Set(seen).size).toBe(seen.length);
    } finally {
      await removeInserted();
    }
  });

  it('after clean-up, the statements are those of the facts file again', async () => {
    const page = await statements({}, 100);
    expect(page.totalCount).toBe(facts.statements.length);
    expect(page.edges.some((e) => e.node.id.startsWith(TEST_PREFIX))).toBe(false);
  });
});
