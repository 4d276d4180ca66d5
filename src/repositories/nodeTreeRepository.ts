/**
 * A node with the nested fields a request selected below it (its relations, a statement's subjects, a
 * person's tenures, and the same one level further down), in one query: one Cypher statement per root
 * field instead of one batched query per level. The answer is the rows those fields' loaders would
 * have fetched, keyed as they load them, so the resolvers read them from the loaders' caches.
 */
import type { Database } from '../db/database.js';
import { adjacencyFilterCypher, tenureFilterCypher } from './filters.js';
import { knownOf, publicProperties, RAW_NODE, TENURE_PROPERTIES, toNodeRecord, type RawNode } from './mapNode.js';
import type { KeyedPage, NodeRecord, RelationRecord, RoleRecord, TenureRecord } from './records.js';
import { toTenure, type AdjacencyKey, type Neighbour, type TenureKey } from './relationRepository.js';

/** What to fetch with each node: neighbours by adjacency key, tenures, and what to fetch with each neighbour. */
export interface NodeTreePlan {
  adjacent: AdjacentPlan[];
  tenures: TenurePlan[];
}

export interface AdjacentPlan {
  /** The labels whose nodes have the field (Statement for `about`); other nodes skip it. */
  on: string[];
  /** The key the field's resolver loads, for any node id (the id is replaced by each node's). */
  key: AdjacencyKey;
  below: NodeTreePlan;
}

/** A person's tenures (`roles`), for any person id. */
export interface TenurePlan {
  key: TenureKey;
}

export interface TenureWithRole {
  tenure: TenureRecord;
  role: RoleRecord;
}

/** Every node of the tree (the root first), and each planned field's answer under its node's key. */
export interface NodeTree {
  nodes: NodeRecord[];
  adjacent: Array<{ key: AdjacencyKey; page: KeyedPage<Neighbour> }>;
  tenures: Array<{ key: TenureKey; items: TenureWithRole[] }>;
}

interface RawTree {
  node: RawNode;
  /** Per planned field, in plan order; null where the node has not the field. */
  adjacent: Array<RawRelation[] | null>;
  tenures: Array<RawTenure[] | null>;
}

interface RawRelation {
  key: string;
  type: string;
  out: boolean;
  props: Record<string, unknown>;
  node: RawTree;
}

interface RawTenure {
  props: Record<string, unknown>;
  role: RawNode;
}

/** A field guarded by the node's labels: null on nodes that have not the field, so nothing is primed for them. */
const guarded = (n: string, labels: string[], collect: string) =>
  `CASE WHEN ${labels.map((l) => `${n}:${l}`).join(' OR ')} THEN ${collect} END`;

/**
 * The projection of node `n` at `depth` with its planned fields. Each field's key is a parameter
 * (`$keys[i]`), so the text depends on the plan's shape only, never on the arguments: one plan per shape.
 * Variables carry the depth, as a nested subquery may not redeclare its outer ones.
 */
function treeProjection(n: string, plan: NodeTreePlan, depth: number, keys: unknown[]): string {
  const adjacent = plan.adjacent.map(({ on, key, below }) => {
    const k = `$keys[${keys.push(key) - 1}]`;
    const [r, m, sortKey] = [`r${depth}`, `n${depth + 1}`, `key${depth}`];
    return guarded(
      n,
      on,
      `COLLECT {
        MATCH (${n})-[${r}]-(${m}:Node) WHERE ${adjacencyFilterCypher(k, n, r, m)}
        WITH ${r}, ${m}, type(${r}) + ' ' + ${m}.id + ' ' + coalesce(${r}.id, '') AS ${sortKey} ORDER BY ${sortKey}
        RETURN {key: ${sortKey}, type: type(${r}), out: startNode(${r}) = ${n}, props: properties(${r}),
                node: ${treeProjection(m, below, depth + 1, keys)}}
      }`,
    );
  });
  const tenures = plan.tenures.map(({ key }) => {
    const k = `$keys[${keys.push(key) - 1}]`;
    const [h, role] = [`h${depth}`, `role${depth}`];
    return guarded(
      n,
      ['Person'],
      `COLLECT {
        MATCH (${n})-[${h}:HOLDS]->(${role}:Role)
        WHERE ${tenureFilterCypher(k, h)}
        WITH ${h}, ${role} ORDER BY ${h}.current DESC, coalesce(${h}.start, '') DESC, ${h}.id
        RETURN {props: ${TENURE_PROPERTIES(h)}, role: ${RAW_NODE(role)}}
      }`,
    );
  });
  return `{node: ${RAW_NODE(n)}, adjacent: [${adjacent.join(', ')}], tenures: [${tenures.join(', ')}]}`;
}

function toRelation(from: string, raw: RawRelation, to: string): RelationRecord {
  return {
    id: String(raw.props.id ?? `${from}>${raw.type}>${to}`),
    type: raw.type,
    direction: raw.out ? 'OUT' : 'IN',
    nodeId: to,
    properties: publicProperties(raw.props),
    evidenceIds: (raw.props.evidenceIds as string[]) ?? [],
    ...knownOf(raw.props),
  };
}

/** Walks the raw tree beside its plan, filing each field's rows under the key of its node; returns the node. */
function collectTree(raw: RawTree, plan: NodeTreePlan, tree: NodeTree): NodeRecord {
  const node = toNodeRecord(raw.node);
  tree.nodes.push(node);
  plan.adjacent.forEach(({ key, below }, i) => {
    const rels = raw.adjacent[i];
    if (!rels) return;
    const rows = rels.map((rel) => {
      const other = collectTree(rel.node, below, tree);
      return { key: rel.key, record: { relation: toRelation(node.id, rel, other.id), node: other } };
    });
    tree.adjacent.push({ key: { ...key, id: node.id }, page: { total: rows.length, rows } });
  });
  plan.tenures.forEach(({ key }, i) => {
    const items = raw.tenures[i];
    if (!items) return;
    tree.tenures.push({
      key: { ...key, id: node.id },
      items: items.map((t) => {
        const role = toNodeRecord(t.role) as RoleRecord;
        return { tenure: toTenure(t.props, node.id, role.id), role };
      }),
    });
  });
  return node;
}

export class NodeTreeRepository {
  constructor(private readonly db: Database) {}

  /** The node `id` with its planned fields, in one query; null when there is no such node. */
  async tree(id: string, plan: NodeTreePlan): Promise<NodeTree | null> {
    const keys: unknown[] = [];
    const projection = treeProjection('n0', plan, 0, keys);
    const rows = await this.db.read<{ tree: RawTree }>(
      'nodes:tree',
      `MATCH (n0:Node {id: $id}) RETURN ${projection} AS tree`,
      { id, keys },
    );
    if (!rows[0]) return null;
    const tree: NodeTree = { nodes: [], adjacent: [], tenures: [] };
    collectTree(rows[0].tree, plan, tree);
    return tree;
  }
}
