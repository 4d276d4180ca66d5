/** An actor's history in date order: what it said, the events it took part in, the posts it took up and left. */
import type { Database } from '../db/database.js';
import { overlapsCypher, type DateRange } from '../domain/dates.js';
import { actorTimelineKey, actorTimelineRange, type TimelineKind } from '../domain/timelineKeys.js';
import { RAW_NODE, knownOf, rangeOf, toNodeRecord, type RawNode } from './mapNode.js';
import type { Basis, DatePrecision, KeyedPage, NodeRecord, TenureRecord } from './records.js';
import { toTenure } from './relationRepository.js';

export type { TimelineKind };

export interface TimelineEntryRecord {
  kind: TimelineKind;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateRange: DateRange | null;
  basis: Basis;
  node: NodeRecord;
  tenure: TenureRecord | null;
  parts: string[];
}

interface RawEntry {
  kind: TimelineKind;
  date: string | null;
  precision: DatePrecision | null;
  range: Record<string, unknown>;
  known: Record<string, unknown>;
  node: RawNode;
  tenure: Record<string, unknown> | null;
  parts: string[];
  key: string;
}

/** Every entry of the actor's history that passes the filters (the actor's own edges, not a scan). */
const ENTRIES = `MATCH (a:Node:Actor {id: $actor})
       CALL (a) {
         MATCH (a)-[said:SAID]->(s:Statement)
         RETURN 'STATEMENT' AS kind, s.date AS date, s.datePrecision AS precision,
           {dateEdtf: s.dateEdtf, dateEarliest: s.dateEarliest, dateLatest: s.dateLatest, datePhrase: s.datePhrase} AS range,
           properties(said) AS known, s AS node, null AS tenure, [] AS parts
         UNION ALL
         MATCH (a)-[r]-(e:Event) WHERE r.role IS NOT NULL AND ($basis IS NULL OR coalesce(r.basis, 'STATED') = $basis)
         WITH e, collect(DISTINCT r.role) AS parts, collect(r.basis) AS bases
         RETURN 'EVENT' AS kind, e.date AS date, e.datePrecision AS precision,
           {dateEdtf: e.dateEdtf, dateEarliest: e.dateEarliest, dateLatest: e.dateLatest, datePhrase: e.datePhrase} AS range,
           {basis: CASE WHEN 'STATED' IN bases OR size(bases) < size(parts) THEN 'STATED' ELSE 'INFERRED' END} AS known,
           e AS node, null AS tenure, parts
         UNION ALL
         MATCH (a)-[h:HOLDS]->(role:Role) WHERE h.startEdtf IS NOT NULL
         RETURN 'TENURE_START' AS kind, h.start AS date, h.startPrecision AS precision,
           {dateEdtf: h.startEdtf, dateEarliest: h.startEarliest, dateLatest: h.startLatest, datePhrase: h.startPhrase} AS range,
           properties(h) AS known, role AS node, properties(h) AS tenure, [] AS parts
         UNION ALL
         MATCH (a)-[h:HOLDS]->(role:Role) WHERE h.endEdtf IS NOT NULL
         RETURN 'TENURE_END' AS kind, h.end AS date, h.endPrecision AS precision,
           {dateEdtf: h.endEdtf, dateEarliest: h.endEarliest, dateLatest: h.endLatest, datePhrase: h.endPhrase} AS range,
           properties(h) AS known, role AS node, properties(h) AS tenure, [] AS parts
       }
       WITH a, kind, date, precision, range, known, node, tenure, parts
       WHERE ($from IS NULL AND $to IS NULL OR ${overlapsCypher('range', '$from', '$to')})
         AND ($basis IS NULL OR coalesce(known.basis, 'STATED') = $basis)
`;

/** What the from / to and basis filters keep, over an entry's columns (range, known). */
const KEPT = `($from IS NULL AND $to IS NULL OR ${overlapsCypher('range', '$from', '$to')})
         AND ($basis IS NULL OR coalesce(known.basis, 'STATED') = $basis)`;

const RANGE = (n: string, prefix = 'date') =>
  `{dateEdtf: ${n}.${prefix}Edtf, dateEarliest: ${n}.${prefix}Earliest, dateLatest: ${n}.${prefix}Latest, datePhrase: ${n}.${prefix}Phrase}`;

/** An actor's entries on its SAID or HOLDS edges, read from the relationship index in key order. */
const ownEdgeEntries = (pattern: string, keyOf: string, kind: TimelineKind, columns: string) => `
         MATCH ${pattern} WHERE ${keyOf} > $low AND ${keyOf} < $high
         WITH ${keyOf} AS own, '${kind}' AS kind, ${columns}
         WHERE ${KEPT}
         RETURN kind, date, precision, range, known, node, tenure, parts, substring(own, $prefix) AS key
         ORDER BY own LIMIT $limit`;

/** Where a person's tenures start or end: the HOLDS edge's start or end key and dates. */
const tenureEntries = (side: 'start' | 'end') =>
  ownEdgeEntries(
    '()-[h:HOLDS]->(node:Role)',
    side === 'start' ? 'h.timelineStartKey' : 'h.timelineEndKey',
    side === 'start' ? 'TENURE_START' : 'TENURE_END',
    `h.${side} AS date, h.${side}Precision AS precision, ${RANGE('h', side)} AS range,
           properties(h) AS known, node, properties(h) AS tenure, [] AS parts`,
  );

