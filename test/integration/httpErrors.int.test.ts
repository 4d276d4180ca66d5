/**
 * HTTP-level failures answer as GraphQL-style JSON with an `extensions.code`: no HTML page, no stack, no file
 * path, and neither the response nor the log holds the body that was sent.
 */
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/logger.js';
import { testDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';

const { logger, lines } = memoryLogger();
const served = useServed(() => serve(testDatabase(), { logger }));

/** Something no answer or log line may echo back. */
const MARKER = 'secret-body-marker';

const json = 'application/json';
const cases: Array<[string, number, string, RequestInit & { path?: string }]> = [
  [
    'malformed JSON',
    400,
    'BAD_REQUEST',
    { method: 'POST', headers: { 'content-type': json }, body: `{"query": "${MARKER}` },
  ],
  [
    'a 5 MB body',
    413,
    'PAYLOAD_TOO_LARGE',
    { method: 'POST', headers: { 'content-type': json }, body: JSON.stringify({ query: MARKER.repeat(300_000) }) },
  ],
  [
    'a 50 MB body',
    413,
    'PAYLOAD_TOO_LARGE',
    { method: 'POST', headers: { 'content-type': json }, body: JSON.stringify({ query: MARKER.repeat(3_000_000) }) },
  ],
  [
    'a latin1 body',
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    { method: 'POST', headers: { 'content-type': `${json}; charset=latin1` }, body: `{"query":"${MARKER}"}` },
  ],
  [
    'a utf-16 body',
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    {
      method: 'POST',
      headers: { 'content-type': `${json}; charset=utf-16` },
      body: Buffer.from(`{"query":"${MARKER}"}`, 'utf16le'),
    },
  ],
  ['PUT /graphql', 405, 'METHOD_NOT_ALLOWED', { method: 'PUT', headers: { 'content-type': json }, body: MARKER }],
  ['DELETE /graphql', 405, 'METHOD_NOT_ALLOWED', { method: 'DELETE' }],
  ['an unknown path', 404, 'NOT_FOUND', { method: 'GET', path: `/${MARKER}` }],
  ['POST to an unknown path', 404, 'NOT_FOUND', { method: 'POST', path: '/nope', body: MARKER }],
];

describe('HTTP-level failures', () => {
  it.each(cases)('%s: %i with %s as JSON', async (_name, status, code, { path = '/graphql', ...init }) => {
    const before = lines.length;
    const response = await fetch(`${served.url}${path}`, init);
    const text = await response.text();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = JSON.parse(text) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors.map((e) => e.extensions.code)).toEqual([code]);
    for (const output of [text, JSON.stringify(lines.slice(before))]) {
      expect(output).not.toContain(MARKER);
      expect(output).not.toMatch(/\n\s+at |stack|node_modules|\/work\/|<html/i);
    }
  });

  it('logs each refusal once, with its status and code', async () => {
    const before = lines.length;
    await fetch(`${served.url}/graphql`, { method: 'POST', headers: { 'content-type': json }, body: '{' });
    const logged = lines.slice(before).filter((l) => l.status === 400);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ code: 'BAD_REQUEST', level: 40 });
  });
});
