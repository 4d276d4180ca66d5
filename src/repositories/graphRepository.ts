/**
 * Graph-shaped answers for visualisation: neighbourhoods and paths, bounded by
 * hop counts chosen from fixed tables (Cypher takes no parameter for a quantifier).
 * Every hop lands on a :Node: the audit trail's Change nodes and retracted facts are never a way through.
 */
import type { Database } from '../db/database.js';
import type { Certainty } from '../domain/dates.js';
import { edgePassesCypher, nodeExistsCypher, parameters } from './filters.js';
import { RAW_NODE, publicProperties, toNodeRecord, type RawNode } from './mapNode.js';
import type { Basis, NodeRecord } from './records.js';

export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBOURHOOD_DEPTH = 3;

export interface GraphFilter {
  /** Relationship types to follow; null: all. */
  types: string[] | null;
  /** Only facts valid (relationships) or already existing (dated nodes) on this date. */
  at: string | null;
  /** How sure "valid on `at`" must be. */
  certainty: Certainty;
  /** Only relationships of this basis. */
  basis: Basis | null;
}

export interface EdgeRecord {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** True when `limit` or a hub's cap left out nodes within reach. */
  truncated: boolean;
  /** The nodes with more neighbours than `limit`: only the first `limit` of them were followed. */
  hubsCapped: string[];
}

