/** Browsers on other origins may call /graphql (visualisation frontends), as CORS_ORIGINS allows. */
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

const post = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sources { id } }' }),
  });

describe('CORS with the default policy (any origin)', () => {
  const served = useServed(() => serve(testDatabase()));

  it('answers a preflight for POST with content-type from any origin', async () => {
    const response = await preflight(served.url, 'http://viz.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('lets the page read the answer of a cross-origin POST', async () => {
    const response = await post(served.url, 'http://viz.example');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await response.json()) as { data: { sources: Array<{ id: string }> } };
    expect(body.data.sources.length).toBeGreaterThan(0);
  });
});

describe('CORS with a list of origins', () => {
  const served = useServed(() => serve(testDatabase(), { corsOrigins: ['http://allowed.example'] }));

  it('allows a listed origin', async () => {
    const response = await preflight(served.url, 'http://allowed.example');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
  });

  it('gives an unlisted origin no allow header, so its browser withholds the answer', async () => {
    const response = await post(served.url, 'http://other.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
