/**
 * The API as tests drive it: the same Apollo server main.ts serves, executed
 * in-process against the real Neo4j of the test run.
 */
import assert from 'node:assert/strict';
import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import { createContext, createRepositories, type Context } from '../../src/context.js';
import { connect, type Database } from '../../src/db/database.js';
import { createApolloServer } from '../../src/server.js';
import type { TypedDocumentString } from '../__generated__/graphql.js';
import { openForTests } from './hooks.js';
import { TEST_NEO4J_TIMEOUTS } from './testTimeouts.js';

/**
 * Data of an operation written as plain text (built at run time, or not yet a `graphql()` document):
 * untyped, so its reader must know the shape. Generated documents answer their own types instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one untyped door, for text operations
export type UntypedData = Record<string, any>;

/** A GraphQL response read off the wire (HTTP tests): data as untyped as the text that asked for it. */
export interface WireResponse {
  data?: UntypedData | null;
  errors?: GraphQLFormattedError[];
}

/** An operation: a generated document (test/__generated__/, typed result and variables) or its text. */
export type Operation<T, V> = TypedDocumentString<T, V> | string;

/** Runs operations against Apollo, in process. */
export interface Executor {
  /** Runs an operation; the whole response, errors included. */
  execute<T = UntypedData, V = Record<string, unknown>>(
    operation: Operation<T, V>,
    variables?: V,
  ): Promise<FormattedExecutionResult<T>>;
  /** Runs an operation that must succeed, and returns its data. */
  query<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T>;
  query<T = UntypedData>(text: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestApi extends Executor {
  db: Database;
  apollo: ApolloServer<Context>;
  close(): Promise<void>;
}

/** `execute` and `query` over an Apollo server, each operation with a fresh context (new loaders). */
export function executor(apollo: ApolloServer<Context>, context: () => Context): Executor {
  const execute = async <T, V>(operation: Operation<T, V>, variables?: V) => {
    const query = operation.toString();
    const response = await apollo.executeOperation<T>(
      { query, variables: variables as Record<string, unknown> | undefined },
      { contextValue: context() },
    );
    assert(response.body.kind === 'single');
    return response.body.singleResult;
  };
  const query = async <T, V>(operation: Operation<T, V>, variables?: V) => {
    const result = await execute<T, V>(operation, variables);
    assert.equal(result.errors, undefined, `GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    assert(result.data);
    return result.data;
  };
  return { execute, query: query as Executor['query'] };
}

/** An Executor for one opened in beforeAll: each call asks `current()` for it. */
export function deferredExecutor(current: () => Executor): Executor {
  return {
    execute: (operation, variables) => current().execute(operation, variables),
    query: ((operation: string, variables?: Record<string, unknown>) =>
      current().query(operation, variables)) as Executor['query'],
  };
}

export function testDatabase(): Database {
  return connect(inject('neo4j'), { timeouts: TEST_NEO4J_TIMEOUTS });
}

export async function createTestApi(db: Database = testDatabase()): Promise<TestApi> {
  const apollo = createApolloServer();
  await apollo.start();
  const repos = createRepositories(db);
  return {
    db,
    apollo,
    ...executor(apollo, () => createContext(repos)),
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
export function useTestApi(open: () => Promise<TestApi> = () => createTestApi()): TestApi {
  const api = openForTests('the test API', open, (opened) => opened.close());
  return {
    get db() {
      return api().db;
    },
    get apollo() {
      return api().apollo;
    },
    ...deferredExecutor(api),
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
