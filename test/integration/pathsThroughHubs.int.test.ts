/**
 * shortestPath and paths on a small graph built for them: a hub with more relationships than any other node
 * lies between the two ends, beside a sparse node, a node joined to one end twice and a longer chain. The
 * search walks from the sparser end and only checks into the other, so the hub must neither hide the best
 * path nor come first; paths over the same nodes count once, and either direction gives the same chains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from '../helpers/api.js';
import { removeTestFacts } from '../helpers/graph.js';

const api = useTestApi();

const id = (name: string) => `org:test-paths-${name}`;
const [A, B, HUB, SPARSE, TWICE, T1, T2] = ['a', 'b', 'hub', 'sparse', 'twice', 't1', 't2'].map(id) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
/** More than Neo4j's dense-node threshold (50), so the hub is stored as one. */
const SPOKES = Array.from({ length: 60 }, (_, i) => id(`spoke-${i}`));
/** B gets spokes too: the end with more relationships, so A -> B walks from A and B -> A turns the chains round. */
const B_SPOKES = Array.from({ length: 5 }, (_, i) => id(`b-spoke-${i}`));
/** Four hops from a spoke of the hub: past what the walk covers, so the breadth-first search finds it. */
const FAR = id('far');
const NODES = [A, B, HUB, SPARSE, TWICE, T1, T2, FAR, ...SPOKES, ...B_SPOKES];
const EDGES: Array<[string, string]> = [
  [A, HUB],
  [HUB, B],
  [A, SPARSE],
  [SPARSE, B],
  [A, TWICE],
  [TWICE, B],
  [TWICE, B],
  [A, T1],
  [T1, T2],
  [T2, B],
  ...SPOKES.map((s): [string, string] => [HUB, s]),
  ...B_SPOKES.map((s): [string, string] => [B, s]),
  [B_SPOKES[0]!, FAR],
];

beforeAll(async () => {
  await api.db.write(
    'test:paths-graph',
    `UNWIND $nodes AS id CREATE (:Node:Actor:Organization {id: id, name: id, kind: 'ORGANIZATION'})
     WITH count(*) AS made
     UNWIND range(0, size($edges) - 1) AS i
     MATCH (s:Node {id: $edges[i][0]}), (t:Node {id: $edges[i][1]})
     CREATE (s)-[:PART_OF {id: 'test-paths-edge-' + toString(i)}]->(t)`,
    { nodes: NODES, edges: EDGES },
  );
});

afterAll(async () => {
  await removeTestFacts(api.db, NODES, []);
});

interface PathAnswer {
  length: number;
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; source: string; target: string }>;
}
const PATH = 'length nodes { id } edges { id source target }';

async function query(from: string, to: string, first: number) {
  return api.query<{ shortestPath: PathAnswer | null; paths: PathAnswer[] }>(
    `query ($from: ID!, $to: ID!, $first: Int) {
      shortestPath(from: $from, to: $to) { ${PATH} }
      paths(from: $from, to: $to, first: $first) { ${PATH} }
    }`,
    { from, to, first },
  );
}

const ids = (p: PathAnswer) => p.nodes.map((n) => n.id);

describe('paths past a hub', () => {
  it('the shortest path goes through the sparse node, not the hub', async () => {
    const { shortestPath } = await query(A, B, 1);
    expect(ids(shortestPath!)).toEqual([A, SPARSE, B]);
    expect(shortestPath!.edges.map((e) => [e.source, e.target])).toEqual([
      [A, SPARSE],
      [SPARSE, B],
    ]);
  });

  it('paths come shortest first, then by how connected the inner nodes are, each node sequence once', async () => {
    const { paths, shortestPath } = await query(A, B, 20);
    expect(paths.map(ids)).toEqual([
      [A, SPARSE, B],
      [A, TWICE, B],
      [A, HUB, B],
      [A, T1, T2, B],
    ]);
    expect(paths[0]).toEqual(shortestPath);
    // Of the two edges from TWICE to B, the one with the smaller id stands for both.
    expect(paths[1]!.edges.map((e) => e.id)).toEqual(['test-paths-edge-4', 'test-paths-edge-5']);
    expect((await query(A, B, 2)).paths).toEqual(paths.slice(0, 2));
  });

  it('from the end with more relationships, the same chains turned round, edges in their stored direction', async () => {
    const forward = (await query(A, B, 20)).paths;
    const { paths, shortestPath } = await query(B, A, 20);
    expect(paths.map(ids)).toEqual(forward.map((p) => ids(p).reverse()));
    expect(paths.map((p) => p.edges)).toEqual(forward.map((p) => [...p.edges].reverse()));
    expect(shortestPath).toEqual(paths[0]);
  });

  it('between two spokes of the hub, the only chain goes through it', async () => {
    const { shortestPath, paths } = await query(SPOKES[0]!, SPOKES[1]!, 20);
    expect(ids(shortestPath!)).toEqual([SPOKES[0], HUB, SPOKES[1]]);
    expect(paths.map(ids)).toEqual([[SPOKES[0], HUB, SPOKES[1]]]);
  });

  it('3 hops through the hub and B are walked; 4 hops are left to the breadth-first search', async () => {
    const three = await query(SPOKES[0]!, B_SPOKES[0]!, 20);
    expect(ids(three.shortestPath!)).toEqual([SPOKES[0], HUB, B, B_SPOKES[0]]);
    expect(three.paths.map(ids)).toEqual([[SPOKES[0], HUB, B, B_SPOKES[0]]]);
    const four = await query(SPOKES[0]!, FAR, 20);
    expect(ids(four.shortestPath!)).toEqual([SPOKES[0], HUB, B, B_SPOKES[0], FAR]);
    expect(four.paths[0]).toEqual(four.shortestPath);
  });
});
