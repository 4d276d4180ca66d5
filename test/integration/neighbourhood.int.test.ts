/**
 * neighborhood and expand on the seeded graph: a closed subgraph around a node, the nearest
 * nodes kept when `limit` cuts, the restrictions (types, at) and the bounds.
 */
import { describe, expect, it } from 'vitest';
import { errorCodes, useTestApi } from '../helpers/api.js';
import { validOn, type TenureDates } from '../helpers/dates.js';
import { graphql } from '../__generated__/gql.js';
import type { TestNeighborhoodQuery, TestNeighborhoodQueryVariables } from '../__generated__/graphql.js';
import { headedBy, seedFacts, sorted } from '../helpers/seedFacts.js';

const UMEROV = 'person:rustem-umerov';
const NSDC = 'org:ua-nsdc';
const BEFORE_APPOINTMENT = '2025-06-01';
const facts = seedFacts();

const api = useTestApi();

graphql(`
  fragment TestGraph on Graph {
    nodes {
      id
      labels
      caption
      properties
    }
    edges {
      id
      type
      source
      target
      properties
    }
    truncated
  }
`);

const NEIGHBORHOOD = graphql(`
  query TestNeighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {
    neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, at: $at) {
      ...TestGraph
    }
  }
`);

const EXPAND = graphql(`
  query TestExpand($ids: [ID!]!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {
    expand(ids: $ids, depth: $depth, types: $types, limit: $limit, at: $at) {
      ...TestGraph
    }
  }
`);

type Graph = TestNeighborhoodQuery['neighborhood'];
/** The arguments besides the centre(s). */
type GraphArgs = Omit<TestNeighborhoodQueryVariables, 'id'>;

const ids = (g: Graph) => g.nodes.map((n) => n.id);

async function neighbourhood(id: string, args: GraphArgs = {}): Promise<Graph> {
  return (await api.query(NEIGHBORHOOD, { id, ...args })).neighborhood;
}

async function expand(centres: string[], args: GraphArgs = {}): Promise<Graph> {
  return (await api.query(EXPAND, { ids: centres, ...args })).expand;
}

/** Every edge joins two returned nodes; node and edge ids are unique. */
function expectClosed(g: Graph): void {
  const nodeIds = new Set(ids(g));
  expect(nodeIds.size, 'node ids are unique').toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size, 'edge ids are unique').toBe(g.edges.length);
  for (const e of g.edges) {
    expect(nodeIds.has(e.source), `${e.id}: source ${e.source} is a returned node`).toBe(true);
    expect(nodeIds.has(e.target), `${e.id}: target ${e.target} is a returned node`).toBe(true);
  }
}

const RELATIONS = graphql(`
  query TestRelationsOf($id: ID!) {
    node(id: $id) {
      ... on Actor {
        relations {
          id
          type
          direction
          node {
            id
          }
        }
      }
    }
  }
`);

/** The direct neighbours of an actor, as Actor.relations reports them (a different query). */
async function relationsOf(id: string) {
  const { node } = await api.query(RELATIONS, { id });
  return node && 'relations' in node ? node.relations : [];
}

describe('neighborhood(id: "person:rustem-umerov")', () => {
  it('holds the NSDC and a HEADS edge from Umerov to it', async () => {
    const g = await neighbourhood(UMEROV);
    expect(g.nodes[0]?.id, 'the centre comes first').toBe(UMEROV);
    expect(ids(g)).toContain(NSDC);
    expect(g.edges.filter((e) => e.type === 'HEADS' && e.source === UMEROV && e.target === NSDC)).toHaveLength(1);
    expect(g.truncated).toBe(false);
  });

  it('is closed: every edge joins two returned nodes, ids are unique', async () => {
    expectClosed(await neighbourhood(UMEROV));
    expectClosed(await neighbourhood(UMEROV, { depth: 2 }));
    expectClosed(await neighbourhood('country:russia', { depth: 3 }));
  });

  it('gives the same answer twice', async () => {
    for (const args of [{}, { depth: 2 }, { depth: 2, limit: 15 }]) {
      const first = await neighbourhood(UMEROV, args);
      expect(await neighbourhood(UMEROV, args), JSON.stringify(args)).toEqual(first);
    }
  });

  it('at depth 1 holds exactly the direct neighbours and every relationship of the centre', async () => {
    const g = await neighbourhood(UMEROV);
    const relations = await relationsOf(UMEROV);
    expect(relations.length).toBeGreaterThan(0);
    expect(sorted(ids(g))).toEqual(sorted(new Set([UMEROV, ...relations.map((r) => r.node.id)])));
    const incident = g.edges.filter((e) => e.source === UMEROV || e.target === UMEROV);
    expect(sorted(incident.map((e) => e.id))).toEqual(sorted(relations.map((r) => r.id)));
    for (const r of relations) {
      const edge = g.edges.find((e) => e.id === r.id)!;
      expect(edge.type).toBe(r.type);
      expect(r.direction === 'OUT' ? [edge.source, edge.target] : [edge.target, edge.source]).toEqual([
        UMEROV,
        r.node.id,
      ]);
    }
  });

  it('every tenure of his in the facts file is there as a HOLDS edge to its role', async () => {
    const g = await neighbourhood(UMEROV);
    const tenures = facts.tenures.filter((t) => t.person === UMEROV);
    expect(tenures.length).toBeGreaterThan(1);
    for (const t of tenures) {
      expect(
        g.edges.filter((e) => e.type === 'HOLDS' && e.source === UMEROV && e.target === t.role),
        t.id,
      ).toHaveLength(1);
    }
  });
});

