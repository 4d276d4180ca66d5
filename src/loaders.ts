/**
 * DataLoaders: every nested field that would query once per list item instead
 * waits for the tick and asks once for the whole list.
 */
import DataLoader from 'dataloader';
import type { Repositories } from './context.js';
import type {
  EvidenceRecord,
  KeyedPage,
  NodeRecord,
  RoleRecord,
  StatementRecord,
  TenureRecord,
} from './repositories/records.js';
import type { AdjacencyKey, Neighbour, TenureKey } from './repositories/relationRepository.js';
import type { InterlocutorRecord, ThreadItem } from './repositories/conversationRepository.js';
import type { ChangeRecord, EdgeHistoryKey } from './repositories/auditRepository.js';
import type { StatementPageRequest } from './repositories/statementRepository.js';
import type { NodeTree } from './repositories/nodeTreeRepository.js';

export interface StatementPageKey {
  request: StatementPageRequest;
  /** Page size plus one. */
  limit: number;
}

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  adjacent: DataLoader<AdjacencyKey, KeyedPage<Neighbour>, string>;
  tenures: DataLoader<TenureKey, Array<{ tenure: TenureRecord; role: RoleRecord }>, string>;
  speakerRole: DataLoader<string, RoleRecord | null>;
  evidence: DataLoader<string, EvidenceRecord | null>;
  statementPage: DataLoader<StatementPageKey, KeyedPage<StatementRecord>, string>;
  thread: DataLoader<string, ThreadItem[]>;
  interlocutors: DataLoader<string, InterlocutorRecord[]>;
  /** Statement.sourceCount and Event.sourceCount: one query for every node of a response. */
  sourceCount: DataLoader<string, number>;
  nodeHistory: DataLoader<string, ChangeRecord[]>;
  edgeHistory: DataLoader<EdgeHistoryKey, ChangeRecord[], string>;
}

const byValue = { cacheKeyFn: (key: unknown) => JSON.stringify(key) };
/** For flat keys built in more than one place (a resolver loads them, a compiled query primes them): order-blind. */
const byFields = { cacheKeyFn: (key: object) => JSON.stringify(key, Object.keys(key).sort()) };

export function createLoaders(repos: Repositories): Loaders {
  const node = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const found = await repos.nodes.findByIds(ids);
    return ids.map((id) => found.get(id) ?? null);
  });

  return {
    node,
    adjacent: new DataLoader<AdjacencyKey, KeyedPage<Neighbour>, string>(async (keys) => {
      const results = await repos.relations.adjacent(keys);
      // Neighbours arrive whole: later node look-ups for them cost nothing.
      for (const page of results) for (const n of page.rows) node.prime(n.record.node.id, n.record.node);
      return results;
    }, byFields),
    tenures: new DataLoader<TenureKey, Array<{ tenure: TenureRecord; role: RoleRecord }>, string>(async (keys) => {
      const results = await repos.relations.tenures(keys);
      for (const list of results) for (const t of list) node.prime(t.role.id, t.role);
      return results;
    }, byFields),
    speakerRole: new DataLoader(async (ids) => {
      const roles = await repos.statements.speakerRoles(ids);
      return ids.map((id) => roles.get(id) ?? null);
    }),
    evidence: new DataLoader(async (ids) => {
      const found = await repos.sources.evidenceByIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    // One query for the whole batch, at the largest page size asked; each page is cut to its own size.
    statementPage: new DataLoader<StatementPageKey, KeyedPage<StatementRecord>, string>(async (keys) => {
      const limit = Math.max(...keys.map((k) => k.limit));
      const pages = await repos.statements.pages(
        keys.map((k) => k.request),
        limit,
      );
      return pages.map((page, i) => ({ total: page.total, rows: page.rows.slice(0, keys[i]!.limit) }));
    }, byValue),
    thread: new DataLoader((ids) => repos.conversations.threads(ids)),
    interlocutors: new DataLoader((ids) => repos.conversations.interlocutors(ids)),
    sourceCount: new DataLoader(async (ids) => {
      const counts = await repos.corroboration.sourceCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    nodeHistory: new DataLoader((ids) => repos.audit.nodeHistories(ids)),
    edgeHistory: new DataLoader<EdgeHistoryKey, ChangeRecord[], string>(
      (keys) => repos.audit.edgeHistories(keys),
      byValue,
    ),
  };
}

/** Files what a compiled query fetched where the nested fields' resolvers will load it: they send no query. */
export function primeTree(loaders: Loaders, tree: NodeTree): void {
  for (const n of tree.nodes) loaders.node.prime(n.id, n);
  for (const { key, page } of tree.adjacent) loaders.adjacent.prime(key, page);
  for (const { key, items } of tree.tenures) {
    loaders.tenures.prime(key, items);
    for (const t of items) loaders.node.prime(t.role.id, t.role);
  }
}
