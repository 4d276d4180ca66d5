/**
 * Every write the API makes (docs/writes.md): one transaction per mutation, which also records one audit
 * node, `(:Change)-[:CHANGED]->(touched)`. A retracted node leaves `:Node` and its type labels for
 * `:Retracted`, and a retracted edge becomes a `:RetractedEdge` node, so no read query sees either
 * without being changed; both keep their reason.
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { rekeyedCypher } from '../domain/timelineKeys.js';
import { toChangeRecord, CHANGE_FIELDS, type ChangeRecord } from './auditRepository.js';
import { mergeRows, type FactRows } from './writeRepository.js';

/** Who makes a change and why: stored on its Change node. */
export interface ChangeMeta {
  by: string;
  mutation: string;
  idempotencyKey?: string | null;
  extractor?: string | null;
  reason?: string | null;
}

export interface WrittenChange {
  change: ChangeRecord;
  /** True when an idempotency key found an earlier change: nothing was written. */
  replayed: boolean;
  bookmarks: string[];
}

interface EdgeMoved {
  id: string;
  from: string;
  to: string;
}

/** The edge as a node of its own, with everything it said and why it was taken back; then the edge goes. */
const RETRACT_EDGE = (r: string) => `
  WITH ${r}, startNode(${r}).id AS from, endNode(${r}).id AS to,
       coalesce(${r}.id, startNode(${r}).id + '>' + type(${r}) + '>' + endNode(${r}).id) AS edgeId
  CREATE (e:RetractedEdge)
  SET e = properties(${r}), e.id = edgeId, e.edgeType = type(${r}), e.fromId = from, e.toId = to, e.retracted = true,
      e.retractedReason = $reason, e.retractedBy = $by, e.retractedAt = datetime.transaction(), e.changeId = $changeId
  DELETE ${r}
  RETURN edgeId AS id, from, to`;

/** The writes of one mutation, inside its transaction; it notes what it adds and retracts for the Change. */
export class ChangeWriter {
  readonly addedNodes = new Set<string>();
  readonly addedEdges = new Set<string>();
  readonly retractedNodes = new Set<string>();
  readonly retractedEdges = new Set<string>();
  /** Endpoints of the edges written: the Change links to them too. */
  private readonly endpoints = new Set<string>();

  constructor(
    private readonly tx: ManagedTransaction,
    readonly changeId: string,
    private readonly meta: ChangeMeta,
  ) {}

  /** Compiled facts (src/ingest/writeFacts.ts), merged on their stable ids as the loader merges them. */
  async mergeFacts(rows: FactRows): Promise<void> {
    await mergeRows(this.tx, rows);
    for (const n of rows.nodes) this.addedNodes.add(n.id);
    for (const e of rows.edges) this.noteEdge(this.addedEdges, e);
  }

