import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkFirst, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toConnection } from '../../src/resolvers/pagination.js';
import { thrownBy } from '../helpers/thrown.js';

const thrown = (fn: () => unknown): GraphQLError => thrownBy(GraphQLError, fn);

describe('checkFirst', () => {
  it('uses the default when first is not given', () => {
    expect(checkFirst(undefined, 20)).toBe(20);
    expect(checkFirst(null, 10)).toBe(10);
  });

  it('accepts 0 through the maximum', () => {
    expect(checkFirst(0, 20)).toBe(0);
    expect(checkFirst(MAX_PAGE_SIZE, 20)).toBe(MAX_PAGE_SIZE);
  });

  it.each([MAX_PAGE_SIZE + 1, -1, 1.5, 1e9])('rejects %s as BAD_USER_INPUT on the argument first', (n) => {
    const error = thrown(() => checkFirst(n, 20));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argumentName).toBe('first');
    expect(error.message).toContain(String(MAX_PAGE_SIZE));
  });
});

describe('cursors', () => {
  it('round-trip any sort key, unicode included', () => {
    for (const key of [
      '7974-92-80|stmt:a',
      '~|stmt:b',
      'volodymyr zelenskyy|person:volodymyr-zelenskyy',
      'türkiye|x',
    ]) {
      expect(decodeCursor(encodeCursor(key))).toBe(key);
    }
  });

  it('are opaque: not the key in plain text', () => {
    expect(encodeCursor('abc|person:x')).not.toContain('person:x');
  });

  it('decode to null when absent', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it.each(['nonsense', '', '!!!', Buffer.from('x:abc').toString('base64url'), `${encodeCursor('abc')}=`])(
    'reject %j, which this API did not issue, as BAD_USER_INPUT on after',
    (cursor) => {
      const error = thrown(() => decodeCursor(cursor));
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.argumentName).toBe('after');
    },
  );
});

describe('toConnection', () => {
  const rows = (keys: string[]) => keys.map((key) => ({ key, record: { id: key } }));

  it('cuts the extra row that only says there is a next page', () => {
    const page = toConnection({ total: 7, rows: rows(['a', 'b', 'c']) }, 2);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(encodeCursor('b'));
    expect(page.edges[1]!.cursor).toBe(page.pageInfo.endCursor);
    expect(page.totalCount).toBe(7);
  });

  it('says the last page is the last', () => {
    const page = toConnection({ total: 2, rows: rows(['a', 'b']) }, 2);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(decodeCursor(page.pageInfo.endCursor)).toBe('b');
  });

  it('has no end cursor when empty', () => {
    const page = toConnection({ total: 0, rows: [] }, 5);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
