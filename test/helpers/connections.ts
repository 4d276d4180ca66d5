/** Paging through Relay connections, checking every page on the way. */
import { expect } from 'vitest';

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Follows endCursor until hasNextPage is false, checking on the way that every page is full but the last,
 * that totalCount never changes, and that endCursor is the last edge's cursor. Returns every node, in order.
 */
export async function allPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  pageSize: number,
): Promise<{ nodes: T[]; pages: number; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let totalCount: number | undefined;
  for (let pages = 1; ; pages++) {
    const page: Page<T> = await fetchPage(after);
    totalCount ??= page.totalCount;
    expect(page.totalCount).toBe(totalCount);
    nodes.push(...page.edges.map((e) => e.node));
    if (page.edges.length > 0) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    if (!page.pageInfo.hasNextPage) {
      expect(page.edges.length).toBeLessThanOrEqual(pageSize);
      return { nodes, pages, totalCount };
    }
    expect(page.edges).toHaveLength(pageSize);
    after = page.pageInfo.endCursor;
    expect(after).toEqual(expect.any(String));
    if (pages > 1000) throw new Error('the pages never end');
  }
}
