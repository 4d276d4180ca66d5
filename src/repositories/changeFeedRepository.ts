/**
 * The audit trail as a feed: the :Change nodes every mutation writes (one per transaction, see
 * mutationRepository.ts), each resolved to the nodes and edges it names. Every API replica tails the same
 * nodes, so a write through any of them reaches the subscribers of all.
 */
import type { Database } from '../db/database.js';
import { RAW_EDGE, toEdge, type EdgeRecord, type GraphRecord, type RawEdge } from './graphRepository.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { NodeRecord } from './records.js';

/** Changes a reader has already seen: their ids, and when each was written (ms since the epoch). */
export type SeenChanges = Map<string, number>;

/** One poll's answer: the unseen changes, oldest first, and how far back the look-back now reaches. */
export interface ChangesPage {
  changes: FactsChangeRecord[];
  /** Epoch ms of the database's clock less the look-back: changes seen before it can be forgotten. */
  horizon: number;
}

export interface FactsChangeRecord {
  id: string;
  at: string;
  /** `at` as ms since the epoch, for the seen set. */
  atMs: number;
  by: string;
  mutation: string;
  added: GraphRecord;
  retracted: GraphRecord;
}

interface RawChange {
  id: string;
  at: string;
  atMs: number;
  by: string | null;
  mutation: string | null;
  addedNodes: RawNode[];
  addedEdges: RawEdge[];
  addedEnds: RawNode[];
  retractedNodes: RawNode[];
  retractedEdges: RawEdge[];
}

/**
 * What a change added, as the graph holds it now: its nodes, and the edges it names between the nodes it
 * links to (every end of an edge it wrote is linked), with those ends.
 */
const ADDED = `CALL (c) {
           OPTIONAL MATCH (n:Node) WHERE n.id IN coalesce(c.addedNodes, [])
           RETURN [x IN collect(n) | ${RAW_NODE('x')}] AS addedNodes
         }
         CALL (c) {
           OPTIONAL MATCH (c)-[:CHANGED]->(a:Node)-[r]->(b:Node) WHERE r.id IN coalesce(c.addedEdges, [])
           RETURN [x IN collect(r) | ${RAW_EDGE('x')}] AS addedEdges,
             [x IN collect(DISTINCT a) + collect(DISTINCT b) | ${RAW_NODE('x')}] AS addedEnds
         }`;

/**
 * What a change retracted, as the mutation left it: a retracted node trades :Node and its type labels for
 * :Retracted (keeping them in retractedLabels), a retracted edge becomes a :RetractedEdge node.
 */
const RETRACTED = `CALL (c) {
           OPTIONAL MATCH (n:Retracted) WHERE n.id IN coalesce(c.retractedNodes, []) AND n.changeId = c.id
           RETURN [x IN collect(n) | {labels: x.retractedLabels, props: properties(x)}] AS retractedNodes
         }
         CALL (c) {
           OPTIONAL MATCH (e:RetractedEdge) WHERE e.id IN coalesce(c.retractedEdges, []) AND e.changeId = c.id
           RETURN [x IN collect(e) | {id: x.id, type: x.edgeType, source: x.fromId, target: x.toId,
             props: {retractedReason: x.retractedReason, retractedBy: x.retractedBy}}] AS retractedEdges
         }`;

/** A change's part as a `Graph`: nothing was cut, so `truncated` is false. */
function graphOf(nodes: NodeRecord[], edges: EdgeRecord[]): GraphRecord {
  return { nodes, edges, truncated: false, hubsCapped: [] };
}

/** Nodes once each, in the order first met. */
function distinctNodes(nodes: NodeRecord[]): NodeRecord[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}

function toFactsChange(raw: RawChange): FactsChangeRecord {
  const addedEdges = raw.addedEdges.map(toEdge);
  return {
    id: raw.id,
    at: raw.at,
    atMs: raw.atMs,
    by: raw.by ?? 'unknown',
    mutation: raw.mutation ?? 'unknown',
    added: graphOf(distinctNodes([...raw.addedNodes, ...raw.addedEnds].map(toNodeRecord)), addedEdges),
    retracted: graphOf(raw.retractedNodes.map(toNodeRecord), raw.retractedEdges.map(toEdge)),
  };
}

export class ChangeFeedRepository {
  constructor(private readonly db: Database) {}

  /** The ids of the changes within the look-back, so that a feed starting now passes them over. */
  async recent(lookBackMs: number): Promise<SeenChanges> {
    const rows = await this.db.read<{ id: string; atMs: number }>(
      'changes:recent',
      `MATCH (c:Change) WHERE c.at >= datetime() - duration({milliseconds: $lookBackMs})
       RETURN c.id AS id, c.at.epochMillis AS atMs`,
      { lookBackMs },
    );
    return new Map(rows.map((r) => [r.id, r.atMs]));
  }

  /**
   * Every change written within the last `lookBackMs` by the database's clock, except those in `seen`,
   * oldest first, at most `limit`. Change.at is when its transaction began, not when it committed, so a
   * long write can commit after a shorter, later one: a plain "after the last one seen" cursor would skip
   * it. Reading back as far as a write may last, less what was seen, misses none and repeats none.
   */
  async unseen(seen: SeenChanges, lookBackMs: number, limit: number): Promise<ChangesPage> {
    const rows = await this.db.read<{ horizon: number; change: RawChange | null }>(
      'changes:unseen',
      `WITH (datetime() - duration({milliseconds: $lookBackMs})) AS horizon
       OPTIONAL CALL (horizon) {
         MATCH (c:Change) WHERE c.at >= horizon AND NOT c.id IN $seen
         WITH c ORDER BY c.at, c.id LIMIT $limit
         ${ADDED}
         ${RETRACTED}
         RETURN c, {id: c.id, at: toString(c.at), atMs: c.at.epochMillis, by: c.by, mutation: c.mutation,
           addedNodes: addedNodes, addedEdges: addedEdges, addedEnds: addedEnds,
           retractedNodes: retractedNodes, retractedEdges: retractedEdges} AS change
       }
       RETURN horizon.epochMillis AS horizon, change ORDER BY c.at, c.id`,
      { seen: [...seen.keys()], lookBackMs, limit },
    );
    return {
      horizon: rows[0]?.horizon ?? 0,
      changes: rows.flatMap((r) => (r.change ? [toFactsChange(r.change)] : [])),
    };
  }
}
