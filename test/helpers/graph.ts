/**
 * Direct looks at the test database, for tests that write: a snapshot to prove that nothing changed,
 * and a clean-up that removes exactly what a test made.
 */
import type { Database } from '../../src/db/database.js';
import { BACKFILLS } from '../../src/db/migrations.js';

export interface GraphSnapshot {
  nodes: number;
  relationships: number;
  properties: number;
  /** Every node and relationship with its labels or type and all its properties, in a stable order: equal means unchanged. */
  fingerprint: string;
}

/** JSON with object keys sorted, so the order properties were set in does not matter. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function graphSnapshot(db: Database): Promise<GraphSnapshot> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'test:snapshot-nodes',
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const rels = await db.read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    'test:snapshot-relationships',
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const nodeRows = nodes.map((n) => stableJson({ labels: [...n.labels].sort(), props: n.props })).sort();
  const relRows = rels.map((r) => stableJson(r)).sort();
  const count = (rows: Array<{ props: Record<string, unknown> }>) =>
    rows.reduce((sum, r) => sum + Object.keys(r.props).length, 0);
  return {
    nodes: nodes.length,
    relationships: rels.length,
    properties: count(nodes) + count(rels),
    fingerprint: stableJson([nodeRows, relRows]),
  };
}

export async function evidenceIds(db: Database): Promise<Set<string>> {
  const rows = await db.read<{ id: string }>('test:evidence-ids', 'MATCH (e:Evidence) RETURN e.id AS id');
  return new Set(rows.map((r) => r.id));
}

export async function existingNodeIds(db: Database, ids: readonly string[]): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    'test:existing-ids',
    'MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id',
    { ids: [...ids] },
  );
  return rows.map((r) => r.id);
}

/** Deletes the nodes with these ids (and so their relationships), and these Evidence nodes: only what a test made. */
export async function removeTestFacts(
  db: Database,
  nodeIds: readonly string[],
  evidence: Iterable<string>,
): Promise<void> {
  await db.write('test:remove-nodes', 'MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n', { ids: [...nodeIds] });
  await db.write('test:remove-evidence', 'MATCH (e:Evidence) WHERE e.id IN $ids DETACH DELETE e', {
    ids: [...evidence],
  });
}

/** Makes the graph look as if loaded before the migration ledger existed: the next migrate backfills again. */
export async function forgetBackfills(db: Database): Promise<void> {
  await db.write('test:forget-backfills', 'MATCH (m:Migration) WHERE m.id IN $ids DELETE m', {
    ids: BACKFILLS.map((m) => m.name),
  });
}