export interface PathRecord {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

export interface RawEdge {
  id: string | null;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

const EDGE_PASSES = edgePassesCypher(parameters, 'r');
const NODE_PASSES = (n: string) => nodeExistsCypher(parameters, n);
/** Returned by every query that yields relationships, so one mapper (toEdge) serves them all. */
export const RAW_EDGE = (r: string) =>
  `{id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r})}`;

/** `{1,n}` for each allowed n: the only way a hop bound reaches a query. */
function quantifier(max: number, bound: number): string {
  const table = Object.fromEntries(Array.from({ length: bound }, (_, i) => [i + 1, `{1,${i + 1}}`]));
  const q = table[max];
  if (!q) throw new RangeError(`hop bound ${max} is outside 1..${bound}`);
  return q;
}

export function toEdge(raw: RawEdge): EdgeRecord {
  return {
    id: raw.id ?? `${raw.source}>${raw.type}>${raw.target}`,
    type: raw.type,
    source: raw.source,
    target: raw.target,
    properties: publicProperties(raw.props),
  };
}

/**
 * Ring `ring` of the breadth-first expansion (skipped beyond $depth: one text serves every depth, so one
 * plan is cached). Each node of the frontier gives at most `limit` distinct neighbours (more would not fit
 * anyway), read in storage order without sorting, so a hub costs `limit` steps whatever its degree and is
 * named in `hubs`. Of the new nodes the ring finds, the first by id fill the places left. A full answer
 * expands no further, but asks whether a frontier node has a neighbour it left out (`cut`).
 */
const RING = (ring: number) => `
  CALL (kept, frontier) {
    UNWIND CASE WHEN size(kept) < $limit AND $depth >= ${ring} THEN frontier ELSE [] END AS f
    CALL (f) {
      MATCH (f)-[r WHERE ${EDGE_PASSES}]-(m:Node WHERE ${NODE_PASSES('m')})
      WITH DISTINCT m LIMIT $limit + 1
      RETURN collect(m) AS near
    }
    WITH collect(CASE WHEN size(near) > $limit THEN f.id END) AS hubs, collect(near[..$limit]) AS rings
    CALL (rings, kept) {
      UNWIND rings AS ring
      UNWIND ring AS m
      WITH DISTINCT m WHERE NOT m IN kept
      ORDER BY m.id
      RETURN collect(m) AS found
    }
    RETURN hubs, found
  }
  WITH kept + found[..$limit - size(kept)] AS kept, found[..$limit - size(kept)] AS frontier,
    capped + hubs AS capped,
    cut OR size(found) > $limit - size(kept) OR CASE WHEN size(kept) >= $limit AND $depth >= ${ring}
      THEN any(f IN frontier WHERE EXISTS {
        MATCH (f)-[r WHERE ${EDGE_PASSES}]-(m:Node WHERE ${NODE_PASSES('m')}) WHERE NOT m IN kept
      }) ELSE false END AS cut`;

/**
 * The edges between kept nodes. A node with at most `limit` relationships has them all read; a denser one
 * (a hub) is left to its neighbours' side, and only two hubs are matched to each other directly.
 */
const EDGES_BETWEEN = `
  CALL (kept) {
    UNWIND kept AS x
    CALL (x, kept) {
      UNWIND CASE WHEN COUNT { (x)--() } <= $limit THEN [x] ELSE [] END AS sparse
      MATCH (sparse)-[r WHERE ${EDGE_PASSES}]-(y) WHERE y IN kept
      RETURN r
      UNION
      UNWIND CASE WHEN COUNT { (x)--() } > $limit THEN kept ELSE [] END AS y
      WITH x, y WHERE x.id < y.id AND COUNT { (y)--() } > $limit
      MATCH (x)-[r WHERE ${EDGE_PASSES}]-(y)
      RETURN r
    }
    WITH DISTINCT r ORDER BY r.id
    RETURN collect(${RAW_EDGE('r')}) AS edges
  }`;

/** The neighbourhood query: rings unrolled up to the deepest allowed, the only way depth reaches Cypher. */
const NEIGHBOURHOOD = `MATCH (c:Node) WHERE c.id IN $ids
  WITH collect(c) AS centres
  WITH centres[..$limit] AS kept, centres[..$limit] AS frontier, [] AS capped, size(centres) > $limit AS cut
  ${Array.from({ length: MAX_NEIGHBOURHOOD_DEPTH }, (_, i) => RING(i + 1)).join('')}
  ${EDGES_BETWEEN}
  RETURN [n IN kept | ${RAW_NODE('n')}] AS nodes, edges, cut, capped`;

/**
 * Paths are ranked among the first this many the search yields (shortest first), whatever `first` asks: the same candidates for
 * every `first`, so a shorter list is a prefix of a longer one and shortestPath heads paths.
 */
export const PATH_CANDIDATES = 20;

/** One hop from the bound `from` to a new node `to` that passes the filters, kept with `keep` as `rel`. */
const HOP = (from: string, to: string, rel: string, keep: string) => `
    MATCH (${from})-[r WHERE ${EDGE_PASSES}]-(${to}:Node WHERE ${NODE_PASSES(to)})
    WITH ${keep}, ${to}, r AS ${rel}`;

/**
 * The last hop, into `b`, in a subquery of its own: with both ends bound it is an Expand(Into), which reads
 * whichever side has fewer relationships, so a hub at the far end is checked, never walked.
 */
const INTO_B = (from: string, rel: string) => `
    CALL (${from}, b) { MATCH (${from})-[r WHERE ${EDGE_PASSES}]-(b) RETURN r AS ${rel} }`;

/**
 * Candidates of 2 or 3 hops, walked from `a`, the end with fewer relationships, no node twice. A length is
 * tried only while the window has room and when it is the first found or within $extraHops of the shortest.
 */
const WALK = (hops: 2 | 3) => `
  CALL (a, b, found) {
    WITH a, b WHERE $maxHops >= ${hops} AND size(found) < ${PATH_CANDIDATES}
      AND (size(found) = 0 OR ${hops} <= size(found[0].rels) + $extraHops)
    ${HOP('a', 'x1', 'r1', 'a, b')} WHERE NOT x1 IN [a, b]
    ${
      hops === 2
        ? `${INTO_B('x1', 'r2')}
    WITH {nodes: [a, x1, b], rels: [r1, r2]} AS c`
        : `${HOP('x1', 'x2', 'r2', 'a, b, x1, r1')} WHERE NOT x2 IN [a, b, x1]
    ${INTO_B('x2', 'r3')}
    WITH {nodes: [a, x1, x2, b], rels: [r1, r2, r3]} AS c`
    } LIMIT ${PATH_CANDIDATES}
    RETURN collect(c) AS more
  }
  WITH a, b, forward, found + more AS found`;

/**
 * Paths of up to 3 hops are walked from the end with fewer relationships (a hub at either end costs a degree
 * read); a pair with no chain of 2 hops or fewer falls back on Neo4j's SHORTEST, a breadth-first search from
 * both ends, whose cost grows with the hubs it meets. Candidates are {nodes, rels} from `a` to `b`, in length
 * order, turned round when `a` is `to`, then ranked by length, hubness (the inner nodes' degrees from the
 * degree store, the audit trail's CHANGED edges left out) and node ids; paths over the same nodes count once.
 */
const PATHS = (maxHops: number, groups: 1 | 2) => `
  MATCH (fromNode:Node {id: $from}), (toNode:Node {id: $to})
  WHERE ${NODE_PASSES('fromNode')} AND ${NODE_PASSES('toNode')}
  WITH CASE WHEN COUNT { (fromNode)--() } <= COUNT { (toNode)--() } THEN [fromNode, toNode] ELSE [toNode, fromNode] END AS ends
  WITH ends[0] AS a, ends[1] AS b, ends[0].id = $from AS forward
  CALL (a, b) {
    MATCH (a)-[r WHERE ${EDGE_PASSES}]-(b)
    WITH {nodes: [a, b], rels: [r]} AS c LIMIT ${PATH_CANDIDATES}
    RETURN collect(c) AS found
  }
  ${WALK(2)}
  ${WALK(3)}
  CALL (a, b, found) {
    WITH a, b WHERE $maxHops >= 4 AND size(found) < ${PATH_CANDIDATES}
      AND (size(found) = 0 OR 4 <= size(found[0].rels) + $extraHops)
    MATCH p = SHORTEST ${groups} GROUPS (a) (()-[r WHERE ${EDGE_PASSES}]-(x:Node WHERE ${NODE_PASSES('x')}))${quantifier(maxHops, MAX_PATH_HOPS)} (b)
    WITH p WHERE length(p) > 3
    WITH {nodes: nodes(p), rels: relationships(p)} AS c LIMIT ${PATH_CANDIDATES}
    RETURN collect(c) AS more
  }
  WITH forward, (found + more)[..${PATH_CANDIDATES}] AS found
  WITH forward, found, size(found[0].rels) AS shortest
  UNWIND found AS c
  WITH forward, c WHERE size(c.rels) <= shortest + $extraHops
  WITH CASE WHEN forward THEN c ELSE {nodes: reverse(c.nodes), rels: reverse(c.rels)} END AS c
  WITH c, [n IN c.nodes | n.id] AS key ORDER BY [r IN c.rels | r.id]
  WITH key, head(collect(c)) AS c
  WITH c, key, reduce(d = 0, n IN c.nodes[1..-1] | d + COUNT { (n)--() } - COUNT { (n)<-[:CHANGED]-() }) AS hubness
  ORDER BY size(c.rels), hubness, key
  LIMIT $first
  RETURN [n IN c.nodes | ${RAW_NODE('n')}] AS nodes, [r IN c.rels | ${RAW_EDGE('r')}] AS edges`;

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /**
   * The nodes within `depth` hops of the centres, nearest first (ties by id), at most `limit` in all,
   * centres included, expanded ring by ring until `limit` is reached; and every edge between two of them.
   */
  async neighbourhood(ids: readonly string[], depth: number, limit: number, filter: GraphFilter): Promise<GraphRecord> {
    if (depth < 1 || depth > MAX_NEIGHBOURHOOD_DEPTH)
      throw new RangeError(`depth ${depth} is outside 1..${MAX_NEIGHBOURHOOD_DEPTH}`);
    const [row] = await this.db.read<{ nodes: RawNode[]; edges: RawEdge[]; cut: boolean; capped: string[] }>(
      'graph:neighbourhood',
      NEIGHBOURHOOD,
      { ids, depth, limit, ...filter },
    );
    if (!row) return { nodes: [], edges: [], truncated: false, hubsCapped: [] };
    const hubsCapped = [...new Set(row.capped)].sort();
    return {
      nodes: row.nodes.map(toNodeRecord),
      edges: row.edges.map(toEdge),
      truncated: row.cut || hubsCapped.length > 0,
      hubsCapped,
    };
  }

  /**
   * Shortest paths from `from` to `to`, best first: fewer hops, then fewer and less connected
   * hubs in between (a path through a country that touches everything says less than one
   * through a single statement), then node ids, for a stable order. Paths over the same
   * nodes in the same order count once. `longer` also takes the paths one hop longer than the shortest.
   * Only the first PATH_CANDIDATES paths the search yields, shortest first, are enumerated, never all of them.
   */
  async paths(
    from: string,
    to: string,
    maxHops: number,
    first: number,
    filter: GraphFilter,
    longer: boolean,
  ): Promise<PathRecord[]> {
    const rows = await this.db.read<{ nodes: RawNode[]; edges: RawEdge[] }>(
      longer ? 'graph:paths' : 'graph:shortest-path',
      PATHS(maxHops, longer ? 2 : 1),
      { from, to, first, maxHops, extraHops: longer ? 1 : 0, ...filter },
    );
    return rows.map((row) => ({ nodes: row.nodes.map(toNodeRecord), edges: row.edges.map(toEdge) }));
  }
}
