/** Statements: filtered, newest first, in keyset pages. */
import type { Database } from '../db/database.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { ActorRecord, KeyedPage, NodeRecord, StatementRecord } from './records.js';

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

export interface ThreadItem {
  node: NodeRecord;
  /** Negative: what the statement answers (-1 directly); 0: the statement; positive: its responses. */
  depth: number;
}

export interface InterlocutorRecord {
  actor: ActorRecord;
  /** Statements of the actor asked about addressed to this one. */
  addressed: number;
  /** Statements of this one addressed to the actor asked about. */
  addressedBy: number;
}

/** How far a chain of responses is followed each way. */
const MAX_THREAD_DEPTH = 10;

export class ConversationRepository {
  constructor(private readonly db: Database) {}

  /** For each statement: the statements and events it answers, transitively, and those that answer it. */
  async threads(ids: readonly string[]): Promise<ThreadItem[][]> {
    const rows = await this.db.read<{ id: string; items: Array<{ node: RawNode; depth: number }> }>(
      'statements:threads',
      `UNWIND $ids AS id
       MATCH (s:Node:Statement {id: id})
       CALL (s) {
         OPTIONAL MATCH p = (s)-[:RESPONDS_TO]->{1,${MAX_THREAD_DEPTH}}(x:Node)
         WITH x, -min(length(p)) AS depth WHERE x IS NOT NULL
         RETURN collect({node: ${RAW_NODE('x')}, depth: depth}) AS answered
       }
       CALL (s) {
         OPTIONAL MATCH p = (x:Node)-[:RESPONDS_TO]->{1,${MAX_THREAD_DEPTH}}(s)
         WITH x, min(length(p)) AS depth WHERE x IS NOT NULL
         RETURN collect({node: ${RAW_NODE('x')}, depth: depth}) AS answers
       }
       RETURN id, answered + [{node: ${RAW_NODE('s')}, depth: 0}] + answers AS items`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) =>
      (byId.get(id) ?? [])
        .map((item) => ({ node: toNodeRecord(item.node), depth: item.depth }))
        .sort((a, b) => a.depth - b.depth || a.node.id.localeCompare(b.node.id)),
    );
  }

  /** Whom each actor addresses and who addresses it, most exchanges first. */
  async interlocutors(ids: readonly string[]): Promise<InterlocutorRecord[][]> {
    const rows = await this.db.read<{ id: string; items: Array<{ node: RawNode; addressed: number; addressedBy: number }> }>(
      'actors:interlocutors',
      `UNWIND $ids AS id
       MATCH (a:Node:Actor {id: id})
       CALL (a) {
         MATCH (a)-[:SAID]->(:Statement)-[:ADDRESSED_TO]->(b:Actor) WHERE b <> a
         RETURN b, 1 AS addressed, 0 AS addressedBy
         UNION ALL
         MATCH (b:Actor)-[:SAID]->(:Statement)-[:ADDRESSED_TO]->(a) WHERE b <> a
         RETURN b, 0 AS addressed, 1 AS addressedBy
       }
       WITH id, b, sum(addressed) AS addressed, sum(addressedBy) AS addressedBy
       ORDER BY addressed + addressedBy DESC, b.id
       RETURN id, collect({node: ${RAW_NODE('b')}, addressed: addressed, addressedBy: addressedBy}) AS items`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) =>
      (byId.get(id) ?? []).map((i) => ({ actor: toNodeRecord(i.node) as ActorRecord, addressed: i.addressed, addressedBy: i.addressedBy })),
    );
  }
}
