/**
 * `npm start` as a user runs it (`npx tsx src/main.ts`), against the test run's Neo4j: it finds the data already
 * there and does not seed, serves GraphQL and /health over HTTP, answers errors with codes, and stops cleanly on
 * SIGTERM. This runs the code the way production does (Node's own module loading, not vitest's).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { freePort } from '../../src/local/localProcess.js';
import { testDatabase, type WireResponse } from '../helpers/api.js';
import { graphSnapshot, type GraphSnapshot } from '../helpers/graph.js';
import { cleanEnv, startTsx, STACK_FRAME, type RunningProcess } from '../helpers/processes.js';

let server: RunningProcess;
let url: string;
let db: Database;
let graph: GraphSnapshot;

beforeAll(async () => {
  db = testDatabase();
  graph = await graphSnapshot(db);
  const port = await freePort();
  const c = inject('neo4j');
  server = startTsx(
    'src/main.ts',
    [],
    cleanEnv({
      NEO4J_URI: c.uri,
      NEO4J_USER: c.user,
      NEO4J_PASSWORD: c.password,
      NEO4J_DATABASE: c.database,
      HOST: '127.0.0.1',
      PORT: String(port),
    }),
  );
  await server.waitFor(/GraphQL API at http:\/\/127\.0\.0\.1:\d+\/graphql/);
  url = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(async () => {
  await server?.stop('SIGKILL');
  await db?.close();
});

async function post(body: unknown) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    // A GraphQL over HTTP client: bad input is a 4xx (plain application/json clients get 200).
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as WireResponse };
}

describe('npm start with a database that already holds the seed', () => {
  it('does not seed again, and says so', () => {
    expect(server.output()).toMatch(/already holds data: not seeding/);
    expect(server.output()).not.toMatch(/Loaded .*\.yaml/);
  });

  it('answers GET /health with 200, database up', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ database: 'up' });
  });

  it('answers a query', async () => {
    const { status, json } = await post({ query: '{ search(text: "Umerov") { node { id } } }' });
    expect(status).toBe(200);
    expect(json.data?.search[0].node.id).toBe('person:rustem-umerov');
  });

  it.each([
    ['a malformed date literal', '{ statements(from: "2025-13-45") { totalCount } }', 'BAD_USER_INPUT'],
    ['a page too large', '{ actors(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
    ['an unknown field', '{ actors { shoeSize } }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with its code and no stack trace', async (_name, query, code) => {
    const { json } = await post({ query });
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(JSON.stringify(json)).not.toMatch(/stacktrace|\n\s+at /);
  });

  it('answers a malformed date variable with BAD_USER_INPUT and 400', async () => {
    const { status, json } = await post({
      query: 'query($d: Date) { events(from: $d) { id } }',
      variables: { d: 'yesterday' },
    });
    expect(status).toBe(400);
    expect(json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('left the graph as it was', async () => {
    expect((await graphSnapshot(db)).fingerprint === graph.fingerprint).toBe(true);
  });

  it('stops on SIGTERM: shuts down on its own, without an error', async () => {
    const { code, signal } = await server.stop('SIGTERM');
    // node runs main.ts itself: the signal reaches the handler, which drains and exits 0.
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: shutting down/);
    expect(server.output()).not.toMatch(STACK_FRAME);
  });
});
