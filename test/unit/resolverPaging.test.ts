/**
 * Cursor connections over fake repositories: the resolver asks one row more than `first` to learn whether a
 * next page exists, hands the decoded cursor back to the repository, and refuses cursors it did not issue.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyedPage, ActorRecord } from '../../src/repositories/records.js';
import { graphql } from '../__generated__/gql.js';
import type { UnitActorsPageQuery } from '../__generated__/graphql.js';
import { errorCodes } from '../helpers/api.js';
import { useFakeApi } from '../helpers/fakeRepositories.js';
import { personRecord } from '../helpers/fakeRecords.js';

const PEOPLE = ['Anna', 'Boris', 'Chrystia', 'Dmytro', 'Emine'].map((name) =>
  personRecord(`person:${name.toLowerCase()}`, name),
);

/** actorsPage over PEOPLE in name order, keyed by name, as the repository pages. */
async function actorsPage(
  _kind: unknown,
  { limit, after }: { limit: number; after: string | null; withTotal: boolean },
): Promise<KeyedPage<ActorRecord>> {
  const rest = PEOPLE.filter((p) => after === null || p.name > after);
  return { total: PEOPLE.length, rows: rest.slice(0, limit).map((record) => ({ key: record.name, record })) };
}

const nodes = { actorsPage: vi.fn(actorsPage) };
const api = useFakeApi({ nodes });

const ACTORS = graphql(`
  query UnitActorsPage($first: Int, $after: String) {
    actors(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);

beforeEach(() => {
  nodes.actorsPage.mockClear();
});

describe('actors(first, after)', () => {
  it('asks the repository for first + 1 rows, and 20 + 1 by default', async () => {
    await api.query(ACTORS, { first: 2 });
    await api.query(ACTORS, {});
    expect(nodes.actorsPage.mock.calls.map(([, { limit }]) => limit)).toEqual([3, 21]);
  });

  it('walks every actor once, page by page, each cursor leading to the next page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 1; page <= PEOPLE.length; page++) {
      const { actors }: UnitActorsPageQuery = await api.query(ACTORS, { first: 2, after });
      expect(actors.totalCount).toBe(PEOPLE.length);
      expect(actors.pageInfo.endCursor).toBe(actors.edges.at(-1)?.cursor ?? null);
      seen.push(...actors.edges.map((e) => e.node.id));
      if (!actors.pageInfo.hasNextPage) break;
      after = actors.pageInfo.endCursor;
    }
    expect(seen).toEqual(PEOPLE.map((p) => p.id));
  });

  it('hands the repository the sort key the cursor stands for', async () => {
    const first = await api.query(ACTORS, { first: 1 });
    await api.query(ACTORS, { first: 1, after: first.actors.pageInfo.endCursor });
    expect(nodes.actorsPage.mock.calls.map(([, { after }]) => after)).toEqual([null, 'Anna']);
  });

  it('asks for the total only when totalCount is selected, directly or through a fragment', async () => {
    await api.query(ACTORS, { first: 1 });
    await api.query('{ actors(first: 1) { edges { node { id } } } }');
    await api.query('{ actors(first: 1) { ...Counted } } fragment Counted on ActorConnection { n: totalCount }');
    await api.query('{ actors(first: 1) { ... on ActorConnection { pageInfo { hasNextPage } } } }');
    expect(nodes.actorsPage.mock.calls.map(([, { withTotal }]) => withTotal)).toEqual([true, false, true, false]);
  });

  it.each([
    ['not base64 of a key', 'bm90IGEgY3Vyc29y'],
    ['made up', 'Anna'],
  ])('refuses a cursor it did not issue (%s) as BAD_USER_INPUT on after', async (_, after) => {
    const result = await api.execute(ACTORS, { first: 1, after });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argumentName).toBe('after');
    expect(nodes.actorsPage).not.toHaveBeenCalled();
  });

  it.each([-1, 101])('refuses first: %i', async (first) => {
    expect(errorCodes(await api.execute(ACTORS, { first }))).toEqual(['BAD_USER_INPUT']);
  });

  it('first: 0 answers the total and no edges', async () => {
    const data = await api.query(ACTORS, { first: 0 });
    expect(data.actors).toMatchObject({ totalCount: PEOPLE.length, edges: [], pageInfo: { endCursor: null } });
  });
});
