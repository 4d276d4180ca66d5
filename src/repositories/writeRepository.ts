/**
 * Everything the ingest asks of the graph: whether it is empty, which of the ids a facts file
 * refers to it already holds, and the write of a batch of compiled rows on stable ids, in one
 * transaction (loading a file twice changes nothing; a failure part-way leaves the graph as it was).
 * Rows are grouped by label set and relationship type, so each query has a fixed text with static labels.
 */
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import {
  KEYED_STATEMENT_EDGES,
  setStatementKeyCypher,
  STATEMENT_KEY,
  type KeyedStatementEdge,
} from '../domain/statementKeys.js';

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

/** Rows whose properties named in `lists` hold an empty list; an edge is found from its start node. */
export interface EmptyListRows {
  nodes: Array<{ id: string; lists: Record<string, never[]> }>;
  evidence: Array<{ id: string; lists: Record<string, never[]> }>;
  edges: Array<{ id: string; from: string; lists: Record<string, never[]> }>;
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

/**
 * The labels a compiled row may carry. Labels and relationship types are written into the query text (a
 * static label or type plans without the Eager operator a dynamic one needs, and each text is planned once),
 * so only these labels and UPPER_SNAKE_CASE types, the facts schema's codes, ever reach it.
 */
const NODE_LABELS = new Set([
  'Source',
  'Actor',
  'Person',
  'Organization',
  'Country',
  'Group',
  'Role',
  'Event',
  'Statement',
]);
const EDGE_TYPE = /^[A-Z][A-Z0-9_]*$/;

export function labelsText(labels: readonly string[]): string {
  for (const l of labels) if (!NODE_LABELS.has(l)) throw new RangeError(`unknown node label ${l}`);
  return labels.map((l) => `:${l}`).join('');
}

function typeText(type: string): string {
  if (!EDGE_TYPE.test(type)) throw new RangeError(`relationship type ${type} is not an UPPER_SNAKE_CASE code`);
  return type;
}

/**
 * What a node or evidence row gets, the lists and search text included, as one map: a CREATE with static
 * labels and one `SET n = map` plans without Eager. The values are those the MERGE below gives a new node.
 */
export function createdProps(row: NodeRow): Record<string, unknown> {
  return {
    ...row.props,
    id: row.id,
    evidenceIds: row.evidenceIds,
    aliases: row.aliases,
    nameKeys: row.nameKeys,
    aliasesText: row.aliases.map((a) => ` ${a}`).join(''),
    ...(row.labels.includes('Source') ? { text: row.sourceText ?? '' } : {}),
  };
}

const NODE_CREATE = (labels: readonly string[]) =>
  `UNWIND $rows AS row CREATE (n:Node${labelsText(labels)}) SET n = row`;

const NODE_MERGE = (labels: readonly string[]) =>
  `UNWIND $rows AS row
   MERGE (n:Node {id: row.id})
   SET n${labelsText(labels)}, n += row.props, ${UNION('n', 'evidenceIds')}, ${UNION('n', 'aliases')}, ${UNION('n', 'nameKeys')}
   SET n.aliasesText = reduce(s = '', a IN n.aliases | s + ' ' + a)` +
  (labels.includes('Source') ? ` SET n.text = coalesce(row.sourceText, n.text, '')` : '');

const EVIDENCE_CREATE = 'UNWIND $rows AS row CREATE (e:Evidence) SET e = row';
const EVIDENCE_MERGE = 'UNWIND $rows AS row MERGE (e:Evidence {id: row.id}) SET e += row';

/**
 * New edges, whatever their type, in one text: a relationship's properties set from a map plan with an
 * Eager whether the type is static or not, so one text saves planning one per type.
 */
const EDGE_CREATE = `UNWIND $rows AS row
   MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
   CREATE (a)-[r:$(row.type)]->(b)
   SET r = row.props`;

export const createdEdge = (row: EdgeRow) => ({
  from: row.from,
  to: row.to,
  type: typeText(row.type),
  props: { ...row.props, id: row.id, evidenceIds: row.evidenceIds },
});

const EDGE_MERGE = (type: string) =>
  `UNWIND $rows AS row
   MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
   MERGE (a)-[r:${typeText(type)} {id: row.id}]->(b)
   SET r += row.props, ${UNION('r', 'evidenceIds')}`;

/**
 * A statement's edge to its speaker, addressee or subject written as a relation (addAddressee, a facts file's
 * relations) does not know the statement's sortKey: its anchored key (src/domain/statementKeys.ts) is read
 * from the graph once the edge is there. The statement facts' own edges carry it already.
 */
const STATEMENT_KEY_SET = (type: KeyedStatementEdge) =>
  `UNWIND $rows AS row
   MATCH (a:Node {id: row.from})-[r:${type} {id: row.id}]->(b:Node {id: row.to})
   ${KEYED_STATEMENT_EDGES[type].anchor === 'start' ? `WHERE b:Statement SET ${setStatementKeyCypher('r', 'b', 'a')}` : `WHERE a:Statement SET ${setStatementKeyCypher('r', 'a', 'b')}`}`;

const unkeyedStatementEdges = (rows: readonly EdgeRow[], type: KeyedStatementEdge) =>
  rows.filter((e) => e.type === type && e.props[STATEMENT_KEY] === undefined);

/**
 * What a load has written so far, across its batches. A row can be CREATEd (no index probe, no lock on a
 * match, no Eager) only when nothing can match it: a node or evidence id the graph did not hold and this load
 * has not written yet, an edge from or to a node this load created whose id it has not written yet. Anything
 * else, a re-run after an interruption included, goes through MERGE, so loading again never duplicates.
 */
export class LoadLedger {
  readonly createdNodes = new Set<string>();
  readonly writtenNodes = new Set<string>();
  readonly writtenEdges = new Set<string>();
  readonly writtenEvidence = new Set<string>();