  /** Which of `ids` are nodes of the graph (not retracted). */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.run<{ id: string }>(
      'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN n.id AS id', // mutation:existing
      { ids },
    );
    return new Set(rows.map((r) => r.id));
  }

  /** A statement's own evidence: an addressee added without evidence of its own shares it, as in facts files. */
  async evidenceOf(id: string): Promise<string[] | undefined> {
    const [row] = await this.run<{ ids: string[] }>(
      'MATCH (n:Node {id: $id}) RETURN coalesce(n.evidenceIds, []) AS ids', // mutation:evidence-of
      { id },
    );
    return row?.ids;
  }

  async addAlias(actorId: string, alias: string, nameKey: string): Promise<boolean> {
    const rows = await this.run<{ id: string }>(
      // mutation:add-alias
      `MATCH (a:Node:Actor {id: $id})
       SET a.aliases = coalesce(a.aliases, []) + [x IN [$alias] WHERE x <> a.name AND NOT x IN coalesce(a.aliases, [])],
           a.nameKeys = coalesce(a.nameKeys, []) + [x IN [$key] WHERE NOT x IN coalesce(a.nameKeys, [])]
       SET a.aliasesText = reduce(s = '', x IN a.aliases | s + ' ' + x)
       RETURN a.id AS id`,
      { id: actorId, alias, key: nameKey },
    );
    if (rows.length > 0) this.addedNodes.add(actorId);
    return rows.length > 0;
  }

  /** Retracts a node, or else an edge, by id; false when neither exists. */
  async retract(id: string, reason: string): Promise<boolean> {
    return (await this.retractNode(id, reason)) || (await this.retractEdge(id, reason));
  }

  /** The node and every edge it has leave the graph's reads; they stay stored with the reason. */
  async retractNode(id: string, reason: string): Promise<boolean> {
    const edges = await this.run<EdgeMoved>(
      // mutation:retract-node-edges
      `MATCH (:Node {id: $id})-[r]-() WHERE type(r) <> 'CHANGED'
       WITH DISTINCT r ${RETRACT_EDGE('r')}`,
      { id, reason },
    );
    for (const e of edges) this.noteEdge(this.retractedEdges, e);
    const rows = await this.run<{ id: string }>(
      // mutation:retract-node
      `MATCH (n:Node {id: $id})
       SET n.retractedLabels = labels(n), n.retracted = true, n.retractedReason = $reason, n.retractedBy = $by,
           n.retractedAt = datetime.transaction(), n.changeId = $changeId
       REMOVE n:$(labels(n))
       SET n:Retracted
       RETURN n.id AS id`,
      { id, reason },
    );
    if (rows.length > 0) this.retractedNodes.add(id);
    return rows.length > 0;
  }

  /**
   * An edge by its id: "from>TYPE>to" is found from its start node; a tenure's ("tenure:…") and the HEADS
   * edge it draws ("tenure:…>HEADS") through their own indexes.
   */
  async retractEdge(id: string, reason: string): Promise<boolean> {
    const edges = await this.run<EdgeMoved>(
      // mutation:retract-edge
      `CALL () {
         MATCH (:Node {id: $from})-[r]->(:Node) WHERE r.id = $id RETURN r
         UNION
         MATCH ()-[r:HOLDS {id: $id}]->() RETURN r
         UNION
         MATCH ()-[r:HEADS {id: $id}]->() RETURN r
       }
       WITH r LIMIT 1 ${RETRACT_EDGE('r')}`,
      { id, from: id.split('>')[0], reason },
    );
    for (const e of edges) this.noteEdge(this.retractedEdges, e);
    return edges.length > 0;
  }

  /**
   * Two actors that are one: the duplicate's edges move to the one kept (their ids renamed where they
   * name the duplicate), its names become aliases, and the duplicate is retracted with the reason.
   */
  async mergeActors(keep: string, duplicate: string, reason: string): Promise<void> {
    const moved = await this.run<{ old: string; new: string; other: string }>(
      // mutation:merge-actors-edges
      `MATCH (k:Node:Actor {id: $keep}), (d:Node:Actor {id: $duplicate})
       CALL (k, d) {
         MATCH (d)-[r]->(m:Node) WHERE m <> k
         WITH r, m, r.id AS old, type(r) AS type,
              CASE WHEN r.id = d.id + '>' + type(r) + '>' + m.id THEN k.id + '>' + type(r) + '>' + m.id ELSE r.id END AS new
         MERGE (k)-[n:$(type) {id: new}]->(m) SET n += properties(r), n.id = new, ${rekeyedCypher('n', 'r', 'd.id', 'k.id')}
         DELETE r
         RETURN old, new, m.id AS other
         UNION
         MATCH (m:Node)-[r]->(d) WHERE m <> k
         WITH r, m, r.id AS old, type(r) AS type,
              CASE WHEN r.id = m.id + '>' + type(r) + '>' + d.id THEN m.id + '>' + type(r) + '>' + k.id ELSE r.id END AS new
         MERGE (m)-[n:$(type) {id: new}]->(k) SET n += properties(r), n.id = new, ${rekeyedCypher('n', 'r', 'd.id', 'k.id')}
         DELETE r
         RETURN old, new, m.id AS other
       }
       RETURN old, new, other`,
      { keep, duplicate },
    );
    for (const m of moved) {
      this.retractedEdges.add(m.old);
      this.addedEdges.add(m.new);
      this.endpoints.add(m.other);
    }
    await this.run(
      // mutation:merge-actors-names
      `MATCH (k:Node:Actor {id: $keep}), (d:Node:Actor {id: $duplicate})
       WITH k, d, coalesce(k.aliases, []) AS had
       SET k.aliases = had + [x IN [d.name] + coalesce(d.aliases, []) WHERE x <> k.name AND NOT x IN had],
           k.nameKeys = coalesce(k.nameKeys, []) + [x IN coalesce(d.nameKeys, []) WHERE NOT x IN coalesce(k.nameKeys, [])],
           k.evidenceIds = coalesce(k.evidenceIds, []) + [x IN coalesce(d.evidenceIds, []) WHERE NOT x IN coalesce(k.evidenceIds, [])],
           d.mergedInto = k.id
       SET k.aliasesText = reduce(s = '', x IN k.aliases | s + ' ' + x)`,
      { keep, duplicate },
    );
    this.addedNodes.add(keep);
    await this.retractNode(duplicate, reason);
  }

  /** The Change itself, linked to every node it touched (retracted ones included). */
  async record(nodeId: string | null): Promise<ChangeRecord> {
    const touched = [...new Set([...this.addedNodes, ...this.retractedNodes, ...this.endpoints])];
    const [row] = await this.run<{ change: Record<string, unknown> }>(
      // mutation:record-change
      `CREATE (c:Change {id: $changeId, at: datetime.transaction(), by: $by, mutation: $mutation})
       SET c.extractor = $extractor, c.idempotencyKey = $idempotencyKey, c.reason = $changeReason, c.nodeId = $nodeId,
           c.addedNodes = $addedNodes, c.addedEdges = $addedEdges,
           c.retractedNodes = $retractedNodes, c.retractedEdges = $retractedEdges
       WITH c
       CALL (c) { UNWIND $touched AS id MATCH (n:Node {id: id}) MERGE (c)-[:CHANGED]->(n) }
       CALL (c) { UNWIND $touched AS id MATCH (n:Retracted {id: id}) MERGE (c)-[:CHANGED]->(n) }
       RETURN ${CHANGE_FIELDS('c')} AS change`,
      {
        mutation: this.meta.mutation,
        extractor: this.meta.extractor ?? null,
        idempotencyKey: this.meta.idempotencyKey ?? null,
        changeReason: this.meta.reason ?? null,
        nodeId,
        addedNodes: [...this.addedNodes],
        addedEdges: [...this.addedEdges],
        retractedNodes: [...this.retractedNodes],
        retractedEdges: [...this.retractedEdges],
        touched,
      },
    );
    return toChangeRecord(row!.change);
  }

  private noteEdge(into: Set<string>, edge: EdgeMoved): void {
    into.add(edge.id);
    this.endpoints.add(edge.from);
    this.endpoints.add(edge.to);
  }

  private async run<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const result = await this.tx.run(cypher, { ...params, by: this.meta.by, changeId: this.changeId });
    return result.records.map((r) => r.toObject() as T);
  }
}

