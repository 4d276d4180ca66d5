/**
 * One error vocabulary. Every GraphQL error leaves the server with an
 * `extensions.code`; driver errors are mapped here and nowhere else.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_ERROR: 'DATABASE_ERROR',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An argument the caller got wrong: say which one and how to fix it. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

/** A problem found before the server could start: printed as one message, then a non-zero exit. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The one mapper from neo4j-driver errors to the API's codes. */
export function databaseError(error: unknown): GraphQLError {
  if (
    error instanceof Neo4jError &&
    (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError'))
  ) {
    return new GraphQLError(
      'The database is unavailable right now; try again shortly. If it persists, check that Neo4j is running and NEO4J_URI points at it.',
      {
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      },
    );
  }
  return new GraphQLError('The database could not answer this query.', {
    extensions: { code: ErrorCode.DATABASE_ERROR, ...(error instanceof Neo4jError ? { neo4jCode: error.code } : {}) },
  });
}

/** Apollo's formatError: known codes pass through, anything else becomes INTERNAL_SERVER_ERROR without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError) {
    const mapped = databaseError(original);
    // A client error from Neo4j means a query of ours is wrong: the operator needs to see it.
    if (mapped.extensions.code === ErrorCode.DATABASE_ERROR)
      console.error('[actorgraph] database error:', original.code, original.message);
    return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
  }
  // graphql-js reports a bad literal argument (at: "2025-13-45") as a validation error, and Apollo
  // labels every validation error GRAPHQL_VALIDATION_FAILED; the scalar said it was the caller's input.
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  if (cause instanceof GraphQLError && cause.extensions.code === ErrorCode.BAD_USER_INPUT) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof Error) console.error('[actorgraph] unexpected error:', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
