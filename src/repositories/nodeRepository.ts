/** Nodes by id, by name, by kind, and full-text search. */
import type { Database } from '../db/database.js';
import { SEARCH_INDEX } from '../db/migrations.js';
import { foldName, searchQuery } from '../domain/names.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { ActorKind, ActorRecord, KeyedPage, NodeRecord } from './records.js';

export class NodeRepository {
  constructor(private readonly db: Database) {}

  /** Batched by the node loader: one query for any number of ids. */
  async findByIds(ids: readonly string[]): Promise<Map<string, NodeRecord>> {
    const rows = await this.db.read<{ node: RawNode }>(
      'nodes:by-ids',
      `UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN ${RAW_NODE('n')} AS node`,
      { ids },
    );
    return new Map(rows.map((r) => [String(r.node.props.id), toNodeRecord(r.node)]));
  }

  /**
   * The name or any alias, ignoring case and diacritics. Range indexes do not index list elements, so
   * `$key IN a.nameKeys` alone would test every actor: the full-text index (names and aliases, analysed
   * like the name asked) finds the actors having the name as a phrase, and the folded keys decide. A name
   * the analyser splits otherwise than the keys ("U S" for "U.S.") finds none there; then, and only then,
   * every actor is read (a null bound makes the actor_order seek read nothing otherwise).
   */
  async actorByName(name: string): Promise<ActorRecord | null> {
    const key = foldName(name);
    if (!key) return null;
    const phrase = `"${name.replace(/["\\]/g, '\\$&')}"`;
    const rows = await this.db.read<{ node: RawNode }>(
      'actors:by-name',
      `CALL () {
         CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS a
         WITH a WHERE a:Actor AND $key IN a.nameKeys
         RETURN collect(a) AS found
       }
       CALL (found) {
         UNWIND found AS a RETURN a
         UNION
         WITH CASE WHEN size(found) = 0 THEN '' END AS start
         MATCH (a:Actor) WHERE a.sortKey > start AND $key IN a.nameKeys RETURN a
       }
       RETURN ${RAW_NODE('a')} AS node ORDER BY CASE WHEN a.nameKeys[0] = $key THEN 0 ELSE 1 END, a.id LIMIT 1`,
      { index: SEARCH_INDEX, query: `name:${phrase} OR aliasesText:${phrase}`, key },
    );
    return rows[0] ? (toNodeRecord(rows[0].node) as ActorRecord) : null;
  }

  /**
   * One keyset page of actors in name order (`limit` items at most), read from the actor_order index
   * (or actor_kind_order for one kind) in key order. The total only when asked: without a kind it is the
   * label's count store, with one a count of that kind.
   */
  async actorsPage(
    kind: ActorKind | null,
    { limit, after, withTotal }: { limit: number; after: string | null; withTotal: boolean },
  ): Promise<KeyedPage<ActorRecord>> {
    const ofKind = kind === null ? '' : 'AND a.kind = $kind';
    const total = !withTotal
      ? '0'
      : kind === null
        ? 'COUNT { MATCH (a:Actor) }'
        : 'COUNT { MATCH (a:Actor) WHERE a.kind = $kind }';
    const rows = await this.db.read<{ total: number; nodes: RawNode[] }>(
      'actors:page',
      `CALL () {
         MATCH (a:Actor) WHERE a.sortKey > $after ${ofKind}
         WITH a ORDER BY a.sortKey LIMIT $limit
         RETURN collect(${RAW_NODE('a')}) AS nodes
       }
       RETURN ${total} AS total, nodes`,
      // '' sorts before every key, so the first page reads the index from its start.
      { kind, after: after ?? '', limit },
    );
    const row = rows[0] ?? { total: 0, nodes: [] };
    return {
      total: row.total,
      rows: row.nodes.map((n) => ({ key: String(n.props.sortKey), record: toNodeRecord(n) as ActorRecord })),
    };
  }

  async search(text: string, first: number): Promise<Array<{ node: NodeRecord; score: number }>> {
    const query = searchQuery(text);
    if (!query) return [];
    const rows = await this.db.read<{ node: RawNode; score: number }>(
      'search:fulltext',
      `CALL db.index.fulltext.queryNodes($index, $query, {limit: $first}) YIELD node, score
       RETURN ${RAW_NODE('node')} AS node, score ORDER BY score DESC, node.id`,
      { index: SEARCH_INDEX, query, first },
    );
    return rows.map((r) => ({ node: toNodeRecord(r.node), score: r.score }));
  }
}
