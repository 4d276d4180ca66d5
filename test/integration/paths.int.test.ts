/**
 * shortestPath and paths on the seeded graph: the shape of a path, the order of several,
 * the restrictions (types, maxHops, at) and the edge cases (unknown ids, a node to itself).
 */
import { describe, expect, it } from 'vitest';
import { errorCodes, useTestApi } from '../helpers/api.js';
import { today, validOn, type TenureDates } from '../helpers/dates.js';
import { graphql } from '../__generated__/gql.js';
import type { TestPathsQuery, TestPathsQueryVariables } from '../__generated__/graphql.js';
import { headedBy, seedFacts } from '../helpers/seedFacts.js';

const ZAKHAROVA = 'person:maria-zakharova';
const TRUMP = 'person:donald-trump';
const BEFORE_APPOINTMENT = '2025-06-01';

const facts = seedFacts();
const ultimatum = facts.events.find((e) => e.type === 'ULTIMATUM');
if (!ultimatum) throw new Error('the seed facts have no ULTIMATUM event');

const api = useTestApi();

graphql(`
  fragment TestPath on Path {
    length
    nodes {
      id
      labels
      properties
    }
    edges {
      id
      type
      source
      target
      properties
    }
  }
`);

const SHORTEST_PATH = graphql(`
  query TestShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date) {
    shortestPath(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at) {
      ...TestPath
    }
  }
`);

const PATHS = graphql(`
  query TestPaths($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at, first: $first) {
      ...TestPath
    }
  }
`);

type PathResult = TestPathsQuery['paths'][number];

async function shortestPath({ first: _first, ...args }: TestPathsQueryVariables): Promise<PathResult | null> {
  return (await api.query(SHORTEST_PATH, args)).shortestPath ?? null;
}

async function paths(args: TestPathsQueryVariables): Promise<PathResult[]> {
  return (await api.query(PATHS, args)).paths;
}

const nodeIds = (p: PathResult) => p.nodes.map((n) => n.id);

/** Nodes in order from `from` to `to`, each edge joining consecutive nodes (either direction), counts consistent, no node twice. */
function expectWellFormed(p: PathResult, from: string, to: string): void {
  expect(p.nodes[0]?.id).toBe(from);
  expect(p.nodes.at(-1)?.id).toBe(to);
  expect(p.length).toBe(p.edges.length);
  expect(p.edges.length).toBe(p.nodes.length - 1);
  p.edges.forEach((edge, i) => {
    const pair = [p.nodes[i]!.id, p.nodes[i + 1]!.id].sort();
    expect([edge.source, edge.target].sort(), `edge ${i} (${edge.id}) joins nodes ${i} and ${i + 1}`).toEqual(pair);
  });
  expect(new Set(nodeIds(p)).size, 'a short path visits no node twice').toBe(p.nodes.length);
}

/** The number of relationships of a node: what "connected" means for the hub tie-break. */
const EDGES = graphql(`
  query TestEdgesAround($id: ID!) {
    neighborhood(id: $id, limit: 1000) {
      edges {
        id
        source
        target
      }
    }
  }
`);

async function degree(id: string): Promise<number> {
  const data = await api.query(EDGES, { id });
  return data.neighborhood.edges.filter((e) => e.source === id || e.target === id).length;
}

async function hubness(p: PathResult, cache: Map<string, number>): Promise<number> {
  let sum = 0;
  for (const n of p.nodes.slice(1, -1)) {
    if (!cache.has(n.id)) cache.set(n.id, await degree(n.id));
    sum += cache.get(n.id)!;
  }
  return sum;
}

describe('shortestPath from Maria Zakharova to Donald Trump', () => {
  it('is a chain of at most 3 relationships, nodes in order from `from` to `to`', async () => {
    const path = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    expect(path).not.toBeNull();
    expect(path!.length).toBeGreaterThan(0);
    expect(path!.length).toBeLessThanOrEqual(3);
    expectWellFormed(path!, ZAKHAROVA, TRUMP);
  });

  it('keeps each edge in its stored direction (a SAID edge goes from the speaker to the statement)', async () => {
    const path = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    const said = path!.edges.filter((e) => e.type === 'SAID');
    expect(said.length).toBeGreaterThan(0);
    const speakers = new Map(facts.statements.map((s) => [s.id, s.speaker]));
    for (const e of said) expect(speakers.get(e.target), e.id).toBe(e.source);
  });

  it('finds nothing within fewer hops than its length, and the same path within exactly that many', async () => {
    const best = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    const hops = best!.length;
    expect(await shortestPath({ from: ZAKHAROVA, to: TRUMP, maxHops: hops })).toEqual(best);
    if (hops > 1) expect(await shortestPath({ from: ZAKHAROVA, to: TRUMP, maxHops: hops - 1 })).toBeNull();
  });

  it('among equally short chains, goes through the least connected nodes', async () => {
    const best = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    const all = await paths({ from: ZAKHAROVA, to: TRUMP, first: 20 });
    const equallyShort = all.filter((p) => p.length === best!.length);
    expect(equallyShort.length).toBeGreaterThan(1);
    const cache = new Map<string, number>();
    const bestHubness = await hubness(best!, cache);
    for (const p of equallyShort)
      expect(bestHubness, nodeIds(p).join(' - ')).toBeLessThanOrEqual(await hubness(p, cache));
  });
});

