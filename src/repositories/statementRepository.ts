/** Statements: filtered, newest first, in keyset pages. */
import type { Database } from '../db/database.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { StatementRecord } from './records.js';

/** Every filter optional, combined with AND. */
export interface StatementFilter {
  speaker: string | null;
  addressee: string | null;
  about: string | null;
  kind: 'QUOTE' | 'PARAPHRASE' | null;
  from: string | null;
  to: string | null;
}

export interface StatementPageRequest {
  filter: StatementFilter;
  /** Sort key of the last statement of the previous page. */
  after: string | null;
}

export interface KeyedPage<T> {
  total: number;
  rows: Array<{ key: string; record: T }>;
}

const MATCHES_FILTER = `
  (q.speaker IS NULL OR EXISTS { (:Node {id: q.speaker})-[:SAID]->(s) })
  AND (q.addressee IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(:Node {id: q.addressee}) })
  AND (q.about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Node {id: q.about}) })
  AND (q.kind IS NULL OR s.kind = q.kind)
  AND (q.from IS NULL OR s.date >= q.from)
  AND (q.to IS NULL OR s.date <= q.to)`;

export class StatementRepository {
  constructor(private readonly db: Database) {}

  /**
   * Several pages in one query (the Actor.statements of every actor in a list).
   * `limit` is one more than the page size, so the caller can tell whether there is a next page.
   */
  async pages(requests: readonly StatementPageRequest[], limit: number): Promise<Array<KeyedPage<StatementRecord>>> {
    const rows = await this.db.read<{ i: number; total: number; nodes: RawNode[] }>(
      'statements:pages',
      `UNWIND range(0, size($requests) - 1) AS i
       WITH i, $requests[i].filter AS q, $requests[i].after AS after
       CALL (q) { MATCH (s:Statement) WHERE ${MATCHES_FILTER} RETURN count(s) AS total }
       CALL (q, after) {
         MATCH (s:Statement) WHERE ${MATCHES_FILTER} AND (after IS NULL OR s.sortKey > after)
         WITH s ORDER BY s.sortKey LIMIT $limit
         RETURN collect(${RAW_NODE('s')}) AS nodes
       }
       RETURN i, total, nodes`,
      { requests, limit },
    );
    const byIndex = new Map(rows.map((r) => [r.i, r]));
    return requests.map((_, i) => {
      const row = byIndex.get(i);
      return {
        total: row?.total ?? 0,
        rows: (row?.nodes ?? []).map((n) => ({ key: String(n.props.sortKey), record: toNodeRecord(n) as StatementRecord })),
      };
    });
  }
}
