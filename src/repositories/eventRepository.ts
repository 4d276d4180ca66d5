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
      `MATCH (e:Event)
       WHERE ($type IS NULL OR e.type = $type)
         AND ($actor IS NULL OR EXISTS { (e)--(:Actor {id: $actor}) })
         AND ($from IS NULL OR e.date >= $from)
         AND ($to IS NULL OR e.date <= $to)
       RETURN ${RAW_NODE('e')} AS node ORDER BY e.date IS NULL, e.date, e.id`,
      filter as unknown as Record<string, unknown>,
    );
    return rows.map((r) => toNodeRecord(r.node) as EventRecord);
  }
}
