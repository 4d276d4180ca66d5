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

  /** The name or any alias, ignoring case and diacritics. */
  async actorByName(name: string): Promise<ActorRecord | null> {
    const rows = await this.db.read<{ node: RawNode }>(
      'actors:by-name',
      `MATCH (a:Actor) WHERE $key IN a.nameKeys
       RETURN ${RAW_NODE('a')} AS node ORDER BY CASE WHEN a.nameKeys[0] = $key THEN 0 ELSE 1 END, a.id LIMIT 1`,
      { key: foldName(name) },
    );
    return rows[0] ? (toNodeRecord(rows[0].node) as ActorRecord) : null;
  }

  /** One keyset page of actors in name order (`limit` items at most), with the total, in one query. */
  async actorsPage(kind: ActorKind | null, limit: number, after: string | null): Promise<KeyedPage<ActorRecord>> {
    const rows = await this.db.read<{ total: number; nodes: RawNode[] }>(
      'actors:page',
      `CALL () { MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind RETURN count(a) AS total }
       CALL () {
         MATCH (a:Actor) WHERE ($kind IS NULL OR a.kind = $kind) AND ($after IS NULL OR a.sortKey > $after)
         WITH a ORDER BY a.sortKey LIMIT $limit
         RETURN collect(${RAW_NODE('a')}) AS nodes
       }
       RETURN total, nodes`,
      { kind, after, limit },
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