describe('paths from Maria Zakharova to Donald Trump', () => {
  it('include a chain of at most 3 hops through the ultimatum event', async () => {
    const found = await paths({ from: ZAKHAROVA, to: TRUMP, first: 10 });
    const through = found.filter((p) => p.length <= 3 && nodeIds(p).includes(ultimatum.id));
    expect(through.length, `a path through ${ultimatum.id}`).toBeGreaterThan(0);
  });

  it('are well formed, distinct node sequences, the shortest first, then those one hop longer', async () => {
    const best = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    const found = await paths({ from: ZAKHAROVA, to: TRUMP, first: 20 });
    expect(found.length).toBeGreaterThan(1);
    expect(found.length).toBeLessThanOrEqual(20);
    for (const p of found) expectWellFormed(p, ZAKHAROVA, TRUMP);
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths[0]).toBe(best!.length);
    for (const l of lengths) expect([best!.length, best!.length + 1]).toContain(l);
    const sequences = found.map((p) => nodeIds(p).join(' - '));
    expect(new Set(sequences).size).toBe(sequences.length);
  });

  it('are ordered by length, then through less connected nodes first', async () => {
    const found = await paths({ from: ZAKHAROVA, to: TRUMP, first: 20 });
    const cache = new Map<string, number>();
    const keys: Array<[number, number]> = [];
    for (const p of found) keys.push([p.length, await hubness(p, cache)]);
    const inOrder = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(inOrder);
  });

  it('give the same answer twice', async () => {
    const args = { from: ZAKHAROVA, to: TRUMP, first: 10 };
    const first = await paths(args);
    expect(await paths(args)).toEqual(first);
    const best = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    expect(await shortestPath({ from: ZAKHAROVA, to: TRUMP })).toEqual(best);
  });

  it('start with the path shortestPath gives', async () => {
    const [head] = await paths({ from: ZAKHAROVA, to: TRUMP, first: 1 });
    expect(head).toEqual(await shortestPath({ from: ZAKHAROVA, to: TRUMP }));
  });

  it('honour first', async () => {
    const ten = await paths({ from: ZAKHAROVA, to: TRUMP, first: 10 });
    const three = await paths({ from: ZAKHAROVA, to: TRUMP, first: 3 });
    expect(ten).toHaveLength(10);
    expect(three).toEqual(ten.slice(0, 3));
  });
});

describe('paths from Rustem Umerov to the council he heads', () => {
  it('are the one-hop HEADS first, then the two-hop chains', async () => {
    const found = await paths({ from: 'person:rustem-umerov', to: 'org:ua-nsdc', first: 20 });
    for (const p of found) expectWellFormed(p, 'person:rustem-umerov', 'org:ua-nsdc');
    expect(found[0]?.length).toBe(1);
    expect(found[0]?.edges[0]?.type).toBe('HEADS');
    const lengths = found.map((p) => p.length);
    expect(lengths).toContain(2);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(Math.max(...lengths)).toBe(2);
  });
});

