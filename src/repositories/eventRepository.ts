/** Events, filtered by type, participant and date. */
import type { Database } from '../db/database.js';
import { overlapsCypher } from '../domain/dates.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { EventRecord, KeyedPage } from './records.js';

export interface EventFilter {
  type: string | null;
  /** Events this actor took part in (an edge carrying its part). */
  actor: string | null;
  /** from / to: events whose date range overlaps the period. */
  from: string | null;
  to: string | null;
}

export class EventRepository {
  constructor(private readonly db: Database) {}

  /**
   * Oldest first, undated last: the order a timeline reads in. With `limit`, one keyset page
   * after the sort key `after`; the total counts every match either way.
   */
  async page(filter: EventFilter, limit: number | null, after: string | null): Promise<KeyedPage<EventRecord>> {
    const rows = await this.db.read<{ total: number; nodes: RawNode[] }>(
      'events:page',
      // With an actor, start from its edges rather than from every event.
      `CALL () {
         WITH $actor AS actor WHERE actor IS NOT NULL
         MATCH (:Node:Actor {id: actor})-[r]-(e:Event) WHERE r.role IS NOT NULL RETURN DISTINCT e
         UNION
         WITH $actor AS actor WHERE actor IS NULL
         MATCH (e:Event) RETURN e
       }
       WITH e WHERE ($type IS NULL OR e.type = $type)
         AND ($from IS NULL AND $to IS NULL OR ${overlapsCypher('e', '$from', '$to')})
       WITH e ORDER BY e.sortKey
       WITH collect(e) AS matched
       WITH size(matched) AS total, [x IN matched WHERE $after IS NULL OR x.sortKey > $after] AS rest
       RETURN total, [n IN (CASE WHEN $limit IS NULL THEN rest ELSE rest[..$limit] END) | ${RAW_NODE('n')}] AS nodes`,
      { ...filter, limit, after },
    );
    const row = rows[0] ?? { total: 0, nodes: [] };
    return {
      total: row.total,
      rows: row.nodes.map((n) => ({ key: String(n.props.sortKey), record: toNodeRecord(n) as EventRecord })),
    };
  }
}
