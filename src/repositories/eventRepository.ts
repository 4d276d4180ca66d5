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

export interface EventPageRequest {
  /** At most this many; null: every match. */
  limit: number | null;
  /** Sort key of the last event of the previous page. */
  after: string | null;
  /** Count every match (totalCount): only when the client selected it. */
  withTotal: boolean;
}

const MATCHES_FILTER = `($type IS NULL OR e.type = $type)
  AND ($from IS NULL AND $to IS NULL OR ${overlapsCypher('e', '$from', '$to')})`;

/** An actor's part in an event is an edge carrying its role (participationEdges.ts), in either direction. */
const TOOK_PART = 'EXISTS { (a)-[r]-(e) WHERE r.role IS NOT NULL }';

/**
 * With an actor, its events: a small actor's edges are walked; a hub's would cost its whole degree, so
 * for a hub the event_order index is read in key order and each event checked for the hub's part,
 * until the page is full (about limit × events / degree). Whichever costs less is run. The planner tests
 * a UNION branch's guard after the branch's index seek, so the choice is made in the seek's own bound:
 * a null bound reads nothing.
 */
const anchoredPage = (cut: string) => `
  MATCH (a:Node:Actor {id: $actor})
  WITH a, eventCount, $limit IS NOT NULL AND COUNT { (a)--() } * COUNT { (a)--() } > $limit * eventCount AS hub
  CALL (a, hub) {
    WITH a WHERE NOT hub
    MATCH (a)-[r]-(e:Event) WHERE r.role IS NOT NULL AND e.sortKey > $after AND ${MATCHES_FILTER}
    WITH DISTINCT e
    RETURN e ORDER BY e.sortKey ${cut}
    UNION
    WITH a, CASE WHEN hub THEN $after END AS hubAfter
    MATCH (e:Event) WHERE e.sortKey > hubAfter AND ${TOOK_PART} AND ${MATCHES_FILTER}
    RETURN e ORDER BY e.sortKey ${cut}
  }
  WITH eventCount, collect(e) AS page`;

/** Without an actor, the event_order index in key order, filters checked on the way. */
const unanchoredPage = (cut: string) => `
  CALL () {
    MATCH (e:Event) WHERE e.sortKey > $after AND ${MATCHES_FILTER}
    RETURN e ORDER BY e.sortKey ${cut}
  }
  WITH eventCount, collect(e) AS page`;

/** totalCount by the cheapest exact means: the label count store when nothing is filtered. */
function totalOf(filter: EventFilter, withTotal: boolean): string {
  if (!withTotal) return '0';
  if (filter.actor !== null)
    return `COUNT { MATCH (a:Node:Actor {id: $actor})-[r]-(e:Event) WHERE r.role IS NOT NULL AND ${MATCHES_FILTER} RETURN DISTINCT e }`;
  if (filter.type === null && filter.from === null && filter.to === null) return 'eventCount';
  return `COUNT { MATCH (e:Event) WHERE ${MATCHES_FILTER} }`;
}

/** One text per (anchor, limit, total) shape: a small fixed set, each planned once. */
function pageQuery(filter: EventFilter, { limit, withTotal }: EventPageRequest): string {
  const cut = limit === null ? '' : 'LIMIT $limit';
  return `CALL () { MATCH (e:Event) RETURN count(e) AS eventCount }
    ${filter.actor !== null ? anchoredPage(cut) : unanchoredPage(cut)}
    RETURN ${totalOf(filter, withTotal)} AS total, [n IN page | ${RAW_NODE('n')}] AS nodes`;
}

export class EventRepository {
  constructor(private readonly db: Database) {}

  /** Oldest first, undated last: the order a timeline reads in. One keyset page after the sort key `after`. */
  async page(filter: EventFilter, request: EventPageRequest): Promise<KeyedPage<EventRecord>> {
    const rows = await this.db.read<{ total: number; nodes: RawNode[] }>('events:page', pageQuery(filter, request), {
      ...filter,
      limit: request.limit,
      // '' sorts before every key, so the first page reads the index from its start.
      after: request.after ?? '',
    });
    const row = rows[0] ?? { total: 0, nodes: [] };
    return {
      total: row.total,
      rows: row.nodes.map((n) => ({ key: String(n.props.sortKey), record: toNodeRecord(n) as EventRecord })),
    };
  }
}