describe('types: only these relationship types', () => {
  it('every edge of the shortest path and of the paths has one of the types', async () => {
    const types = ['SAID', 'RESPONDS_TO', 'ABOUT', 'ISSUED'];
    const args = { from: ZAKHAROVA, to: TRUMP, types };
    const best = await shortestPath(args);
    expect(best).not.toBeNull();
    expectWellFormed(best!, ZAKHAROVA, TRUMP);
    const found = await paths({ ...args, first: 20 });
    expect(found.length).toBeGreaterThan(0);
    for (const p of [best!, ...found]) for (const e of p.edges) expect(types).toContain(e.type);
  });

  it('a restriction that rules out the unrestricted shortest path gives another chain of allowed types', async () => {
    const best = await shortestPath({ from: ZAKHAROVA, to: TRUMP });
    const excluded = best!.edges.map((e) => e.type).find((t) => t !== 'SAID') ?? best!.edges[0]!.type;
    const all = await paths({ from: ZAKHAROVA, to: TRUMP, first: 20 });
    const allowed = [...new Set(all.flatMap((p) => p.edges.map((e) => e.type)))].filter((t) => t !== excluded);
    const witness = all.find((p) => p.edges.every((e) => e.type !== excluded));
    expect(witness, `some path avoids ${excluded}`).toBeDefined();
    const restricted = await shortestPath({ from: ZAKHAROVA, to: TRUMP, types: allowed });
    expect(restricted).not.toBeNull();
    expectWellFormed(restricted!, ZAKHAROVA, TRUMP);
    for (const e of restricted!.edges) expect(allowed).toContain(e.type);
    expect(restricted!.length).toBeLessThanOrEqual(witness!.length);
  });

  it('types that cannot connect the two give null and []', async () => {
    for (const types of [['HEADS'], ['CITES'], []]) {
      const args = { from: ZAKHAROVA, to: TRUMP, types };
      expect(await shortestPath(args), JSON.stringify(types)).toBeNull();
      expect(await paths(args), JSON.stringify(types)).toEqual([]);
    }
  });
});

