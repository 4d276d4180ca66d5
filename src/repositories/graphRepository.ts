/**
 * Graph-shaped answers for visualisation: neighbourhoods and paths, bounded by
 * hop counts chosen from fixed tables (Cypher takes no parameter for a quantifier).
 * Every hop lands on a :Node: the audit trail's Change nodes and retracted facts are never a way through.
 */
import type { Database } from '../db/database.js';
import { existsAtCypher, validAtCypher, type Certainty } from '../domain/dates.js';
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
  /** How many nodes the neighbourhood holds in all, before `limit`. */
  reachable: number;
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

const EDGE_PASSES = `($types IS NULL OR type(r) IN $types)
  AND ($basis IS NULL OR coalesce(r.basis, 'STATED') = $basis)
  AND ($at IS NULL OR ${validAtCypher('r', '$at', '$certainty')})`;
const NODE_PASSES = (n: string) => `($at IS NULL OR ${existsAtCypher(n, '$at', '$certainty')})`;
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

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /**
   * The nodes within `depth` hops of the centres, nearest first (ties by id), at most `limit`
   * in all, centres included; and every edge between two returned nodes.
   */
  async neighbourhood(ids: readonly string[], depth: number, limit: number, filter: GraphFilter): Promise<GraphRecord> {
    const rows = await this.db.read<{ nodes: RawNode[]; edges: RawEdge[]; reachable: number }>(
      'graph:neighbourhood',
      `MATCH (c:Node) WHERE c.id IN $ids
       WITH collect(c) AS centres
       CALL (centres) {
         UNWIND centres AS c
         OPTIONAL MATCH p = ANY SHORTEST (c) (()-[r WHERE ${EDGE_PASSES}]-(x:Node WHERE ${NODE_PASSES('x')}))${quantifier(depth, MAX_NEIGHBOURHOOD_DEPTH)} (m:Node)
         WHERE NOT m IN centres
         WITH m, min(length(p)) AS dist WHERE m IS NOT NULL
         ORDER BY dist, m.id
         RETURN collect(m) AS found
       }
       WITH centres, found, size(centres) + size(found) AS reachable
       // With fewer places than centres, the centres come first and nothing else fits.
       WITH centres[..$limit] + found[..(CASE WHEN $limit > size(centres) THEN $limit - size(centres) ELSE 0 END)] AS ns, reachable
       CALL (ns) {
         UNWIND ns AS x
         MATCH (x)-[r]->(y) WHERE y IN ns AND ${EDGE_PASSES}
         WITH r ORDER BY r.id
         RETURN collect(${RAW_EDGE('r')}) AS edges
       }
       RETURN [n IN ns | ${RAW_NODE('n')}] AS nodes, edges, reachable`,
      { ids, limit, ...filter },
    );
    const row = rows[0];
    if (!row) return { nodes: [], edges: [], reachable: 0 };
    return { nodes: row.nodes.map(toNodeRecord), edges: row.edges.map(toEdge), reachable: row.reachable };
  }

  /**
   * Shortest paths from `from` to `to`, best first: fewer hops, then fewer and less connected
   * hubs in between (a path through a country that touches everything says less than one
   * through a single statement), then node ids, for a stable order. Paths over the same
   * nodes in the same order count once. `longer` also takes the paths one hop longer than the shortest.
   */
  async paths(
    from: string,
    to: string,
    maxHops: number,
    first: number,
    filter: GraphFilter,
    longer: boolean,
  ): Promise<PathRecord[]> {
    const selector = longer ? 'SHORTEST 2 GROUPS' : 'ALL SHORTEST';
    const rows = await this.db.read<{ nodes: RawNode[]; edges: RawEdge[] }>(
      longer ? 'graph:paths' : 'graph:shortest-path',
      `MATCH (a:Node {id: $from}), (b:Node {id: $to})
       WHERE ${NODE_PASSES('a')} AND ${NODE_PASSES('b')}
       MATCH p = ${selector} (a) (()-[r WHERE ${EDGE_PASSES}]-(x:Node WHERE ${NODE_PASSES('x')}))${quantifier(maxHops, MAX_PATH_HOPS)} (b)
       WITH p, [n IN nodes(p) | n.id] AS key ORDER BY [r IN relationships(p) | r.id]
       WITH key, head(collect(p)) AS p
       WITH p, key, reduce(d = 0, n IN nodes(p)[1..-1] | d + COUNT { (n)--(:Node) }) AS hubness
       ORDER BY length(p), hubness, key
       LIMIT $first
       RETURN [n IN nodes(p) | ${RAW_NODE('n')}] AS nodes, [r IN relationships(p) | ${RAW_EDGE('r')}] AS edges`,
      { from, to, first, ...filter },
    );
    return rows.map((row) => ({ nodes: row.nodes.map(toNodeRecord), edges: row.edges.map(toEdge) }));
  }
}
