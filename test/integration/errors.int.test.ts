/**
 * Every GraphQL error carries extensions.code and no stack trace: BAD_USER_INPUT for arguments the caller
 * got wrong, GRAPHQL_* for documents that are not valid, DATABASE_UNAVAILABLE when Neo4j cannot be reached.
 * A node that does not exist is not an error: it is null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { createTestApi, errorCodes, unreachableDatabase, useTestApi, type TestApi } from '../helpers/api.js';

const api = useTestApi();

/** Every error has a code and none has a stack trace; returns the codes. */
function codesOf(result: FormattedExecutionResult<unknown>): unknown[] {
  expect(result.errors?.length ?? 0).toBeGreaterThan(0);
  for (const error of result.errors ?? []) {
    expect(error.extensions?.code, `error without a code: ${JSON.stringify(error)}`).toEqual(expect.any(String));
    expect(error.extensions).not.toHaveProperty('stacktrace');
    expect(error.extensions).not.toHaveProperty('exception');
  }
  return errorCodes(result);
}

async function expectCode(query: string, code: string, variables?: Record<string, unknown>) {
  const result = await api.execute(query, variables);
  expect(codesOf(result), JSON.stringify(result.errors)).toEqual([code]);
  return result.errors![0]!;
}

describe('malformed dates are BAD_USER_INPUT', () => {
  describe.each(['2025-13-45', 'yesterday'])('%j', (date) => {
    it.each([
      ['statements(from:)', 'query($d: Date) { statements(from: $d) { totalCount } }'],
      ['statements(to:)', 'query($d: Date) { statements(to: $d) { totalCount } }'],
      ['events(from:)', 'query($d: Date) { events(from: $d) { id } }'],
      [
        'Person.roles(at:)',
        'query($d: Date) { node(id: "person:rustem-umerov") { ... on Person { roles(at: $d) { id } } } }',
      ],
      [
        'Organization.heads(at:)',
        'query($d: Date) { node(id: "org:ua-nsdc") { ... on Organization { heads(at: $d) { id } } } }',
      ],
    ])('in a variable, for %s', async (_name, query) => {
      const error = await expectCode(query, 'BAD_USER_INPUT', { d: date });
      expect(error.message).toContain(JSON.stringify(date));
    });

    it('in a literal', async () => {
      const error = await expectCode(`{ statements(from: "${date}") { totalCount } }`, 'BAD_USER_INPUT');
      expect(error.message).toContain(JSON.stringify(date));
    });
  });
});

