/** Sources and the evidence excerpts cut from them. */
import type { Database } from '../db/database.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { EvidenceRecord, SourceRecord } from './records.js';

export class SourceRepository {
  constructor(private readonly db: Database) {}

  async all(): Promise<SourceRecord[]> {
    const rows = await this.db.read<{ node: RawNode }>(
      'sources:all',
      `MATCH (s:Source) RETURN ${RAW_NODE('s')} AS node ORDER BY s.id`,
    );
    return rows.map((r) => toNodeRecord(r.node) as SourceRecord);
  }

  /** Batched by the evidence loader: one query for any number of ids. */
  async evidenceByIds(ids: readonly string[]): Promise<Map<string, EvidenceRecord>> {
    const rows = await this.db.read<EvidenceRecord>(
      'evidence:by-ids',
      `UNWIND $ids AS id MATCH (e:Evidence {id: id})
       RETURN e.id AS id, e.sourceId AS sourceId, e.excerpt AS excerpt, e.start AS start, e.end AS end`,
      { ids },
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
