/**
 * node, actor, actors and the fields every actor has, against the seed facts file as the oracle.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { useTestApi } from '../helpers/api.js';
import { allPages, type Page } from '../helpers/connections.js';
import { actorFact, evidenceKeys, plainName, seedFacts, sorted, type FactActor } from '../helpers/seedFacts.js';

const api = useTestApi();

const EVENTS = graphql(`
  query TestActorEvents($id: ID!) {
    actor(id: $id) {
      events {
        role
        actor {
          id
        }
        event {
          id
        }
      }
    }
  }
`);

const facts = seedFacts();
const TYPENAME = { PERSON: 'Person', ORGANIZATION: 'Organization', COUNTRY: 'Country', GROUP: 'Group' } as const;
const byKind = (kind: FactActor['kind'] | null) => facts.actors.filter((a) => kind === null || a.kind === kind);

describe('node(id)', () => {
  const everyId = [
    ...facts.actors.map((a) => [a.id, TYPENAME[a.kind]] as const),
    ...facts.roles.map((r) => [r.id, 'Role'] as const),
    ...facts.events.map((e) => [e.id, 'Event'] as const),
    ...facts.statements.map((s) => [s.id, 'Statement'] as const),
    ...facts.sources.map((s) => [s.id, 'Source'] as const),
  ];

  it.each(everyId)('finds %s as a %s', async (id, typename) => {
    const data = await api.query(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(data.node).toEqual({ __typename: typename, id });
  });

  it('does not find tenures or evidence, which are not nodes of the API', async () => {
    const data = await api.query(`{
      t: node(id: "tenure:umerov-ua-nsdc-secretary") { id }
      e: node(id: "evidence:national-times-ukraine-offers-talks:187-226") { id }
    }`);
    expect(data).toEqual({ t: null, e: null });
  });
});

describe('Actor fields', () => {
  it.each(facts.actors.map((a) => [a.id, a] as const))(
    '%s has the kind, name, aliases, description and evidence of the facts file',
    async (id, fact) => {
      const data = await api.query(
        `query($id: ID!) { actor(id: $id) { __typename id kind name aliases description evidence { start end excerpt } } }`,
        { id },
      );
      expect(data.actor).toEqual({
        __typename: TYPENAME[fact.kind],
        id,
        kind: fact.kind,
        name: fact.name,
        aliases: expect.any(Array),
        description: fact.description,
        evidence: expect.any(Array),
      });
      // The names the article uses, and those from the reference source.
      expect(sorted(data.actor.aliases)).toEqual(
        sorted([...fact.aliases, ...fact.referenceAliases.map((r) => r.alias)]),
      );
      expect(evidenceKeys(data.actor.evidence)).toEqual(evidenceKeys(fact.evidence));
    },
  );

  it('Person.country and Organization.country are the countries of the facts file', async () => {
    for (const fact of facts.actors.filter((a) => a.kind === 'PERSON' || a.kind === 'ORGANIZATION')) {
      const data = await api.query(
        `query($id: ID!) { actor(id: $id) { ... on Person { country { id kind } } ... on Organization { country { id kind } } } }`,
        {
          id: fact.id,
        },
      );
      expect(data.actor.country, fact.id).toEqual(fact.country ? { id: fact.country, kind: 'COUNTRY' } : null);
    }
  });
});

describe('actor(name)', () => {
  it.each(['zelensky', 'ZELENSKIY', 'Zelenskýy', 'Volodymyr Zelenskyy', '  volodymyr   zelensky  '])(
    'finds Zelenskyy by %j',
    async (name) => {
      const data = await api.query(`query($name: String) { actor(name: $name) { id name } }`, { name });
      expect(data.actor).toEqual({ id: 'person:volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy' });
    },
  );

  // Names and aliases that name one actor only (an alias two actors share could answer either).
  const owners = new Map<string, Set<string>>();
  for (const a of facts.actors)
    for (const n of [a.name, ...a.aliases]) owners.set(plainName(n), (owners.get(plainName(n)) ?? new Set()).add(a.id));
  const names = facts.actors.flatMap((a) =>
    [a.name, ...a.aliases].filter((n) => owners.get(plainName(n))!.size === 1).map((n) => [n, a.id] as const),
  );

  it.each(names)('finds %j, as written and upper-cased, as %s', async (name, id) => {
    const data = await api.query(
      `query($a: String, $b: String) { a: actor(name: $a) { id } b: actor(name: $b) { id } }`,
      { a: name, b: name.toUpperCase() },
    );
    expect(data).toEqual({ a: { id }, b: { id } });
  });

  it('ignores diacritics added to a plain name', async () => {
    const data = await api.query(`{ a: actor(name: "Dmítry Péskov") { id } b: actor(name: "RÚSTEM UMÉROV") { id } }`);
    expect(data).toEqual({ a: { id: 'person:dmitry-peskov' }, b: { id: 'person:rustem-umerov' } });
  });

  it('does not find posts, events or parts of names', async () => {
    const data = await api.query(
      `{ a: actor(name: "President of Ukraine") { id } b: actor(name: "Umer") { id } c: actor(name: "blackmail") { id } }`,
    );
    expect(data).toEqual({ a: null, b: null, c: null });
  });
});

describe('actors', () => {
  const query = `query($kind: ActorKind, $first: Int, $after: String) {
    actors(kind: $kind, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind name } }
    }
  }`;
  type A = { id: string; kind: string; name: string };
  const page = async (kind: string | null, first: number, after: string | null) =>
    (await api.query(query, { kind, first, after })).actors as Page<A>;

  it.each([null, 'PERSON', 'ORGANIZATION', 'COUNTRY'] as const)(
    'kind %s: pages of 4 never overlap and together are every such actor, in name order',
    async (kind) => {
      const expected = byKind(kind);
      const { nodes, totalCount, pages } = await allPages((after) => page(kind, 4, after), 4);
      expect(totalCount).toBe(expected.length);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / 4)));
      const ids = nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sorted(ids)).toEqual(sorted(expected.map((a) => a.id)));
      if (kind) for (const n of nodes) expect(n.kind).toBe(kind);
      const keys = nodes.map((n) => plainName(n.name));
      expect(keys).toEqual([...keys].sort());
    },
  );

  it('one big page equals the small pages', async () => {
    const whole = await page(null, 100, null);
    const { nodes } = await allPages((after) => page(null, 3, after), 3);
    expect(whole.edges.map((e) => e.node.id)).toEqual(nodes.map((n) => n.id));
    expect(whole.pageInfo.hasNextPage).toBe(false);
  });

  it('continues after any cursor, not only the end cursor', async () => {
    const whole = await page(null, 100, null);
    const third = whole.edges[2]!;
    const rest = await page(null, 100, third.cursor);
    expect(rest.edges.map((e) => e.node.id)).toEqual(whole.edges.slice(3).map((e) => e.node.id));
  });

  it('first: 0 gives no edges but the total', async () => {
    const empty = await page('PERSON', 0, null);
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBe(byKind('PERSON').length);
  });

  it('defaults to 20', async () => {
    const data = await api.query(`{ actors { edges { cursor } totalCount } }`);
    expect(data.actors.edges).toHaveLength(Math.min(20, facts.actors.length));
  });
});

describe('Actor.statements and Actor.statementsReceived', () => {
  const speakers = [...new Set(facts.statements.map((s) => s.speaker))];
  const addressees = [...new Set(facts.statements.flatMap((s) => s.addressees))];

  graphql(`
    fragment TestStatementPage on StatementConnection {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          date
        }
      }
    }
  `);
  const MADE = graphql(`
    query TestStatementsMade($id: ID!, $first: Int, $after: String) {
      actor(id: $id) {
        statements(first: $first, after: $after) {
          ...TestStatementPage
        }
      }
    }
  `);
  const RECEIVED = graphql(`
    query TestStatementsReceived($id: ID!, $first: Int, $after: String) {
      actor(id: $id) {
        statementsReceived(first: $first, after: $after) {
          ...TestStatementPage
        }
      }
    }
  `);

  it.each(speakers)('%s: its statements, newest first, in pages of 2', async (id) => {
    const expected = facts.statements.filter((s) => s.speaker === id);
    const { nodes, totalCount } = await allPages(
      async (after) => (await api.query(MADE, { id, first: 2, after })).actor!.statements,
      2,
    );
    expect(totalCount).toBe(expected.length);
    expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((s) => s.id)));
    const dates = nodes.map((n) => n.date ?? '');
    // Newest first; undated ("") last.
    const dated = dates.filter((d) => d);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true);
  });

  it.each(addressees)('%s: the statements addressed to it', async (id) => {
    const expected = facts.statements.filter((s) => s.addressees.includes(id));
    const { nodes, totalCount } = await allPages(
      async (after) => (await api.query(RECEIVED, { id, first: 1, after })).actor!.statementsReceived,
      1,
    );
    expect(totalCount).toBe(expected.length);
    expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(expected.map((s) => s.id)));
  });

  it('is empty for an actor who said nothing and was told nothing', async () => {
    const silent = facts.actors.find((a) => !speakers.includes(a.id) && !addressees.includes(a.id))!;
    const data = await api.query(
      `query($id: ID!) { actor(id: $id) { statements { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } statementsReceived { totalCount } } }`,
      {
        id: silent.id,
      },
    );
    expect(data.actor.statements).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    expect(data.actor.statementsReceived.totalCount).toBe(0);
  });

  it('pages of several actors in one request each keep their own size and items', async () => {
    const data = await api.query(`{
      z: actor(id: "person:volodymyr-zelenskyy") { statements(first: 2) { totalCount edges { node { id speaker { id } } } } }
      k: actor(id: "person:maria-zakharova") { statements(first: 1) { totalCount edges { node { id speaker { id } } } } }
    }`);
    expect(data.z.statements.edges).toHaveLength(2);
    expect(data.k.statements.edges).toHaveLength(1);
    for (const e of data.z.statements.edges) expect(e.node.speaker.id).toBe('person:volodymyr-zelenskyy');
    for (const e of data.k.statements.edges) expect(e.node.speaker.id).toBe('person:maria-zakharova');
    expect(data.z.statements.totalCount).toBe(
      facts.statements.filter((s) => s.speaker === 'person:volodymyr-zelenskyy').length,
    );
  });
});

describe('Actor.events', () => {
  it('every actor has exactly its parts in events as the facts file gives them', async () => {
    const problems: string[] = [];
    for (const actor of facts.actors) {
      const expected = facts.events.flatMap((e) =>
        e.participants.filter((p) => p.actor === actor.id).map((p) => `${e.id} ${p.role}`),
      );
      const events = (await api.query(EVENTS, { id: actor.id })).actor?.events ?? [];
      const answered = events.map((p) => `${p.event.id} ${p.role}`);
      for (const p of events) expect(p.actor.id).toBe(actor.id);
      const extra = answered.filter((x) => !expected.includes(x));
      const missing = expected.filter((x) => !answered.includes(x));
      if (extra.length || missing.length)
        problems.push(`${actor.id}: extra [${extra.join(', ')}] missing [${missing.join(', ')}]`);
    }
    expect(problems).toEqual([]);
  });

  it("Umerov's parts: inviter, delegation leader, appointee", async () => {
    const data = await api.query(
      `{ actor(id: "person:rustem-umerov") { events { role relationType event { id type } } } }`,
    );
    expect(data.actor.events).toEqual(
      expect.arrayContaining([
        {
          role: 'INVITER',
          relationType: 'EXTENDED',
          event: { id: 'event:ua-invitation-fresh-talks', type: 'INVITATION' },
        },
        {
          role: 'DELEGATION_LEADER',
          relationType: 'LED_DELEGATION',
          event: { id: 'event:ua-ru-negotiations-turkey-2025', type: 'NEGOTIATIONS' },
        },
        {
          role: 'APPOINTEE',
          relationType: 'APPOINTED',
          event: { id: 'event:umerov-appointment-nsdc-secretary', type: 'APPOINTMENT' },
        },
      ]),
    );
  });
});

describe('one fact of the seed, end to end', () => {
  it('Umerov is a Ukrainian person with a description from the facts file', async () => {
    const fact = actorFact('person:rustem-umerov');
    const data = await api.query(
      `{ actor(name: "umerov") { id kind ... on Person { country { name } } description } }`,
    );
    expect(data.actor).toEqual({
      id: fact.id,
      kind: 'PERSON',
      country: { name: 'Ukraine' },
      description: fact.description,
    });
  });
});
