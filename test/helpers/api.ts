/**
 * The API as tests drive it: the same Apollo server main.ts serves, executed
 * in-process against the real Neo4j of the test run.
 */
import assert from 'node:assert/strict';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { inject } from 'vitest';
import { createContext, createRepositories, type Context } from '../../src/context.js';
import { connect, type Database } from '../../src/db/database.js';
import { createApolloServer } from '../../src/server.js';
import { openForTests } from './hooks.js';
import { TEST_NEO4J_TIMEOUTS } from './testTimeouts.js';

export interface TestApi {
  db: Database;
  apollo: ApolloServer<Context>;
  /** Runs an operation; the whole response, errors included. */
  execute<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<FormattedExecutionResult<T>>;
  /** Runs an operation that must succeed, and returns its data. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export function testDatabase(): Database {
  return connect(inject('neo4j'), { timeouts: TEST_NEO4J_TIMEOUTS });
}

export async function createTestApi(db: Database = testDatabase()): Promise<TestApi> {
  const apollo = createApolloServer();
  await apollo.start();
  const repos = createRepositories(db);
  const execute = async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation<T>({ query, variables }, { contextValue: createContext(repos) });
    assert(response.body.kind === 'single');
    return response.body.singleResult;
  };
  return {
    db,
    apollo,
    execute,
    query: async <T>(query: string, variables?: Record<string, unknown>) => {
      const result = await execute<T>(query, variables);
      assert.equal(result.errors, undefined, `GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      assert(result.data);
      return result.data as T;
    },
    close: async () => {
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * The API for the tests of one file (or describe block): created before its tests, closed after them.
 * Call it where the hooks belong, at the top of the file or of a describe.
 */
export function useTestApi(): TestApi {
  const api = openForTests(
    'the test API',
    () => createTestApi(),
    (opened) => opened.close(),
  );
  return {
    get db() {
      return api().db;
    },
    get apollo() {
      return api().apollo;
    },
    execute: <T>(query: string, variables?: Record<string, unknown>) => api().execute<T>(query, variables),
    query: <T>(query: string, variables?: Record<string, unknown>) => api().query<T>(query, variables),
    close: () => api().close(),
  };
}

/** Runs `work` and returns its result with the names of the Cypher queries it ran. */
export async function countQueries<T>(api: TestApi, work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const queries: string[] = [];
  const stop = api.db.onQuery((e) => queries.push(e.name));
  try {
    return { result: await work(), queries };
  } finally {
    stop();
  }
}

/** An address where nothing listens: a Database for it fails every query as unavailable. */
export const UNREACHABLE_NEO4J = {
  uri: 'bolt://127.0.0.1:1',
  user: 'neo4j',
  password: undefined,
  database: undefined,
} as const;

export function unreachableDatabase(): Database {
  return connect({ ...UNREACHABLE_NEO4J });
}

/** The `extensions.code` of each error of a response, in order. */
export function errorCodes(result: FormattedExecutionResult<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
