/**
 * Batched queries (`UNWIND range(0, size($keys) - 1) AS i`) answer one row per key that found
 * something, tagged with the key's index; these put the answers back in the order of the keys.
 */
import type { KeyedPage } from './records.js';

export function inKeyOrder<K, R extends { i: number }>(
  keys: readonly K[],
  rows: readonly R[],
): Array<[K, R | undefined]> {
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return keys.map((key, i) => [key, byIndex.get(i)]);
}

/** One keyset page per key; a key without a row gets an empty page. */
export function pagesInKeyOrder<K, R extends { i: number; total: number }, X, T>(
  keys: readonly K[],
  rows: readonly R[],
  items: (row: R) => readonly X[],
  toRow: (item: X, key: K) => { key: string; record: T },
): Array<KeyedPage<T>> {
  return inKeyOrder(keys, rows).map(([key, row]) => ({
    total: row?.total ?? 0,
    rows: (row ? items(row) : []).map((item) => toRow(item, key)),
  }));
}