  /** Records a committed batch (a batch rolled back leaves the ledger as it was). */
  commit(batch: LoadLedger): void {
    for (const kind of ['createdNodes', 'writtenNodes', 'writtenEdges', 'writtenEvidence'] as const)
      for (const id of batch[kind]) this[kind].add(id);
  }
}

/** Rows split into those to create and those to merge, grouped by the query text each takes. */
type Plan<R> = Map<string, { create: R[]; merge: R[] }>;

function addTo<R>(plan: Plan<R>, key: string, row: R, create: boolean): void {
  const group = plan.get(key) ?? { create: [], merge: [] };
  (create ? group.create : group.merge).push(row);
  plan.set(key, group);
}

/**
 * Groups rows by query key, each group split into rows to create (an id that neither the graph, the load so
 * far nor an earlier row of the batch holds) and rows to merge; records every id in the batch's `written`.
 * `held` null: nothing is created (MERGE waits on the constraint's lock for a concurrent writer of the id).
 */
function split<R extends { id: string }>(
  rows: readonly R[],
  held: ReadonlySet<string> | null,
  loaded: ReadonlySet<string>,
  written: Set<string>,
  keyOf: (row: R) => string,
): Plan<R> {
  const plan: Plan<R> = new Map();
  for (const row of rows) {
    addTo(plan, keyOf(row), row, held !== null && !held.has(row.id) && !loaded.has(row.id) && !written.has(row.id));
    written.add(row.id);
  }
  return plan;
}

async function existing(
  tx: ManagedTransaction,
  label: 'Node' | 'Evidence',
  rows: ReadonlyArray<{ id: string }>,
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const ids = rows.map((r) => r.id);
  const result = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`, { ids });
  return new Set(result.records.map((r) => r.get('id') as string));
}

async function writeRows(
  tx: ManagedTransaction,
  rows: FactRows,
  ledger: LoadLedger,
  creates: boolean,
): Promise<{ totals: WriteTotals; batch: LoadLedger }> {
  const batch = new LoadLedger();
  const queries: Array<[string, unknown[]]> = [];
  const evidence = split(
    rows.evidence,
    creates ? await existing(tx, 'Evidence', rows.evidence) : null,
    ledger.writtenEvidence,
    batch.writtenEvidence,
    () => 'Evidence',
  );
  for (const g of evidence.values()) queries.push([EVIDENCE_CREATE, g.create], [EVIDENCE_MERGE, g.merge]);
  const nodes = split(
    rows.nodes,
    creates ? await existing(tx, 'Node', rows.nodes) : null,
    ledger.writtenNodes,
    batch.writtenNodes,
    (n) => n.labels.join(':'),
  );
  for (const g of nodes.values()) for (const n of g.create) batch.createdNodes.add(n.id);
  for (const [key, g] of nodes) {
    const labels = key.split(':');
    queries.push([NODE_CREATE(labels), g.create.map(createdProps)], [NODE_MERGE(labels), g.merge]);
  }
  const created = (id: string) => ledger.createdNodes.has(id) || batch.createdNodes.has(id);
  const edges: Plan<EdgeRow> = new Map();
  for (const e of rows.edges) {
    const seen = ledger.writtenEdges.has(e.id) || batch.writtenEdges.has(e.id);
    addTo(edges, e.type, e, creates && !seen && (created(e.from) || created(e.to)));
    batch.writtenEdges.add(e.id);
  }
  queries.push([EDGE_CREATE, [...edges.values()].flatMap((g) => g.create.map(createdEdge))]);
  for (const [type, g] of edges) queries.push([EDGE_MERGE(type), g.merge]);
  for (const type of Object.keys(KEYED_STATEMENT_EDGES) as KeyedStatementEdge[])
    queries.push([STATEMENT_KEY_SET(type), unkeyedStatementEdges(rows.edges, type)]);

  const totals: WriteTotals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  for (const [cypher, params] of queries) {
    if (params.length === 0) continue;
    const c = (await tx.run(cypher, { rows: params })).summary.counters.updates();
    totals.nodesCreated += c.nodesCreated;
    totals.relationshipsCreated += c.relationshipsCreated;
    totals.propertiesSet += c.propertiesSet;
  }
  return { totals, batch };
}

/**
 * Rows written inside a caller's transaction (a mutation, with its audit Change), all through MERGE: two
 * requests may add the same new actor at once, and MERGE lets the second find the first's instead of failing.
 */
export async function mergeRows(tx: ManagedTransaction, rows: FactRows): Promise<WriteTotals> {
  return (await writeRows(tx, rows, new LoadLedger(), false)).totals;
}

/** How many rows of empty lists one transaction sets: small maps, a seek each. */
const EMPTY_LIST_BATCH = 20_000;

const SET_EMPTY_LISTS = {
  nodes: 'UNWIND $rows AS row MATCH (n:Node {id: row.id}) SET n += row.lists',
  evidence: 'UNWIND $rows AS row MATCH (e:Evidence {id: row.id}) SET e += row.lists',
  // Relationship ids are indexed only for some types: seek the start node, then look at its edges.
  edges: 'UNWIND $rows AS row MATCH (:Node {id: row.from})-[r]->() WHERE r.id = row.id SET r += row.lists',
} as const;

/** Another writer created one of the batch's ids between this batch's look and its CREATE. */
const lostCreateRace = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';

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

  /**
   * After `neo4j-admin database import` (a fresh load), which stores an empty list as no property: sets the
   * empty lists the loader would have stored, so both paths build the same graph. Needs the id constraints online.
   */
  async setEmptyLists(rows: EmptyListRows): Promise<number> {
    let set = 0;
    for (const kind of ['nodes', 'evidence', 'edges'] as const)
      for (let i = 0; i < rows[kind].length; i += EMPTY_LIST_BATCH) {
        const batch = rows[kind].slice(i, i + EMPTY_LIST_BATCH);
        await this.db.write(`ingest:empty-lists-${kind}`, SET_EMPTY_LISTS[kind], { rows: batch });
        set += batch.length;
      }
    return set;
  }

  /**
   * Evidence first, then nodes, then the edges between them, in one transaction: each write finds what it
   * refers to. `ledger` carries what earlier batches of the same load wrote.
   */
  async writeFacts(rows: FactRows, ledger = new LoadLedger()): Promise<WriteTotals> {
    const write = (creates: boolean) =>
      this.db.writeTransaction('ingest:facts-file', (tx) => writeRows(tx, rows, ledger, creates));
    // Two loads at once (two `npm run seed`s) may both see an id as new; the one that loses the race writes
    // its batch again through MERGE, which finds what the other created.
    const { totals, batch } = await write(true).catch((error: unknown) => {
      if (lostCreateRace(error)) return write(false);
      throw error;
    });
    ledger.commit(batch);
    return totals;
  }
}
