/**
 * What an operator reads: one JSON log line per request (request id, operation, duration, status), Prometheus
 * metrics at /metrics, and the health endpoints (/health, /health/live, /health/ready).
 */
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/logger.js';
import { testDatabase, unreachableDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';

describe('with the database up', () => {
  const { logger, lines } = memoryLogger();
  const served = useServed(() => serve(testDatabase(), { logger }));

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('logs one line per request with its id, operation, duration and status', async () => {
    const before = lines.length;
    const response = await post(
      { query: 'query ActorCount { actors(first: 1) { totalCount } }' },
      { 'x-request-id': 'test-request-1' },
    );
    expect(response.headers.get('x-request-id')).toBe('test-request-1');
    await response.text();
    await new Promise((r) => setTimeout(r, 50));
    const logged = lines.slice(before).filter((l) => l.msg === 'request');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId: 'test-request-1', operation: 'ActorCount', status: 200 });
    expect(logged[0]?.ms).toEqual(expect.any(Number));
  });

  it('gives each request its own id when the caller sends none, or an unsafe one', async () => {
    const a = (await post({ query: '{ __typename }' })).headers.get('x-request-id');
    const b = (
      await post({ query: '{ __typename }' }, { 'x-request-id': 'not an id: spaces, and far too long '.repeat(3) })
    ).headers.get('x-request-id');
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });

  it('counts requests and times them by operation, and times Cypher by query name', async () => {
    await (await post({ query: 'query MetricsProbe { actors(first: 1) { totalCount } }' })).text();
    const response = await fetch(`${served.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^actorgraph_http_requests_total\{operation="MetricsProbe",status="200"\} 1$/m);
    expect(text).toMatch(/^actorgraph_http_request_duration_seconds_count\{operation="MetricsProbe"\} 1$/m);
    expect(text).toMatch(/^actorgraph_cypher_duration_seconds_count\{query="[^"]+",mode="READ"\} [1-9]/m);
    expect(text).toMatch(/^actorgraph_neo4j_pool_connections\{state="idle"\} \d+$/m);
    expect(text).toMatch(/^actorgraph_neo4j_restarts_total 0$/m);
  });

  it('answers /health/live and /health/ready with 200', async () => {
    expect((await fetch(`${served.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${served.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('with the database unreachable', () => {
  const served = useServed(() => serve(unreachableDatabase()));

  it('is live but not ready, and /health still says degraded', async () => {
    expect((await fetch(`${served.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${served.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', database: 'down' });
    expect((await fetch(`${served.url}/health`)).status).toBe(503);
  });
});
