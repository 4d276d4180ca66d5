/**
 * The relationship filters that several reads share, written once: which edges of a node pass a request's
 * types, basis and date (relations, the node tree, and the graph queries' EDGE_PASSES), and which tenures
 * pass a request's date and `current`. Each takes the expressions its values are read from, so a batched
 * query reads them from its row's map (`k.at`) and a single request from its parameters (`$at`).
 */
import { existsAtCypher, validAtCypher } from '../domain/dates.js';

type FilterField = 'types' | 'basis' | 'at' | 'certainty';

/** Where a query reads each filter value from. */
export type FilterValues = (field: FilterField) => string;

/** The values as fields of a map: a batch's row (`k.types`, `$keys[0].types`). */
export const fieldsOf =
  (map: string): FilterValues =>
  (field) =>
    `${map}.${field}`;

/** The values as the query's own parameters (`$types`). */
export const parameters: FilterValues = (field) => `$${field}`;

/** Edge `r` is of an asked type, of the asked basis, and valid on the asked date (each test off when null). */
export function edgePassesCypher(v: FilterValues, r: string): string {
  return `(${v('types')} IS NULL OR type(${r}) IN ${v('types')})
   AND (${v('basis')} IS NULL OR coalesce(${r}.basis, 'STATED') = ${v('basis')})
   AND (${v('at')} IS NULL OR ${validAtCypher(r, v('at'), v('certainty'))})`;
}

/** Node `m` exists on the asked date (off when null): a statement or event from its date on. */
export function nodeExistsCypher(v: FilterValues, m: string): string {
  return `(${v('at')} IS NULL OR ${existsAtCypher(m, v('at'), v('certainty'))})`;
}

/**
 * The filters of an adjacency key `k` (src/repositories/relationRepository.ts AdjacencyKey) on the edge `r`
 * from `n` to `m`: the edge's type, basis and date, its direction seen from `n`, and `m`'s label and date.
 */
export function adjacencyFilterCypher(k: string, n: string, r: string, m: string): string {
  const v = fieldsOf(k);
  return `${edgePassesCypher(v, r)}
   AND (${k}.direction = 'BOTH' OR (${k}.direction = 'OUT') = (startNode(${r}) = ${n}))
   AND (${k}.label IS NULL OR ${k}.label IN labels(${m}))
   AND ${nodeExistsCypher(v, m)}`;
}

/** The filters of a tenure key `k` (TenureKey) on the HOLDS edge `h`: held on the asked date, current or not. */
export function tenureFilterCypher(k: string, h: string): string {
  return `(${k}.at IS NULL OR ${validAtCypher(h, `${k}.at`, `${k}.certainty`)})
   AND (${k}.current IS NULL OR ${h}.current = ${k}.current)`;
}