/** The parts an actor played in an event (edges carrying a role), and how they are known. */
const PARTS = `CALL (a, e) {
           MATCH (a)-[r]-(e) WHERE r.role IS NOT NULL AND ($basis IS NULL OR coalesce(r.basis, 'STATED') = $basis)
           RETURN collect(DISTINCT r.role) AS parts, collect(r.basis) AS bases
         }`;

/**
 * KEPT for an event entry, on the event itself, so the event pages below can cut before projecting: the
 * entry's range is the event's date range, and with a basis only edges of that basis count as parts
 * (so the entry is known that way exactly when one exists).
 */
const EVENT_KEPT = `($from IS NULL AND $to IS NULL OR ${overlapsCypher('e', '$from', '$to')})
           AND EXISTS { (a)-[r]-(e) WHERE r.role IS NOT NULL AND ($basis IS NULL OR coalesce(r.basis, 'STATED') = $basis) }`;

const EVENT_COLUMNS = `'EVENT' AS kind, e.date AS date, e.datePrecision AS precision, ${RANGE('e')} AS range,
           {basis: CASE WHEN 'STATED' IN bases OR size(bases) < size(parts) THEN 'STATED' ELSE 'INFERRED' END} AS known,
           e AS node, null AS tenure, parts, e.timelineKey AS key`;

/**
 * A page of the actor's history: each kind of entry read in key order from the cursor and cut at the
 * page size, then the (at most four) pages merged. Statements and tenures seek on their actor-prefixed
 * edge keys (src/domain/timelineKeys.ts), so a hub's page costs the page. Events carry one key for all
 * their participants: a small actor's participations are walked; for a hub (the events page's rule:
 * degree² > page × events) the event_timeline index is read from the cursor and each event checked for
 * the hub's part, about page × events / degree reads. A null seek bound makes the branch not taken read
 * nothing (the planner tests a UNION branch's guard after its seek).
 */
const PAGE = `MATCH (a:Node:Actor {id: $actor})
       CALL () { MATCH (e:Event) RETURN count(e) AS eventCount }
       WITH a, COUNT { (a)--() } * COUNT { (a)--() } > $limit * eventCount AS hub
       CALL (a, hub) {
         ${ownEdgeEntries(
           '()-[said:SAID]->(node:Statement)',
           'said.timelineKey',
           'STATEMENT',
           `node.date AS date, node.datePrecision AS precision, ${RANGE('node')} AS range,
           properties(said) AS known, node, null AS tenure, [] AS parts`,
         )}
         UNION ALL
         ${tenureEntries('start')}
         UNION ALL
         ${tenureEntries('end')}
         UNION ALL
         CALL (a, hub) {
           WITH a WHERE NOT hub
           MATCH (a)-[r]-(e:Event) WHERE r.role IS NOT NULL
           WITH DISTINCT a, e WHERE e.timelineKey > $after AND ${EVENT_KEPT}
           RETURN e ORDER BY e.timelineKey LIMIT $limit
           UNION
           WITH a, CASE WHEN hub THEN $after END AS hubAfter
           MATCH (e:Event) WHERE e.timelineKey > hubAfter AND ${EVENT_KEPT}
           RETURN e ORDER BY e.timelineKey LIMIT $limit
         }
         ${PARTS}
         RETURN ${EVENT_COLUMNS}
       }
       WITH kind, date, precision, range, known, node, tenure, parts, key ORDER BY key LIMIT $limit
`;

const RETURN_ENTRY = `RETURN kind, date, precision, range, known, ${RAW_NODE('node')} AS node, tenure, parts`;

function toEntry(actorId: string, r: RawEntry): TimelineEntryRecord {
  const node = toNodeRecord(r.node);
  return {
    kind: r.kind,
    date: r.date,
    datePrecision: r.precision,
    dateRange: rangeOf(r.range, 'date'),
    basis: knownOf(r.known).basis,
    node,
    tenure: r.tenure ? toTenure(r.tenure, actorId, node.id) : null,
    parts: r.parts,
  };
}

export interface TimelineFilter {
  from: string | null;
  to: string | null;
  basis: Basis | null;
}

export class TimelineRepository {
  constructor(private readonly db: Database) {}

  /**
   * Oldest first; undated entries last, and left out when a from or to bound is given.
   * from / to keep entries whose date range overlaps the period; basis keeps entries whose
   * fact (the statement, the participation, the tenure) is known that way.
   */
  async timeline(
    actorId: string,
    from: string | null,
    to: string | null,
    basis: Basis | null,
  ): Promise<TimelineEntryRecord[]> {
    const rows = await this.db.read<RawEntry>(
      'timeline:actor',
      `${ENTRIES}
       ${RETURN_ENTRY}
       ORDER BY date IS NULL, date, kind, node.props.id`,
      { actor: actorId, from, to, basis },
    );
    return rows.map((r) => toEntry(actorId, r));
  }

  /** The same history in keyset pages: up to `limit` entries after the cursor key `after`. */
  async page(
    actorId: string,
    filter: TimelineFilter,
    limit: number,
    after: string | null,
  ): Promise<KeyedPage<TimelineEntryRecord>> {
    const rows = await this.db.read<RawEntry>('timeline:page', `${PAGE} ${RETURN_ENTRY}, key`, {
      actor: actorId,
      ...filter,
      limit,
      // '' sorts before every key, so the first page reads each index from its start.
      after: after ?? '',
      ...actorTimelineRange(actorId, after),
      prefix: actorTimelineKey(actorId, '').length,
    });
    return { total: rows.length, rows: rows.map((r) => ({ key: r.key, record: toEntry(actorId, r) })) };
  }
}