export class MutationRepository {
  constructor(private readonly db: Database) {}

  /**
   * Runs one mutation and records its Change, in one transaction. With an idempotency key that an
   * earlier change holds, nothing is written and that change is returned.
   */
  async write(
    meta: ChangeMeta,
    work: (writer: ChangeWriter) => Promise<{ nodeId: string | null }>,
  ): Promise<WrittenChange> {
    const { result, bookmarks } = await this.db.writeWithBookmarks(`mutation:${meta.mutation}`, async (tx) => {
      if (meta.idempotencyKey) {
        const earlier = await changeByKey(tx, meta.idempotencyKey);
        if (earlier) return { change: earlier, replayed: true };
      }
      const writer = new ChangeWriter(tx, `change:${randomUUID()}`, meta);
      const { nodeId } = await work(writer);
      return { change: await writer.record(nodeId), replayed: false };
    });
    return { ...result, bookmarks };
  }

  /** The change an idempotency key made (a retry that lost the race to it reads it here). */
  async changeByKey(key: string): Promise<ChangeRecord | undefined> {
    const rows = await this.db.read<{ change: Record<string, unknown> }>(
      'mutation:change-by-key',
      `MATCH (c:Change {idempotencyKey: $key}) RETURN ${CHANGE_FIELDS('c')} AS change`,
      { key },
    );
    return rows[0] ? toChangeRecord(rows[0].change) : undefined;
  }
}

async function changeByKey(tx: ManagedTransaction, key: string): Promise<ChangeRecord | undefined> {
  const result = await tx.run(
    // mutation:change-by-key
    `MATCH (c:Change {idempotencyKey: $key}) RETURN ${CHANGE_FIELDS('c')} AS change`,
    { key },
  );
  const row = result.records[0];
  return row ? toChangeRecord(row.get('change') as Record<string, unknown>) : undefined;
}
