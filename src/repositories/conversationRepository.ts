/** Conversations: the threads of responses around a statement, and who addresses whom. */
import type { Database } from '../db/database.js';
import { RAW_NODE, toNodeRecord, type RawNode } from './mapNode.js';
import type { ActorRecord, NodeRecord } from './records.js';

export interface ThreadItem {
  node: NodeRecord;
  /** Negative: what the statement answers (-1 directly); 0: the statement; positive: its responses. */
  depth: number;
}

export interface InterlocutorRecord {
  actor: ActorRecord;
  /** Statements of the actor asked about addressed to this one. */
  addressed: number;
  /** Statements of this one addressed to the actor asked about. */
  addressedBy: number;
}

/** How far a chain of responses is followed each way. */
const MAX_THREAD_DEPTH = 10;

export class ConversationRepository {
  constructor(private readonly db: Database) {}

  /** For each statement: the statements and events it answers, transitively, and those that answer it. */
  async threads(ids: readonly string[]): Promise<ThreadItem[][]> {
    const rows = await this.db.read<{ id: string; items: Array<{ node: RawNode; depth: number }> }>(
      'statements:threads',
      `UNWIND $ids AS id
       MATCH (s:Node:Statement {id: id})
       CALL (s) {
         OPTIONAL MATCH p = (s)-[:RESPONDS_TO]->{1,${MAX_THREAD_DEPTH}}(x:Node)
         WITH x, -min(length(p)) AS depth WHERE x IS NOT NULL
         RETURN collect({node: ${RAW_NODE('x')}, depth: depth}) AS answered
       }
       CALL (s) {
         OPTIONAL MATCH p = (x:Node)-[:RESPONDS_TO]->{1,${MAX_THREAD_DEPTH}}(s)
         WITH x, min(length(p)) AS depth WHERE x IS NOT NULL
         RETURN collect({node: ${RAW_NODE('x')}, depth: depth}) AS answers
       }
       RETURN id, answered + [{node: ${RAW_NODE('s')}, depth: 0}] + answers AS items`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) =>
      (byId.get(id) ?? [])
        .map((item) => ({ node: toNodeRecord(item.node), depth: item.depth }))
        .sort((a, b) => a.depth - b.depth || a.node.id.localeCompare(b.node.id)),
    );
  }

  /** Whom each actor addresses and who addresses it, most exchanges first. */
  async interlocutors(ids: readonly string[]): Promise<InterlocutorRecord[][]> {
    const rows = await this.db.read<{
      id: string;
      items: Array<{ node: RawNode; addressed: number; addressedBy: number }>;
    }>(
      'actors:interlocutors',
      `UNWIND $ids AS id
       MATCH (a:Node:Actor {id: id})
       CALL (a) {
         MATCH (a)-[:SAID]->(:Statement)-[:ADDRESSED_TO]->(b:Actor) WHERE b <> a
         RETURN b, 1 AS addressed, 0 AS addressedBy
         UNION ALL
         MATCH (b:Actor)-[:SAID]->(:Statement)-[:ADDRESSED_TO]->(a) WHERE b <> a
         RETURN b, 0 AS addressed, 1 AS addressedBy
       }
       WITH id, b, sum(addressed) AS addressed, sum(addressedBy) AS addressedBy
       ORDER BY addressed + addressedBy DESC, b.id
       RETURN id, collect({node: ${RAW_NODE('b')}, addressed: addressed, addressedBy: addressedBy}) AS items`,
      { ids },
    );
    const byId = new Map(rows.map((r) => [r.id, r.items]));
    return ids.map((id) =>
      (byId.get(id) ?? []).map((i) => ({
        actor: toNodeRecord(i.node) as ActorRecord,
        addressed: i.addressed,
        addressedBy: i.addressedBy,
      })),
    );
  }
}
