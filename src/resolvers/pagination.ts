/** Relay connections over keyset pages: cursors are the opaque sort key of an item, so they survive inserts. */
import { badUserInput } from '../errors.js';
import { checkRange, MAX_PAGE_SIZE } from './argumentChecks.js';
import type { ConnectionRecord } from '../repositories/records.js';

export { MAX_PAGE_SIZE };

export const PAGE_HINT = 'Page through longer lists with after: pageInfo.endCursor.';

export function checkFirst(
  first: number | null | undefined,
  fallback: number,
  max = MAX_PAGE_SIZE,
  hint = PAGE_HINT,
): number {
  return checkRange('first', first ?? fallback, 0, max, hint);
}

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('k:') || encodeCursor(decoded.slice(2)) !== cursor) {
    throw badUserInput(
      'after is not a cursor this API issued; pass pageInfo.endCursor from the previous page.',
      'after',
    );
  }
  return decoded.slice(2);
}

/** rows holds up to first + 1 items: the extra one only says that there is a next page. */
export function toConnection<T>(
  page: { total: number; rows: Array<{ key: string; record: T }> },
  first: number,
): ConnectionRecord<T> {
  const rows = page.rows.slice(0, first);
  const edges = rows.map((r) => ({ cursor: encodeCursor(r.key), node: r.record }));
  return {
    edges,
    pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total,
  };
}