describe('page sizes outside 0..100 are BAD_USER_INPUT on first', () => {
  it.each([
    ['actors', '{ actors(first: 101) { totalCount } }'],
    ['actors, negative', '{ actors(first: -1) { totalCount } }'],
    ['statements', '{ statements(first: 1000) { totalCount } }'],
    ['statements, negative', '{ statements(first: -5) { totalCount } }'],
    ['search', '{ search(text: "Umerov", first: 101) { score } }'],
    ['search, negative', '{ search(text: "Umerov", first: -1) { score } }'],
    ['Actor.statements', '{ actor(id: "person:volodymyr-zelenskyy") { statements(first: 101) { totalCount } } }'],
    ['Actor.statementsReceived', '{ actor(id: "country:russia") { statementsReceived(first: -1) { totalCount } } }'],
  ])('%s', async (_name, query) => {
    const error = await expectCode(query, 'BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('first');
    expect(error.message).toMatch(/first must be between 0 and 100/);
  });

  it('a variable that is not an Int', async () => {
    await expectCode('query($n: Int) { actors(first: $n) { totalCount } }', 'BAD_USER_INPUT', { n: 'ten' });
  });
});

describe('actor(id, name) needs exactly one of them', () => {
  it('neither is BAD_USER_INPUT', async () => {
    const error = await expectCode('{ actor { id } }', 'BAD_USER_INPUT');
    expect(error.message).toMatch(/id or name/);
  });

  it('both is BAD_USER_INPUT', async () => {
    await expectCode('{ actor(id: "person:rustem-umerov", name: "Umerov") { id } }', 'BAD_USER_INPUT');
  });

  it('explicit nulls count as not given', async () => {
    await expectCode('query($id: ID, $name: String) { actor(id: $id, name: $name) { id } }', 'BAD_USER_INPUT', {
      id: null,
      name: null,
    });
  });
});

describe('a cursor the API did not issue is BAD_USER_INPUT on after', () => {
  it.each([
    ['actors', '{ actors(after: "not-a-cursor") { totalCount } }'],
    ['statements', '{ statements(after: "bm9wZQ") { totalCount } }'],
    ['Actor.statements', '{ actor(id: "person:volodymyr-zelenskyy") { statements(after: "%%%") { totalCount } } }'],
  ])('%s', async (_name, query) => {
    const error = await expectCode(query, 'BAD_USER_INPUT');
    expect(error.extensions?.argumentName).toBe('after');
  });

  it('but an actors cursor is accepted back', async () => {
    const page = await api.query(`{ actors(first: 1) { pageInfo { endCursor } } }`);
    const next = await api.execute(`query($c: String) { actors(first: 1, after: $c) { totalCount } }`, {
      c: page.actors.pageInfo.endCursor,
    });
    expect(next.errors).toBeUndefined();
  });
});

describe('search needs words', () => {
  it.each(['', '   ', '\n\t'])('%j is BAD_USER_INPUT on text', async (text) => {
    const error = await expectCode('query($t: String!) { search(text: $t) { score } }', 'BAD_USER_INPUT', { t: text });
    expect(error.extensions?.argumentName).toBe('text');
  });

  it('text of Lucene operators only is no error', async () => {
    const result = await api.execute('{ search(text: "AND OR NOT ( ) * ~") { score } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('documents that are not valid', () => {
  it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
    const error = await expectCode(
      '{ actor(id: "person:rustem-umerov") { id shoeSize } }',
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(error.message).toContain('shoeSize');
  });

  it('an unknown enum value is GRAPHQL_VALIDATION_FAILED', async () => {
    await expectCode('{ actors(kind: ROBOT) { totalCount } }', 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a missing required argument is GRAPHQL_VALIDATION_FAILED', async () => {
    await expectCode('{ node { id } }', 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a syntax error is GRAPHQL_PARSE_FAILED, answered rather than thrown', async () => {
    const outcome = await api.execute('{ actors(first: 2 { totalCount } }').then(
      (result) => ({ result }),
      (error: unknown) => ({ thrown: String(error) }),
    );
    expect('thrown' in outcome ? `threw ${outcome.thrown}` : 'answered').toBe('answered');
    if ('result' in outcome) expect(codesOf(outcome.result)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('a query nested beyond the depth limit is refused with a code', async () => {
    const deep = `{ actor(id: "person:rustem-umerov") { statements { edges { node { speaker { statements { edges { node { speaker { statements { edges { node { speaker { id } } } } } } } } } } } } } }`;
    const result = await api.execute(deep);
    expect(result.data ?? undefined).toBeUndefined();
    expect(codesOf(result).length).toBeGreaterThan(0);
  });
});

describe('nodes that do not exist are null, not errors', () => {
  it.each([
    ['node(id:)', '{ x: node(id: "person:nobody") { id } }'],
    ['actor(id:)', '{ x: actor(id: "person:nobody") { id } }'],
    ['actor(name:)', '{ x: actor(name: "Nobody") { id } }'],
    ['actor(id:) of a node that is not an actor', '{ x: actor(id: "role:president-of-ukraine") { id } }'],
    ['node(id:) of a malformed id', '{ x: node(id: "") { id } }'],
  ])('%s', async (_name, query) => {
    const result = await api.execute<{ x: unknown }>(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ x: null });
  });

  it('filters naming unknown ids match nothing', async () => {
    const data = await api.query(`{
      statements(speaker: "person:nobody") { totalCount edges { cursor } }
      events(actor: "person:nobody") { id }
    }`);
    expect(data.statements.totalCount).toBe(0);
    expect(data.statements.edges).toEqual([]);
    expect(data.events).toEqual([]);
  });
});

describe('when the database cannot be reached', () => {
  // One unreachable database for every query, run together: each waits for the driver to give up.
  let down: TestApi;
  const queries = {
    node: '{ node(id: "person:rustem-umerov") { id } }',
    actorByName: '{ actor(name: "Umerov") { id } }',
    actors: '{ actors { totalCount } }',
    statements: '{ statements { totalCount } }',
    search: '{ search(text: "Umerov") { score } }',
    events: '{ events { id } }',
    sources: '{ sources { id } }',
  };
  let results: Record<string, FormattedExecutionResult<unknown>>;

  beforeAll(async () => {
    down = await createTestApi(unreachableDatabase());
    const entries = await Promise.all(
      Object.entries(queries).map(async ([k, q]) => [k, await down.execute(q)] as const),
    );
    results = Object.fromEntries(entries);
  }, 120_000);
  afterAll(() => down.close());

  it.each(Object.keys(queries))('%s answers DATABASE_UNAVAILABLE, with what to check and no stack trace', (name) => {
    const result = results[name]!;
    expect(codesOf(result)).toEqual(['DATABASE_UNAVAILABLE']);
    const error = result.errors![0]!;
    expect(error.message).toMatch(/database is unavailable/i);
    expect(error.message).toContain('NEO4J_URI');
    // No driver internals either.
    expect(JSON.stringify(error)).not.toMatch(/ECONNREFUSED|at .+\.js:\d+/);
  });
});