describe('limit: the nearest nodes are kept', () => {
  it('a small limit gives exactly `limit` nodes, the centre first, truncated', async () => {
    const full = await neighbourhood(UMEROV);
    for (const limit of [1, 2, 3, 5]) {
      const g = await neighbourhood(UMEROV, { limit });
      expect(g.nodes, `limit ${limit}`).toHaveLength(limit);
      expect(g.truncated).toBe(true);
      expect(g.nodes[0]!.id).toBe(UMEROV);
      for (const id of ids(g)) expect(ids(full)).toContain(id);
      expectClosed(g);
    }
  });

  it('a limit of exactly the whole neighbourhood is not truncated; one less is', async () => {
    const full = await neighbourhood(UMEROV, { depth: 2 });
    const n = full.nodes.length;
    const exact = await neighbourhood(UMEROV, { depth: 2, limit: n });
    expect(exact.truncated).toBe(false);
    expect(sorted(ids(exact))).toEqual(sorted(ids(full)));
    const cut = await neighbourhood(UMEROV, { depth: 2, limit: n - 1 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(n - 1);
  });

  it('at depth 2, every depth-1 neighbour comes before any depth-2 node', async () => {
    const depth1 = ids(await neighbourhood(UMEROV)).filter((id) => id !== UMEROV);
    const depth2 = ids(await neighbourhood(UMEROV, { depth: 2 })).filter((id) => id !== UMEROV && !depth1.includes(id));
    expect(depth1.length).toBeGreaterThan(2);
    expect(depth2.length).toBeGreaterThan(3);

    // A limit that cuts inside the second ring keeps the whole first ring.
    const extra = 3;
    const g = await neighbourhood(UMEROV, { depth: 2, limit: 1 + depth1.length + extra });
    expect(g.truncated).toBe(true);
    expect(g.nodes).toHaveLength(1 + depth1.length + extra);
    for (const id of depth1) expect(ids(g), `${id} is one hop away`).toContain(id);
    expect(ids(g).filter((id) => depth2.includes(id))).toHaveLength(extra);
    expectClosed(g);

    // A limit that cuts inside the first ring keeps no second-ring node.
    const inner = await neighbourhood(UMEROV, { depth: 2, limit: depth1.length });
    expect(inner.truncated).toBe(true);
    for (const id of ids(inner)) expect([UMEROV, ...depth1]).toContain(id);
  });
});

describe('types: only these relationship types', () => {
  it('every edge has one of the types, and the nodes are those the types reach', async () => {
    const g = await neighbourhood(UMEROV, { types: ['HEADS'] });
    expectClosed(g);
    for (const e of g.edges) expect(e.type).toBe('HEADS');
    // The facts file: each tenure of a heading role draws HEADS to the role's organization (or country).
    const headed = facts.tenures.filter((t) => t.person === UMEROV).flatMap((t) => headedBy(t) ?? []);
    expect(sorted(ids(g))).toEqual(sorted(new Set([UMEROV, ...headed])));
  });

  it('a restriction applies to the whole depth, not only to the first hop', async () => {
    const types = ['HOLDS', 'POST_IN'];
    const g = await neighbourhood(UMEROV, { depth: 2, types });
    expectClosed(g);
    expect(g.edges.length).toBeGreaterThan(0);
    for (const e of g.edges) expect(types).toContain(e.type);
    // role -POST_IN-> organization is two hops away through HOLDS.
    expect(ids(g)).toContain(NSDC);
    expect(ids(g)).not.toContain('event:umerov-appointment-nsdc-secretary');
  });

  it('a type that joins nothing to the centre leaves it alone', async () => {
    const g = await neighbourhood(UMEROV, { types: ['CITES'] });
    expect(ids(g)).toEqual([UMEROV]);
    expect(g.edges).toEqual([]);
    expect(g.truncated).toBe(false);
  });
});

describe('bounds: depth 1 to 3, limit 1 to 1000', () => {
  const bad: Array<[string, string]> = [
    ['depth: 4', 'depth'],
    ['depth: 0', 'depth'],
    ['limit: 0', 'limit'],
    ['limit: 5000', 'limit'],
    ['limit: 1001', 'limit'],
  ];
  for (const [args, argumentName] of bad) {
    it(`neighborhood(${args}) and expand(${args}) are BAD_USER_INPUT`, async () => {
      for (const query of [
        `{ neighborhood(id: "${UMEROV}", ${args}) { truncated } }`,
        `{ expand(ids: ["${UMEROV}"], ${args}) { truncated } }`,
      ]) {
        const result = await api.execute(query);
        expect(errorCodes(result), query).toEqual(['BAD_USER_INPUT']);
        expect(result.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
      }
    });
  }

  it('expand(ids: []) is BAD_USER_INPUT', async () => {
    expect(errorCodes(await api.execute(`{ expand(ids: []) { truncated } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('depth 3 and limit 1000 are accepted', async () => {
    const g = await neighbourhood(UMEROV, { depth: 3, limit: 1000 });
    expect(g.nodes.length).toBeGreaterThan((await neighbourhood(UMEROV, { depth: 2 })).nodes.length);
    expectClosed(g);
  });
});

describe('at: the neighbourhood as it was on a date', () => {
  it(`on ${BEFORE_APPOINTMENT}, Umerov heads no NSDC but holds the defence-minister post`, async () => {
    const g = await neighbourhood(UMEROV, { at: BEFORE_APPOINTMENT });
    expectClosed(g);
    expect(g.edges.filter((e) => e.type === 'HEADS' && e.target === NSDC)).toEqual([]);
    expect(g.edges.filter((e) => e.type === 'HOLDS' && e.target === 'role:ua-nsdc-secretary')).toEqual([]);
    const minister = facts.tenures.find((t) => t.person === UMEROV && t.role === 'role:ua-minister-of-defence')!;
    expect(validOn(minister, BEFORE_APPOINTMENT)).toBe(true);
    expect(g.edges.filter((e) => e.type === 'HOLDS' && e.source === UMEROV && e.target === minister.role)).toHaveLength(
      1,
    );
    expect(ids(g)).toContain(minister.role);
  });

  it('today, the NSDC HEADS edge is there and the defence-minister HOLDS edge is not', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const g = await neighbourhood(UMEROV, { at: day });
    expect(g.edges.filter((e) => e.type === 'HEADS' && e.source === UMEROV && e.target === NSDC)).toHaveLength(1);
    expect(g.edges.filter((e) => e.type === 'HOLDS' && e.target === 'role:ua-minister-of-defence')).toEqual([]);
  });

  it('every tenure edge is valid on the date and no event or statement is dated after it', async () => {
    for (const depth of [1, 2]) {
      const g = await neighbourhood(UMEROV, { depth, at: BEFORE_APPOINTMENT });
      for (const e of g.edges.filter((x) => x.type === 'HOLDS' || x.type === 'HEADS')) {
        expect(validOn(e.properties as TenureDates, BEFORE_APPOINTMENT), e.id).toBe(true);
      }
      for (const n of g.nodes) {
        const date = n.properties.date;
        if (typeof date === 'string') expect(date <= BEFORE_APPOINTMENT, `${n.id} is dated ${date}`).toBe(true);
      }
    }
  });
});

describe('expand(ids: [a, b])', () => {
  const pairs: Array<[string, string]> = [
    [UMEROV, 'person:donald-trump'],
    [UMEROV, NSDC],
    ['person:maria-zakharova', 'event:trump-ultimatum-russia-2025-07-14'],
  ];
  for (const [a, b] of pairs) {
    it(`holds both centres and the union of their neighbourhoods (${a}, ${b})`, async () => {
      const g = await expand([a, b]);
      const na = await neighbourhood(a);
      const nb = await neighbourhood(b);
      expectClosed(g);
      expect(ids(g)).toContain(a);
      expect(ids(g)).toContain(b);
      expect(sorted(ids(g))).toEqual(sorted(new Set([...ids(na), ...ids(nb)])));
      const edgeIds = new Set(g.edges.map((e) => e.id));
      for (const e of [...na.edges, ...nb.edges]) expect(edgeIds.has(e.id), e.id).toBe(true);
      expect(g.truncated).toBe(false);
    });
  }

  it('with one id is the neighbourhood of that node', async () => {
    const g = await expand([UMEROV], { depth: 2 });
    const n = await neighbourhood(UMEROV, { depth: 2 });
    expect(sorted(ids(g))).toEqual(sorted(ids(n)));
    expect(sorted(g.edges.map((e) => e.id))).toEqual(sorted(n.edges.map((e) => e.id)));
  });

  it('ignores an unknown id among known ones', async () => {
    const g = await expand([UMEROV, 'person:nobody']);
    expect(sorted(ids(g))).toEqual(sorted(ids(await neighbourhood(UMEROV))));
  });

  it('a limit keeps the centres and then the nearest nodes', async () => {
    const g = await expand([UMEROV, 'person:donald-trump'], { limit: 4 });
    expect(g.nodes).toHaveLength(4);
    expect(g.truncated).toBe(true);
    expect(ids(g).slice(0, 2).sort()).toEqual(['person:donald-trump', UMEROV]);
    expectClosed(g);
  });

  it('a limit below the number of centres returns no node beyond the centres', async () => {
    const centres = [UMEROV, 'person:donald-trump', 'person:maria-zakharova'];
    const g = await expand(centres, { limit: 2 });
    expect(g.truncated).toBe(true);
    expect(g.nodes.length).toBeLessThanOrEqual(centres.length);
    for (const id of ids(g)) expect(centres, `${id} is not a centre`).toContain(id);
  });
});
