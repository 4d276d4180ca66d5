/** Statements: filtered, newest first, in keyset pages; and the role each speaker held. */
import type { Database } from '../db/database.js';
import { overlapsCypher, validAtCypher } from '../domain/dates.js';
import { pagesInKeyOrder } from './batchedRows.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { Basis, KeyedPage, RoleRecord, StatementRecord } from './records.js';

/** Every filter optional, combined with AND. */
export interface StatementFilter {
  speaker: string | null;
  addressee: string | null;
  about: string | null;
  kind: 'QUOTE' | 'PARAPHRASE' | null;
  /** STATED: only statements the sources report outright. */
  basis: Basis | null;
  /** from / to: statements whose date range overlaps the period. */
  from: string | null;
  to: string | null;
}

export interface StatementPageRequest {
  filter: StatementFilter;
  /** Sort key of the last statement of the previous page. */
  after: string | null;
}

/**
 * Candidates start from the most selective anchor given (the speaker's SAID edges, the
 * addressee's ADDRESSED_TO edges, the subject's ABOUT edges), so an actor's statements
 * cost what that actor said, not a scan of every statement.
 */
const CANDIDATES = `
  CALL (q) {
    WITH q WHERE q.speaker IS NOT NULL
    MATCH (:Node {id: q.speaker})-[:SAID]->(s:Statement) RETURN s
    UNION
    WITH q WHERE q.speaker IS NULL AND q.addressee IS NOT NULL
    MATCH (s:Statement)-[:ADDRESSED_TO]->(:Node {id: q.addressee}) RETURN s
    UNION
    WITH q WHERE q.speaker IS NULL AND q.addressee IS NULL AND q.about IS NOT NULL
    MATCH (s:Statement)-[:ABOUT]->(:Node {id: q.about}) RETURN s
    UNION
    WITH q WHERE q.speaker IS NULL AND q.addressee IS NULL AND q.about IS NULL
    MATCH (s:Statement) RETURN s
  }`;

const MATCHES_FILTER = `
  (q.addressee IS NULL OR EXISTS { (s)-[:ADDRESSED_TO]->(:Node {id: q.addressee}) })
  AND (q.about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Node {id: q.about}) })
  AND (q.kind IS NULL OR s.kind = q.kind)
  AND (q.basis IS NULL OR coalesce(s.basis, 'STATED') = q.basis)
  AND (q.from IS NULL AND q.to IS NULL OR ${overlapsCypher('s', 'q.from', 'q.to')})`;

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
       CALL (q, after) {
         ${CANDIDATES}
         WITH s WHERE ${MATCHES_FILTER}
         WITH s ORDER BY s.sortKey
         WITH collect(s) AS matched
         // Only the page's nodes are projected; the total needs no more than their count.
         WITH size(matched) AS total, [x IN matched WHERE after IS NULL OR x.sortKey > after][..$limit] AS page
         RETURN total, [n IN page | ${RAW_NODE('n')}] AS nodes
       }
       RETURN i, total, nodes`,
      { requests, limit },
    );
    return pagesInKeyOrder(
      requests,
      rows,
      (row) => row.nodes,
      (n) => ({ key: String(n.props.sortKey), record: toNodeRecord(n) as StatementRecord }),
    );
  }

  /**
   * The role each statement's speaker held when speaking (the latest-starting tenure that
   * possibly held on the statement's last possible day); for an undated statement, the
   * speaker's current role.
   */
  async speakerRoles(statementIds: readonly string[]): Promise<Map<string, RoleRecord>> {
    const rows = await this.db.read<{ id: string; role: RawNode }>(
      'statements:speaker-role',
      `UNWIND $ids AS id
       MATCH (sp:Actor)-[:SAID]->(s:Node:Statement {id: id})
       CALL (sp, s) {
         MATCH (sp)-[h:HOLDS]->(r:Role)
         WHERE CASE WHEN s.dateLatest IS NULL THEN h.current ELSE ${validAtCypher('h', 's.dateLatest', "'POSSIBLE'")} END
         RETURN r ORDER BY coalesce(h.start, '') DESC, r.id LIMIT 1
       }
       RETURN s.id AS id, ${RAW_NODE('r')} AS role`,
      { ids: statementIds },
    );
    return new Map(rows.map((r) => [r.id, toNodeRecord(r.role) as RoleRecord]));
  }
}
