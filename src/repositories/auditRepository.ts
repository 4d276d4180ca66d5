/** The audit trail: the Change each mutation records, by node, by edge, and as a log, newest first. */
import type { Database } from '../db/database.js';
import { inKeyOrder } from './batchedRows.js';

export interface ChangeRecord {
  id: string;
  /** ISO-8601 instant of the commit, e.g. "2026-11-30T23:59:01.123Z". */
  at: string;
  by: string;
  mutation: string;
  extractor: string | null;
  reason: string | null;
  idempotencyKey: string | null;
  /** The node the mutation was about (the actor added, the statement corrected); null for a retracted edge. */
  nodeId: string | null;
  addedNodes: string[];
  addedEdges: string[];
  retractedNodes: string[];
  retractedEdges: string[];
  /** `at` as Neo4j stores it, to the nanosecond: what a page cursor seeks from. */
  exactAt: string;
}

/** The Change's fields as a map, its `at` as text (a driver DateTime is no JSON). */
export const CHANGE_FIELDS = (c: string) => `${c} {.*, at: toString(${c}.at), epochMillis: ${c}.at.epochMillis}`;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toChangeRecord(raw: Record<string, unknown>): ChangeRecord {
  return {
    id: String(raw.id),
    // Neo4j prints nanoseconds; an ISO instant in milliseconds is what every client parses.
    at: new Date(Number(raw.epochMillis)).toISOString(),
    by: String(raw.by),
    mutation: String(raw.mutation),
    extractor: text(raw.extractor),
    reason: text(raw.reason),
    idempotencyKey: text(raw.idempotencyKey),
    nodeId: text(raw.nodeId),
    addedNodes: list(raw.addedNodes),
    addedEdges: list(raw.addedEdges),
    retractedNodes: list(raw.retractedNodes),
    retractedEdges: list(raw.retractedEdges),
    exactAt: String(raw.at),
  };
}

export interface EdgeHistoryKey {
  edgeId: string;
  /** Either end of the edge: the changes that wrote it are linked to both. */
  nodeId: string;
}

export interface AuditLogRequest {
  /** Only changes that touched this node (an actor to follow). */
  nodeId: string | null;
  /** Only changes by this caller ("key:analyst", "jwt:…"). */
  by: string | null;
  /** ISO instants: changes at or after `from`, and before `to`. */
  from: string | null;
  to: string | null;
  /** Keyset cursor: the exact `at` and the id of the last change of the page before. */
  after: { at: string; id: string } | null;
  limit: number;
}

export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** The changes of many nodes (live or retracted) in one query, newest first. */
  async nodeHistories(ids: readonly string[]): Promise<ChangeRecord[][]> {
    const rows = await this.db.read<{ i: number; changes: Array<Record<string, unknown>> }>(
      'audit:node-history',
      `UNWIND range(0, size($ids) - 1) AS i
       CALL (i) {
         CALL (i) {
           MATCH (:Node {id: $ids[i]})<-[:CHANGED]-(c:Change) RETURN c
           UNION
           MATCH (:Retracted {id: $ids[i]})<-[:CHANGED]-(c:Change) RETURN c
         }
         WITH c ORDER BY c.at DESC, c.id DESC
         RETURN collect(${CHANGE_FIELDS('c')}) AS changes
       }
       RETURN i, changes`,
      { ids: [...ids] },
    );
    return inKeyOrder(ids, rows).map(([, row]) => (row?.changes ?? []).map(toChangeRecord));
  }

  /** The changes of many edges in one query, found through one of their ends, newest first. */
  async edgeHistories(keys: readonly EdgeHistoryKey[]): Promise<ChangeRecord[][]> {
    const rows = await this.db.read<{ i: number; changes: Array<Record<string, unknown>> }>(
      'audit:edge-history',
      `UNWIND range(0, size($keys) - 1) AS i
       CALL (i) {
         MATCH (:Node {id: $keys[i].nodeId})<-[:CHANGED]-(c:Change)
         WHERE $keys[i].edgeId IN c.addedEdges OR $keys[i].edgeId IN c.retractedEdges
         WITH c ORDER BY c.at DESC, c.id DESC
         RETURN collect(${CHANGE_FIELDS('c')}) AS changes
       }
       RETURN i, changes`,
      { keys: [...keys] },
    );
    return inKeyOrder(keys, rows).map(([, row]) => (row?.changes ?? []).map(toChangeRecord));
  }

  /** One page of the log, newest first, seeking on the Change.at index. */
  async log(request: AuditLogRequest): Promise<ChangeRecord[]> {
    const rows = await this.db.read<{ change: Record<string, unknown> }>(
      request.nodeId ? 'audit:log-of-node' : 'audit:log',
      `${
        request.nodeId
          ? 'MATCH (:Node {id: $nodeId})<-[:CHANGED]-(c:Change)'
          : 'MATCH (c:Change) WHERE c.at IS NOT NULL'
      }
       WITH c WHERE ($by IS NULL OR c.by = $by)
         AND ($from IS NULL OR c.at >= datetime($from))
         AND ($to IS NULL OR c.at < datetime($to))
         AND ($after IS NULL OR c.at < datetime($after.at) OR (c.at = datetime($after.at) AND c.id < $after.id))
       RETURN ${CHANGE_FIELDS('c')} AS change
       ORDER BY c.at DESC, c.id DESC
       LIMIT $limit`,
      { ...request },
    );
    return rows.map((r) => toChangeRecord(r.change));
  }
}
