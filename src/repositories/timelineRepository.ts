/** An actor's history in date order: what it said, the events it took part in, the posts it took up and left. */
import type { Database } from '../db/database.js';
import { overlapsCypher, type DateRange } from '../domain/dates.js';
import { RAW_NODE, knownOf, rangeOf, toNodeRecord, type RawNode } from './mapNode.js';
import type { Basis, DatePrecision, KeyedPage, NodeRecord, TenureRecord } from './records.js';
import { toTenure } from './relationRepository.js';

export type TimelineKind = 'STATEMENT' | 'EVENT' | 'TENURE_START' | 'TENURE_END';

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

/**
 * An entry's place in the history as one string: date (undated last: "~" sorts after every digit),
 * kind, node id and tenure id (a post held twice gives two entries). Keyset pages cut on it.
 */
const ENTRY_KEY = `coalesce(date, '~') + '\t' + kind + '\t' + node.id + '\t' + coalesce(tenure.id, '')`;

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
    const rows = await this.db.read<RawEntry>(
      'timeline:page',
      `${ENTRIES}
       WITH kind, date, precision, range, known, node, tenure, parts, ${ENTRY_KEY} AS key
       WHERE $after IS NULL OR key > $after
       ORDER BY key
       LIMIT $limit
       ${RETURN_ENTRY}, key`,
      { actor: actorId, ...filter, after, limit },
    );
    return { total: rows.length, rows: rows.map((r) => ({ key: r.key, record: toEntry(actorId, r) })) };
  }
}
