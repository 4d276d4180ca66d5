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
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
  DATABASE_ERROR: 'DATABASE_ERROR',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // HTTP-level failures, answered before GraphQL runs (src/http/httpErrors.ts); BAD_REQUEST is also Apollo's own.
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  NOT_FOUND: 'NOT_FOUND',
  /** The server is shutting down: retry against another instance, or after it is back. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  /** No token, or one that is not valid: send `Authorization: Bearer <API key or JWT>`. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid token without the scope the operation needs (a read-only token on a mutation). */
  FORBIDDEN: 'FORBIDDEN',
  /** The NLP engine behind ingestArticle could not start or answer: nothing was written; retry later. */
  ENGINE_UNAVAILABLE: 'ENGINE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An argument the caller got wrong: say which one and how to fix it. */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

/** One wrong field of a mutation's input, by its path, e.g. `input.evidence[0].excerpt`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Every wrong field of an input at once: the first in the message and `field`, all of them in `fields`. */
export function badFields(problems: readonly FieldProblem[]): GraphQLError {
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems, see extensions.fields)` : '';
  return new GraphQLError(`${first?.field}: ${first?.message}${more}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, fields: problems },
  });
}

/** HTTP 401 when the whole request is refused (reads that need a token); a mutation's error otherwise. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** ingestArticle's engine failed: the reason, and what to do about it. Nothing was written. */
export function engineUnavailable(reason: string): GraphQLError {
  return new GraphQLError(`The NLP engine is unavailable: ${reason}`, {
    extensions: {
      code: ErrorCode.ENGINE_UNAVAILABLE,
      hint: 'Nothing was written. Retry later; the server needs Java 17 and CORENLP_HOME (docs/adding-reports.md).',
    },
  });
}

/** A problem found before the server could start: printed as one message, then a non-zero exit. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** A query that did not finish within its timeout: thrown by the client-side deadline of src/db/database.ts. */
export class DatabaseTimeout extends Error {
  constructor(
    readonly query: string,
    readonly timeoutMs: number,
  ) {
    super(`Query ${query} did not finish within ${timeoutMs} ms`);
    this.name = 'DatabaseTimeout';
  }
}

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The driver gives a pool that stays full (every connection stuck on a frozen server) no code of its own. */
const isAcquisitionTimeout = (error: Neo4jError) => /^Connection acquisition timed out/.test(error.message);

const BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/** The one mapper from neo4j-driver errors to the API's codes. */
export function databaseError(error: unknown): GraphQLError {
  if (error instanceof Neo4jError && BOOKMARK_CODES.has(error.code)) {
    return new GraphQLError(
      'The x-actorgraph-bookmark header holds no bookmark this database issued: send back extensions.bookmark of a mutation, unchanged.',
      { extensions: { code: ErrorCode.BAD_USER_INPUT } },
    );
  }
  if (error instanceof DatabaseTimeout || (error instanceof Neo4jError && TIMEOUT_CODES.has(error.code))) {
    return new GraphQLError(
      'The database did not answer in time; try again shortly, or narrow the query. If it persists, check that Neo4j is running and responsive.',
      { extensions: { code: ErrorCode.DATABASE_TIMEOUT } },
    );
  }
  if (
    error instanceof Neo4jError &&
    (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError') || isAcquisitionTimeout(error))
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

const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

/**
 * A database failure as the command-line tools print it: one line, the Neo4j code, and what to do,
 * never a stack trace.
 */
export function databaseErrorLine(error: unknown): string | undefined {
  if (error instanceof DatabaseTimeout)
    return `${error.message}. Run it again with a higher NEO4J_WRITE_TIMEOUT_MS, or a lower IMPORT_BATCH_ROWS so each transaction is smaller.`;
  if (!(error instanceof Neo4jError)) return undefined;
  const first = error.message.split('\n')[0];
  const hint = MEMORY_CODES.has(error.code)
    ? 'Neo4j ran out of memory for the transaction: Run it again with a lower IMPORT_BATCH_ROWS, or raise NEO4J_HEAP and NEO4J_TX_MEMORY (docs/deployment.md).'
    : UNAVAILABLE_CODES.has(error.code) || isAcquisitionTimeout(error)
      ? 'Check that Neo4j is running and NEO4J_URI points at it (or unset NEO4J_URI for the local one); a load that stopped part-way is finished by running it again.'
      : TIMEOUT_CODES.has(error.code)
        ? 'Run it again with a higher NEO4J_WRITE_TIMEOUT_MS, or a lower IMPORT_BATCH_ROWS.'
        : 'Check the file against docs/facts-files.md; if it is right, report this line with the file (the Neo4j log has the details).';
  return `Neo4j error ${error.code}: ${first} Hint: ${hint}`;
}

/** Apollo's formatError: known codes pass through, anything else becomes INTERNAL_SERVER_ERROR without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError || original instanceof DatabaseTimeout) {
    const mapped = databaseError(original);
    // A client error from Neo4j means a query of ours is wrong: the operator needs to see it.
    if (mapped.extensions.code === ErrorCode.DATABASE_ERROR && original instanceof Neo4jError)
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