describe('bounds: maxHops from 1 to 6, first from 1 to 20', () => {
  for (const maxHops of [50, 0, 7, -1]) {
    it(`maxHops: ${maxHops} is BAD_USER_INPUT for shortestPath and paths`, async () => {
      for (const field of ['shortestPath', 'paths']) {
        const result = await api.execute(
          `{ ${field}(from: "${ZAKHAROVA}", to: "${TRUMP}", maxHops: ${maxHops}) { length } }`,
        );
        expect(errorCodes(result), field).toEqual(['BAD_USER_INPUT']);
        expect(result.errors?.[0]?.extensions?.argumentName).toBe('maxHops');
      }
    });
  }

  it('maxHops 6 and 1 are accepted', async () => {
    expect(await shortestPath({ from: ZAKHAROVA, to: TRUMP, maxHops: 6 })).not.toBeNull();
    expect(await shortestPath({ from: ZAKHAROVA, to: TRUMP, maxHops: 1 })).toBeNull();
  });

  it('maxHops out of range is refused even when from === to', async () => {
    const result = await api.execute(`{ shortestPath(from: "${TRUMP}", to: "${TRUMP}", maxHops: 0) { length } }`);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  for (const first of [0, 21]) {
    it(`paths(first: ${first}) is BAD_USER_INPUT`, async () => {
      const result = await api.execute(`{ paths(from: "${ZAKHAROVA}", to: "${TRUMP}", first: ${first}) { length } }`);
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    });
  }
});

describe('at: only facts valid on that date', () => {
  // Heading tenures from the facts file: valid now but not on BEFORE_APPOINTMENT, and the other way round.
  const headings = facts.tenures
    .filter((t) => headedBy(t))
    .map((t) => ({ tenure: t, person: t.person, org: headedBy(t)! }));
  const newNow = headings.filter((h) => validOn(h.tenure, today()) && !validOn(h.tenure, BEFORE_APPOINTMENT));
  const endedSince = headings.filter((h) => !validOn(h.tenure, today()) && validOn(h.tenure, BEFORE_APPOINTMENT));

  it('the facts file has a heading that began after the date (Umerov and the NSDC) and one that ended since', () => {
    expect(newNow.map((h) => [h.person, h.org])).toContainEqual(['person:rustem-umerov', 'org:ua-nsdc']);
    expect(endedSince.length).toBeGreaterThan(0);
  });

  it('a path that needs a HEADS edge exists today but not on a date before the tenure began', async () => {
    for (const h of newNow) {
      const args = { from: h.person, to: h.org, types: ['HEADS'] };
      const now = await shortestPath({ ...args, at: today() });
      expect(now, `${h.person} heads ${h.org} today`).not.toBeNull();
      expect(now!.edges.map((e) => [e.type, e.source, e.target])).toEqual([['HEADS', h.person, h.org]]);
      expect(
        await shortestPath({ ...args, at: BEFORE_APPOINTMENT }),
        `${h.person} did not head ${h.org} yet`,
      ).toBeNull();
      expect(await paths({ ...args, at: BEFORE_APPOINTMENT })).toEqual([]);
    }
  });

  it('a HEADS path of a tenure that has ended exists on a date it was valid, not today', async () => {
    for (const h of endedSince) {
      const args = { from: h.person, to: h.org, types: ['HEADS'] };
      expect(await shortestPath({ ...args, at: BEFORE_APPOINTMENT }), `${h.person} headed ${h.org}`).not.toBeNull();
      expect(await shortestPath({ ...args, at: today() })).toBeNull();
    }
  });

  it('without a types restriction, the date changes which chain is shortest: no HEADS edge of a tenure not yet begun', async () => {
    const now = await shortestPath({ from: 'person:rustem-umerov', to: 'org:ua-nsdc', at: today() });
    expect(now!.length).toBe(1);
    expect(now!.edges[0]!.type).toBe('HEADS');
    const before = await shortestPath({ from: 'person:rustem-umerov', to: 'org:ua-nsdc', at: BEFORE_APPOINTMENT });
    expect(before).not.toBeNull();
    expectWellFormed(before!, 'person:rustem-umerov', 'org:ua-nsdc');
    expect(before!.length).toBeGreaterThan(1);
    const joins = before!.edges.map((e) => `${e.source} ${e.type} ${e.target}`);
    expect(joins).not.toContain('person:rustem-umerov HEADS org:ua-nsdc');
    expect(joins).not.toContain('person:rustem-umerov HOLDS role:ua-nsdc-secretary');
  });

  it('every tenure edge on a path of that date was valid then, and no node on it is dated later', async () => {
    const found = await paths({ from: 'person:rustem-umerov', to: 'org:ua-nsdc', at: BEFORE_APPOINTMENT, first: 20 });
    expect(found.length).toBeGreaterThan(0);
    const tenureEdges = found.flatMap((p) => p.edges).filter((e) => e.type === 'HOLDS' || e.type === 'HEADS');
    expect(tenureEdges.length, 'some path goes through a tenure').toBeGreaterThan(0);
    for (const p of found) {
      expectWellFormed(p, 'person:rustem-umerov', 'org:ua-nsdc');
      for (const n of p.nodes) {
        const date = n.properties.date;
        if (typeof date === 'string') expect(date <= BEFORE_APPOINTMENT, `${n.id} dated ${date}`).toBe(true);
      }
    }
    for (const e of tenureEdges) {
      expect(validOn(e.properties as TenureDates, BEFORE_APPOINTMENT), e.id).toBe(true);
    }
  });

  it('a statement made after the date is on no path of that date, whether it is `from` or `to`', async () => {
    const later = facts.statements.find(
      (s) => s.date !== null && s.date > BEFORE_APPOINTMENT && s.speaker === 'person:volodymyr-zelenskyy',
    );
    expect(later).toBeDefined();
    const forward = await shortestPath({ from: later!.speaker, to: later!.id, at: BEFORE_APPOINTMENT });
    const backward = await shortestPath({ from: later!.id, to: later!.speaker, at: BEFORE_APPOINTMENT });
    expect(forward).toBeNull();
    expect(backward).toBeNull();
    // Without the date, both directions find the SAID edge.
    expect((await shortestPath({ from: later!.id, to: later!.speaker }))?.length).toBe(1);
  });
});

describe('edge cases', () => {
  it('an unknown id at either end gives null and []', async () => {
    for (const [from, to] of [
      ['person:nobody', TRUMP],
      [ZAKHAROVA, 'person:nobody'],
      ['person:nobody', 'person:nobody'],
    ]) {
      expect(await shortestPath({ from: from!, to: to! }), `${from} -> ${to}`).toBeNull();
      expect(await paths({ from: from!, to: to! }), `${from} -> ${to}`).toEqual([]);
    }
  });

  it('from === to gives a path of length 0: the node alone', async () => {
    const self = await shortestPath({ from: TRUMP, to: TRUMP });
    expect(self).not.toBeNull();
    expect(self!.length).toBe(0);
    expect(self!.edges).toEqual([]);
    expect(self!.nodes.map((n) => n.id)).toEqual([TRUMP]);
    expect(self!.nodes[0]!.labels).toEqual(['Actor', 'Person']);
  });

  it('paths from a node to itself start with that path of length 0, as shortestPath says', async () => {
    const found = await paths({ from: 'person:rustem-umerov', to: 'person:rustem-umerov', first: 3 });
    expect(found[0]?.length).toBe(0);
    expect(found[0]?.nodes.map((n) => n.id)).toEqual(['person:rustem-umerov']);
  });
});
