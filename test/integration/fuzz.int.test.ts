/**
 * Property-based fuzzing (fast-check) of documents, variables and HTTP bodies against the HTTP app main.ts
 * serves: random strings, unicode, huge numbers, deep nesting, quotes and backticks. Never a 5xx, never a
 * stack, never a Cypher syntax error or any other DATABASE_ERROR, and the server stays up. Runs are bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';

const served = useServed(() => serve(testDatabase()));

/** Strings that have broken query languages before, mixed with anything unicode. */
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  // Past the search bounds: Lucene used to fail on one long word (TooManyClauses).
  fc.string({ minLength: 900, maxLength: 1200 }),
  fc.constantFrom(
    "'",
    '"',
    '`',
    '\\',
    "x' OR 1=1 //",
    '`) MATCH (n) DETACH DELETE n //',
    '"}} MATCH (n) RETURN n',
    'AND OR NOT',
    '*?~^:',
    '/regex/',
    '\u0000',
    '\u202e\ufeff',
    'person:rustem-umerov',
    '$param',
  ),
  fc
    .array(fc.constantFrom('(', ')', '[', ']', '{', '}', '"', "'", '`', '\\', '*', ':', ' ', 'a'), { maxLength: 80 })
    .map((a) => a.join('')),
);

const hugeNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, -0, 1e308),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((b) => b.toString()),
);

interface Answer {
  status: number;
  text: string;
}

async function send(body: string, contentType = 'application/json'): Promise<Answer> {
  const response = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** The property every answer must hold. */
function expectSafe({ status, text }: Answer): void {
  expect(status, text).toBeLessThan(500);
  expect(text).not.toMatch(/\n\s+at |stacktrace|node_modules|<html/i);
  expect(text).not.toMatch(/DATABASE_ERROR|INTERNAL_SERVER_ERROR|SyntaxError\.|Neo\.ClientError/);
  expect(() => JSON.parse(text)).not.toThrow();
}

const QUERIES_WITH_VARIABLES = [
  'query($v: String!) { search(text: $v) { node { id } } }',
  'query($v: ID) { actor(id: $v) { id } }',
  'query($v: String) { actor(name: $v) { id } }',
  'query($v: ID!) { node(id: $v) { id } }',
  'query($v: String) { actors(after: $v) { totalCount } }',
  'query($v: String) { events(type: $v) { id } }',
  'query($v: [String!]) { neighborhood(id: "person:rustem-umerov", types: $v) { nodes { id } } }',
  'query($v: ID!) { paths(from: $v, to: "person:donald-trump") { length } }',
  'query($v: Date) { statements(from: $v) { totalCount } }',
];

const QUERIES_WITH_NUMBERS = [
  'query($n: Int) { actors(first: $n) { totalCount } }',
  'query($n: Int) { search(text: "Umerov", first: $n) { node { id } } }',
  'query($n: Int) { paths(from: "person:rustem-umerov", to: "person:donald-trump", maxHops: $n) { length } }',
  'query($n: Int) { neighborhood(id: "person:rustem-umerov", depth: $n, limit: $n) { nodes { id } } }',
];

describe('fuzzing', () => {
  it('variables: hostile strings in every string argument', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUERIES_WITH_VARIABLES), hostileString, async (query, v) => {
        const isList = query.includes('[String!]');
        expectSafe(await send(JSON.stringify({ query, variables: { v: isList ? [v] : v } })));
      }),
      { numRuns: 80 },
    );
  });

  it('variables: huge, fractional and textual numbers in every numeric argument', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUERIES_WITH_NUMBERS), hugeNumber, async (query, n) => {
        expectSafe(await send(JSON.stringify({ query, variables: { n } })));
      }),
      { numRuns: 100 },
    );
  });

  it('documents: random text, hostile literals spliced in, and deep nesting', async () => {
    const document = fc.oneof(
      hostileString,
      hostileString.map((s) => `{ search(text: ${JSON.stringify(s)}) { node { id } } }`),
      hostileString.map((s) => `{ actor(name: "${s}") { id } }`),
      fc.integer({ min: 1, max: 3000 }).map((n) => `${'{ a: __typename '.repeat(n)}${'}'.repeat(n)}`),
      fc
        .integer({ min: 1, max: 3000 })
        .map((n) => `{ ${'actors { edges { node { '.repeat(n)}id${' } } }'.repeat(n)} }`),
      fc.integer({ min: 1, max: 20000 }).map((n) => `{ __typename${'['.repeat(n)} }`),
      hugeNumber.map((n) => `{ actors(first: ${n}) { totalCount } }`),
    );
    await fc.assert(
      fc.asyncProperty(document, async (query) => {
        expectSafe(await send(JSON.stringify({ query })));
      }),
      { numRuns: 150 },
    );
  });

  it('HTTP bodies: arbitrary text and JSON values of every shape', async () => {
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ query: v, variables: v, operationName: v })),
      fc.integer({ min: 1, max: 5000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/graphql',
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, async (b, type) => {
        expectSafe(await send(b, type));
      }),
      { numRuns: 150 },
    );
  });

  it('leaves the server up and answering', async () => {
    expect((await fetch(`${served.url}/health/live`)).status).toBe(200);
    expect((await send(JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }))).status).toBe(200);
  });
});
