/**
 * Everything the ingest asks of the graph: whether it is empty, which of the ids a facts file
 * refers to it already holds, and the MERGE of a compiled file on stable ids, in one
 * transaction (loading a file twice changes nothing; a failure part-way leaves the graph as it was).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';

export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  evidenceIds: string[];
  aliases: string[];
  nameKeys: string[];
  /** A source's text, kept apart so a source cited again without it keeps the text it has. */
  sourceText?: string | null;
}

export interface EdgeRow {
  id: string;
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
  evidenceIds: string[];
}

export interface EvidenceRow {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  excerpt: string;
}

/** A facts file compiled into the rows each write takes. */
export interface FactRows {
  nodes: NodeRow[];
  edges: EdgeRow[];
  evidence: EvidenceRow[];
}

export interface WriteTotals {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** Adds the row's list items the stored list lacks: what one file cites never erases what another did. */
const UNION = (target: string, field: string) =>
  `${target}.${field} = coalesce(${target}.${field}, []) + [x IN row.${field} WHERE NOT x IN coalesce(${target}.${field}, [])]`;

export async function mergeRows(tx: ManagedTransaction, rows: FactRows): Promise<WriteTotals> {
  const results = [
    await tx.run(
      `UNWIND $rows AS row
       MERGE (e:Evidence {id: row.id}) SET e += row`,
      { rows: rows.evidence },
    ),
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:Node {id: row.id})
       SET n:$(row.labels), n += row.props, ${UNION('n', 'evidenceIds')}, ${UNION('n', 'aliases')}, ${UNION('n', 'nameKeys')}
       SET n.aliasesText = reduce(s = '', a IN n.aliases | s + ' ' + a)
       WITH n, row WHERE 'Source' IN row.labels
       SET n.text = coalesce(row.sourceText, n.text, '')`,
      { rows: rows.nodes },
    ),
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
       MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
       SET r += row.props, ${UNION('r', 'evidenceIds')}`,
      { rows: rows.edges },
    ),
  ];
  const totals: WriteTotals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  for (const r of results) {
    const c = r.summary.counters.updates();
    totals.nodesCreated += c.nodesCreated;
    totals.relationshipsCreated += c.relationshipsCreated;
    totals.propertiesSet += c.propertiesSet;
  }
  return totals;
}

export class WriteRepository {
  constructor(private readonly db: Database) {}

  async isEmpty(): Promise<boolean> {
    const [row] = await this.db.read<{ any: boolean }>(
      'seed:is-empty',
      'OPTIONAL MATCH (n:Node) WITH n LIMIT 1 RETURN n IS NOT NULL AS any',
    );
    return !row?.any;
  }

  /** Which of `ids` the graph holds, each with its text (a source's; null for other nodes). */
  async existingTexts(ids: readonly string[]): Promise<Map<string, string | null>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.read<{ id: string; text: string | null }>(
      'ingest:external-ids',
      'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id, n.text AS text',
      { ids },
    );
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  /** Evidence first, then nodes, then the edges between them: each write finds what it refers to. */
  writeFacts(rows: FactRows): Promise<WriteTotals> {
    return this.db.writeTransaction('ingest:facts-file', (tx) => mergeRows(tx, rows));
  }
}
