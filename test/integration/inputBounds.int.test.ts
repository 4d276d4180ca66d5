/**
 * Input the API cannot serve gets a clear message before anything reaches Neo4j: an over-long search text,
 * a huge `first`, a document over the cost limit.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_CHARACTERS, MAX_SEARCH_WORDS } from '../../src/resolvers/argumentChecks.js';
import { errorCodes, useTestApi } from '../helpers/api.js';

const api = useTestApi();

describe('search text bounds', () => {
  it.each([
    ['one 1,001-character word', 'a'.repeat(1001)],
    ['a pasted article', 'Talks were offered in Istanbul. '.repeat(3000)],
    ['too many words', Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, i) => `w${i}`).join(' ')],
  ])('refuses %s with BAD_USER_INPUT naming text', async (_name, text) => {
    const result = await api.execute('query($t: String!) { search(text: $t) { node { id } } }', { t: text });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argumentName).toBe('text');
    expect(result.errors?.[0]?.message).toContain(`${MAX_SEARCH_CHARACTERS} characters`);
  });

  it('still finds with the longest text allowed', async () => {
    const text = `Umerov ${'x'.repeat(MAX_SEARCH_CHARACTERS - 7)}`.slice(0, MAX_SEARCH_CHARACTERS);
    const result = await api.execute('query($t: String!) { search(text: $t) { node { id } } }', { t: text });
    expect(result.errors).toBeUndefined();
  });
});

describe('huge first', () => {
  it.each([
    ['actors', '{ actors(first: 2147483647) { totalCount } }', 'between 0 and 100'],
    ['paths', '{ paths(from: "a", to: "b", first: 2147483647) { length } }', 'between 1 and 20'],
    [
      'a nested connection',
      '{ actors(first: 1) { edges { node { ... on Person { statements(first: 999999) { totalCount } } } } } }',
      'between 0 and 100',
    ],
  ])('on %s gets the bounds message, not the cost limit', async (_name, query, bounds) => {
    const result = await api.execute(query);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain(bounds);
    expect(result.errors?.[0]?.message).not.toMatch(/cost/i);
  });

  it('a genuinely costly document still gets the cost limit', async () => {
    const result = await api.execute(
      '{ actors(first: 100) { edges { node { ... on Person { statements(first: 100) { edges { node { addressees { statements(first: 100) { totalCount } } } } } } } } } }',
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toMatch(/Cost limit/);
  });
});

// A subscription sent over HTTP is refused with the WebSocket endpoint named: test/integration/factsChanged.int.test.ts.
