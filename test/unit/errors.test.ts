import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { badUserInput, databaseError, DatabaseTimeout, ErrorCode, formatError } from '../../src/errors.js';

const neo4jError = (code: string, message = 'boom') =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

/**
 * What formatError gets for an error thrown in a resolver: the formatted error as Apollo made it, and the
 * error itself. (The wrapped form is unwrapped by Apollo's own GraphQLError class, which under vitest is
 * another copy of graphql than this file's; the integration tests cover that path through the real server.)
 */
function fromResolver(original: Error): [GraphQLFormattedError, unknown] {
  const formatted = new GraphQLError(original.message, { path: ['node'] }).toJSON();
  return [
    { ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: boom', '    at x (y.js:1:1)'] } },
    original,
  ];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('badUserInput', () => {
  it('carries BAD_USER_INPUT and the argument it is about', () => {
    const error = badUserInput('first must be between 0 and 100', 'first');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(badUserInput('no argument').extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});

describe('databaseError: the one mapper from driver errors to codes', () => {
  it.each([
    'ServiceUnavailable',
    'SessionExpired',
    'Neo.TransientError.General.DatabaseUnavailable',
    'Neo.TransientError.Transaction.LockClientStopped',
  ])('maps %s to DATABASE_UNAVAILABLE, with what to check', (code) => {
    const error = databaseError(neo4jError(code));
    expect(error.extensions.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    expect(error.message).toMatch(/NEO4J_URI/);
  });

  it('maps other driver errors to DATABASE_ERROR with the Neo4j code, and not the driver message', () => {
    const error = databaseError(
      neo4jError('Neo.ClientError.Statement.SyntaxError', 'Invalid input at MATCH (secret:Label)'),
    );
    expect(error.extensions).toEqual({
      code: ErrorCode.DATABASE_ERROR,
      neo4jCode: 'Neo.ClientError.Statement.SyntaxError',
    });
    expect(error.message).not.toContain('secret');
  });

  it('maps anything else to DATABASE_ERROR', () => {
    expect(databaseError(new Error('x')).extensions.code).toBe(ErrorCode.DATABASE_ERROR);
  });
});

describe('formatError', () => {
  it('turns an unavailable database into DATABASE_UNAVAILABLE, without a stack trace or the driver message', () => {
    const [formatted, error] = fromResolver(neo4jError('ServiceUnavailable', 'connect ECONNREFUSED 127.0.0.1:1'));
    const out = formatError(formatted, error);
    expect(out.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(out.extensions).not.toHaveProperty('stacktrace');
    expect(out.message).not.toContain('ECONNREFUSED');
    expect(out.path).toEqual(['node']);
  });

  it('keeps a known code and drops the stack trace', () => {
    const error = badUserInput('bad', 'first');
    const out = formatError(
      { message: 'bad', extensions: { code: 'BAD_USER_INPUT', argumentName: 'first', stacktrace: ['at x'] } },
      error,
    );
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(out.message).toBe('bad');
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR: no message, no stack, no internals', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const [formatted, error] = fromResolver(new Error('Cannot read properties of undefined (reading "password")'));
    const out = formatError(formatted, error);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).toBe('Internal server error');
    expect(JSON.stringify(out)).not.toContain('password');
    // It is logged on the server instead, where an operator can see it.
    expect(log).toHaveBeenCalled();
  });

  it('gives an error without any code INTERNAL_SERVER_ERROR', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = formatError({ message: 'x' }, new Error('x'));
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('databaseError: timeouts', () => {
  it.each([
    ['the client-side deadline', new DatabaseTimeout('search:fulltext', 4500)],
    ['a server transaction timeout', neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')],
  ])('maps %s to DATABASE_TIMEOUT', (_name, error) => {
    expect(databaseError(error).extensions.code).toBe(ErrorCode.DATABASE_TIMEOUT);
  });

  it('maps a pool that stays full (a frozen server) to DATABASE_UNAVAILABLE', () => {
    const error = neo4jError(
      'N/A',
      'Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 100',
    );
    expect(databaseError(error).extensions.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
  });
});
