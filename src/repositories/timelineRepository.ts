/** An actor's history in date order: what it said, the events it took part in, the posts it took up and left. */
import type { Database } from '../db/database.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { DatePrecision, NodeRecord, TenureRecord } from './records.js';
import { toTenure } from './relationRepository.js';

export type TimelineKind = 'STATEMENT' | 'EVENT' | 'TENURE_START' | 'TENURE_END';

export interface TimelineEntryRecord {
  kind: TimelineKind;
  date: string | null;
  datePrecision: DatePrecision | null;
  node: NodeRecord;
  tenure: TenureRecord | null;
  parts: string[];
}

export class TimelineRepository {
  constructor(private readonly db: Database) {}

  /** Oldest first; undated entries last, and left out when a from or to bound is given. */
  async timeline(actorId: string, from: string | null, to: string | null): Promise<TimelineEntryRecord[]> {
    const rows = await this.db.read<{
      kind: TimelineKind;
      date: string | null;
      precision: DatePrecision | null;
      node: RawNode;
      tenure: Record<string, unknown> | null;
      parts: string[];
    }>(
      'timeline:actor',
      `MATCH (a:Node:Actor {id: $actor})
       CALL (a) {
         MATCH (a)-[:SAID]->(s:Statement)
         RETURN 'STATEMENT' AS kind, s.date AS date, s.datePrecision AS precision, s AS node, null AS tenure, [] AS parts
         UNION ALL
         MATCH (a)-[r]-(e:Event) WHERE r.role IS NOT NULL
         WITH e, collect(DISTINCT r.role) AS parts
         RETURN 'EVENT' AS kind, e.date AS date, e.datePrecision AS precision, e AS node, null AS tenure, parts
         UNION ALL
         MATCH (a)-[h:HOLDS]->(role:Role) WHERE h.start IS NOT NULL
         RETURN 'TENURE_START' AS kind, h.start AS date, h.startPrecision AS precision, role AS node, properties(h) AS tenure, [] AS parts
         UNION ALL
         MATCH (a)-[h:HOLDS]->(role:Role) WHERE h.end IS NOT NULL
         RETURN 'TENURE_END' AS kind, h.end AS date, h.endPrecision AS precision, role AS node, properties(h) AS tenure, [] AS parts
       }
       WITH a, kind, date, precision, node, tenure, parts
       WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
       RETURN kind, date, precision, ${RAW_NODE('node')} AS node, tenure, parts
       ORDER BY date IS NULL, date, kind, node.props.id`,
      { actor: actorId, from, to },
    );
    return rows.map((r) => {
      const node = toNodeRecord(r.node);
      return {
        kind: r.kind,
        date: r.date,
        datePrecision: r.precision,
        node,
        tenure: r.tenure ? toTenure(r.tenure, actorId, node.id) : null,
        parts: r.parts,
      };
    });
  }
}
