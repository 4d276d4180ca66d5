/** Events, filtered by type, participant and date. */
import type { Database } from '../db/database.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { EventRecord } from './records.js';

export interface EventFilter {
  type: string | null;
  actor: string | null;
  from: string | null;
  to: string | null;
}

export class EventRepository {
  constructor(private readonly db: Database) {}

  /** Oldest first, undated last: the order a timeline reads in. */
  async list(filter: EventFilter): Promise<EventRecord[]> {
    const rows = await this.db.read<{ node: RawNode }>(
      'events:list',
      // With an actor, start from its edges rather than from every event.
      `CALL () {
         WITH $actor AS actor WHERE actor IS NOT NULL
         MATCH (:Node:Actor {id: actor})--(e:Event) RETURN DISTINCT e
         UNION
         WITH $actor AS actor WHERE actor IS NULL
         MATCH (e:Event) RETURN e
       }
       WITH e WHERE ($type IS NULL OR e.type = $type)
         AND ($from IS NULL OR e.date >= $from)
         AND ($to IS NULL OR e.date <= $to)
       RETURN ${RAW_NODE('e')} AS node ORDER BY e.date IS NULL, e.date, e.id`,
      filter as unknown as Record<string, unknown>,
    );
    return rows.map((r) => toNodeRecord(r.node) as EventRecord);
  }
}
