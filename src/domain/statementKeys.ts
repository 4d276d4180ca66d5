/**
 * Where a statement sits among one anchor's statements (its speaker's, an addressee's, a subject's), as one
 * string stored on the edge that joins them: the anchor's id, a tab, and the statement's sortKey (newest
 * first, undated last). One relationship range index per edge type (SAID, ADDRESSED_TO, ABOUT) then holds
 * each anchor's statements as one contiguous run in page order, so an anchored page, with its cursor and
 * date bounds, is a range seek that reads the page, whatever the anchor's degree.
 *
 * The TypeScript and Cypher spellings below must agree: the loader writes the first, the migration's
 * backfill and the relation writers the second, and syntheticGraph.int.test.ts compares the two.
 */
import { earliestOverlappingDate, newestFirstKey } from './dates.js';

export const STATEMENT_KEY = 'statementKey';

/** The edge types that carry the key, and which end of each is the anchor. */
export const KEYED_STATEMENT_EDGES = {
  SAID: { anchor: 'start' },
  ADDRESSED_TO: { anchor: 'end' },
  ABOUT: { anchor: 'end' },
} as const;
export type KeyedStatementEdge = keyof typeof KEYED_STATEMENT_EDGES;

export function anchoredStatementKey(anchorId: string, sortKey: string): string {
  return `${anchorId}\t${sortKey}`;
}

/** anchoredStatementKey in Cypher, over expressions. */
function anchoredStatementKeyCypher(anchorId: string, sortKey: string): string {
  return `${anchorId} + '\t' + ${sortKey}`;
}

/** Cypher that sets the key on edge `r` between statement `s` and its anchor `a`. */
export function setStatementKeyCypher(r: string, s: string, a: string): string {
  return `${r}.${STATEMENT_KEY} = ${anchoredStatementKeyCypher(`${a}.id`, `${s}.sortKey`)}`;
}

/** A run of one anchor's keys, both bounds exclusive. */
export interface KeyRange {
  low: string;
  high: string;
}

/**
 * The runs of an anchor's keys that can hold a page's statements: after `low` (the cursor or the `to`
 * bound, as a sortKey) and, with a `from` bound, not older than the earliest date a statement overlapping
 * `from` can carry. Undated sortKeys ("~|id") may hold statements with wide or open ranges that still
 * overlap the period, so they are a second run. Always two runs, so the query text does not depend on the
 * bounds.
 */
export function anchoredStatementRanges(anchorId: string, low: string, from: string | null): KeyRange[] {
  const undated = '~';
  // "}" sorts right after "|", the separator of a sortKey: the bound keeps every statement of that day.
  const oldest = from === null ? undated : `${newestFirstKey(earliestOverlappingDate(from), '').slice(0, -1)}}`;
  const key = (k: string) => anchoredStatementKey(anchorId, k);
  return [
    { low: key(low), high: key(oldest < undated ? oldest : undated) },
    { low: key(low > undated ? low : undated), high: `${anchorId}\n` },
  ];
}
