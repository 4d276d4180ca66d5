/**
 * The HTTP app main.ts serves, over a real socket: POST /graphql and GET /health.
 */
import { describe, expect, it } from 'vitest';
import { testDatabase, unreachableDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';

/** Clients of the GraphQL over HTTP spec ask for this type, and get 4xx statuses for bad documents. */
const SPEC_CLIENT = 'application/graphql-response+json';

async function postGraphQL(url: string, body: unknown, accept = 'application/json') {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    json: (await response.json()) as { data?: any; errors?: any[] },
  };
}

describe('with the database up', () => {
  const up = useServed(() => serve(testDatabase()));

  it('GET /health answers 200, database up', async () => {
    const response = await fetch(`${up.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('POST /graphql answers a query with variables as JSON', async () => {
    const { status, type, json } = await postGraphQL(up.url, {
      query: 'query($name: String!) { actor(name: $name) { id name ... on Person { country { id } } } }',
      variables: { name: 'ZELENSKIY' },
    });
    expect(status).toBe(200);
    expect(type).toContain('application/json');
    expect(json.errors).toBeUndefined();
    expect(json.data.actor).toEqual({
      id: 'person:volodymyr-zelenskyy',
      name: 'Volodymyr Zelenskyy',
      country: { id: 'country:ukraine' },
    });
  });

  it('answers BAD_USER_INPUT for a bad argument', async () => {
    const { json } = await postGraphQL(up.url, { query: '{ actors(first: 500) { totalCount } }' });
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers 400 GRAPHQL_VALIDATION_FAILED for an unknown field', async () => {
    const { status, json } = await postGraphQL(up.url, { query: '{ actors { shoeSize } }' }, SPEC_CLIENT);
    expect(status).toBe(400);
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers 400 BAD_USER_INPUT for a malformed date variable', async () => {
    const { status, json } = await postGraphQL(
      up.url,
      {
        query: 'query($d: Date) { statements(from: $d) { totalCount } }',
        variables: { d: 'yesterday' },
      },
      SPEC_CLIENT,
    );
    expect(status).toBe(400);
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers a syntax error as the client error it is (400 GRAPHQL_PARSE_FAILED), not as a server failure', async () => {
    const { status, json } = await postGraphQL(up.url, { query: '{ actors(first: 2 { totalCount } }' }, SPEC_CLIENT);
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(status).toBe(400);
  });

  it('answers a client that accepts only application/json with 200 for a bad document, errors in the body', async () => {
    const { status, type, json } = await postGraphQL(up.url, { query: '{ actors { shoeSize } }' });
    expect(status).toBe(200);
    expect(type).toContain('application/json');
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses a query over the token limit as a client error (4xx), not a server failure', async () => {
    const huge = `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const { status, json } = await postGraphQL(up.url, { query: huge }, SPEC_CLIENT);
    expect(json.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('refuses more aliases than allowed with 400 and a code', async () => {
    const many = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: sources { id }`).join(' ')} }`;
    const { status, json } = await postGraphQL(up.url, { query: many }, SPEC_CLIENT);
    expect(status).toBe(400);
    // The caller's document is at fault: either code says so.
    expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(json.errors?.[0]?.extensions?.code);
  });
});

describe('with the database unreachable', () => {
  const down = useServed(() => serve(unreachableDatabase()));

  it('GET /health answers 503, database down, and POST /graphql answers DATABASE_UNAVAILABLE', async () => {
    // Both at once: each waits for the driver to give up on the connection.
    const [health, graphql] = await Promise.all([
      fetch(`${down.url}/health`),
      postGraphQL(down.url, { query: '{ actors { totalCount } }' }),
    ]);
    expect(health.status).toBe(503);
    const body = (await health.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'degraded', database: 'down' });
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);

    expect(graphql.json.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(graphql.json.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  }, 120_000);
});
