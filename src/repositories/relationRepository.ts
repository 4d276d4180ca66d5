/** Relationships: typed neighbours of nodes, and tenures. */
import type { Database } from '../db/database.js';
import type { Certainty } from '../domain/dates.js';
import { inKeyOrder, pagesInKeyOrder } from './batchedRows.js';
import { adjacencyFilterCypher, tenureFilterCypher } from './filters.js';
import {
  RAW_NODE,
  TENURE_PROPERTIES,
  knownOf,
  publicProperties,
  rangeOf,
  toDatePrecision,
  toNodeRecord,
  type RawNode,
} from './mapNode.js';
import type { Basis, KeyedPage, NodeRecord, RelationRecord, RoleRecord, TenureRecord } from './records.js';

/** Which relationships of a node to follow. */
export interface AdjacencyKey {
  id: string;
  types: string[] | null;
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Only neighbours with this label (e.g. Actor, Event). */
  label: string | null;
  /** Only relationships valid on this date. */
  at: string | null;
  /** How sure "valid on `at`" must be; CERTAIN when absent. */
  certainty?: Certainty;
  /** Only relationships of this basis (STATED: what the sources say). */
  basis?: Basis | null;
  /** Keyset paging: the sort key of the last relationship of the previous page. */
  after?: string | null;
  /** At most this many; null or absent: all. */
  limit?: number | null;
}

export interface Neighbour {
  relation: RelationRecord;
  node: NodeRecord;
}

interface RawRelation {
  key: string;
  type: string;
  out: boolean;
  props: Record<string, unknown>;
  node: RawNode;
}

export interface TenureKey {
  /** Person id or role id. */
  id: string;
  side: 'person' | 'role';
  at: string | null;
  certainty?: Certainty;
  current: boolean | null;
}

export function toTenure(props: Record<string, unknown>, personId: string, roleId: string): TenureRecord {
  return {
    id: String(props.id),
    personId,
    roleId,
    start: (props.start as string) ?? null,
    startPrecision: toDatePrecision(props.startPrecision),
    end: (props.end as string) ?? null,
    endPrecision: toDatePrecision(props.endPrecision),
    current: Boolean(props.current),
    note: (props.note as string) ?? null,
    startRange: rangeOf(props, 'start'),
    endRange: rangeOf(props, 'end'),
    evidenceIds: (props.evidenceIds as string[]) ?? [],
    ...knownOf(props),
  };
}

export class RelationRepository {
  constructor(private readonly db: Database) {}

  /**
   * Neighbours for many (node, filter) keys in one query, ordered by relationship type, then
   * neighbour id, then relationship id (joined by spaces, which sort before any id character,
   * into the key that cursors carry). The total counts every match; only the page is projected.
   */
  async adjacent(keys: readonly AdjacencyKey[]): Promise<Array<KeyedPage<Neighbour>>> {
    const rows = await this.db.read<{ i: number; total: number; rels: RawRelation[] }>(
      'relations:adjacent',
      `UNWIND range(0, size($keys) - 1) AS i
       WITH i, $keys[i] AS k
       MATCH (n:Node {id: k.id})
       CALL (n, k) {
         MATCH (n)-[r]-(m:Node)
         WHERE ${adjacencyFilterCypher('k', 'n', 'r', 'm')}
         WITH r, m, type(r) + ' ' + m.id + ' ' + coalesce(r.id, '') AS key ORDER BY key
         WITH collect({key: key, r: r, m: m}) AS found
         WITH size(found) AS total, [x IN found WHERE k.after IS NULL OR x.key > k.after] AS rest
         WITH total, CASE WHEN k.limit IS NULL THEN rest ELSE rest[..k.limit] END AS page
         RETURN total, [x IN page | {key: x.key, type: type(x.r), out: startNode(x.r) = n, props: properties(x.r), node: ${RAW_NODE('x.m')}}] AS rels
       }
       RETURN i, total, rels`,
      { keys },
    );
    return pagesInKeyOrder(
      keys,
      rows,
      (row) => row.rels,
      (raw, key) => ({
        key: raw.key,
        record: {
          relation: {
            id: String(raw.props.id ?? `${key.id}>${raw.type}>${String(raw.node.props.id)}`),
            type: raw.type,
            direction: raw.out ? 'OUT' : 'IN',
            nodeId: String(raw.node.props.id),
            properties: publicProperties(raw.props),
            evidenceIds: (raw.props.evidenceIds as string[]) ?? [],
            ...knownOf(raw.props),
          },
          node: toNodeRecord(raw.node),
        },
      }),
    );
  }

  /** Tenures (HOLDS) of many persons or roles in one query, each with the role it is of. */
  async tenures(keys: readonly TenureKey[]): Promise<Array<Array<{ tenure: TenureRecord; role: RoleRecord }>>> {
    const rows = await this.db.read<{
      i: number;
      items: Array<{ props: Record<string, unknown>; person: string; role: RawNode }>;
    }>(
      'tenures:by-person-or-role',
      `UNWIND range(0, size($keys) - 1) AS i
       WITH i, $keys[i] AS k
       CALL (k) {
         // Anchored on the person or the role, so only its own tenures are read.
         CALL (k) {
           WITH k WHERE k.side = 'person'
           MATCH (p:Node:Person {id: k.id})-[h:HOLDS]->(r:Role) RETURN p, h, r
           UNION
           WITH k WHERE k.side = 'role'
           MATCH (p:Person)-[h:HOLDS]->(r:Node:Role {id: k.id}) RETURN p, h, r
         }
         WITH p, h, r
         WHERE ${tenureFilterCypher('k', 'h')}
         WITH p, h, r ORDER BY h.current DESC, coalesce(h.start, '') DESC, h.id
         RETURN collect({props: ${TENURE_PROPERTIES('h')}, person: p.id, role: ${RAW_NODE('r')}}) AS items
       }
       RETURN i, items`,
      { keys },
    );
    return inKeyOrder(keys, rows).map(([, row]) =>
      (row?.items ?? []).map((item) => {
        const role = toNodeRecord(item.role) as RoleRecord;
        return { tenure: toTenure(item.props, item.person, role.id), role };
      }),
    );
  }
}
