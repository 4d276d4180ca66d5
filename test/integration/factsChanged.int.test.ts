/**
 * factsChanged over graphql-ws, with a real client and real mutations: a committed write arrives in the shape
 * of `neighborhood`, the actor and type filters keep out what was not asked for, a retraction says what to
 * drop, a write through a second API process reaches a subscriber of the first, and a stopping server ends
 * its subscriptions.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/localProcess.js';
import { testDatabase } from '../helpers/api.js';
import { cleanEnv, neo4jEnv, startTsx } from '../helpers/processes.js';
import { serve, useServed } from '../helpers/served.js';
import { subscribe, waitForSubscribers, type Subscription } from '../helpers/subscriptions.js';
import {
  bearer,
  post,
  quote,
  READER_KEY,
  removeTestWrites,
  TEST_API_KEYS_ENV,
  TEST_AUTH,
  TEST_TEXT,
  WRITER_KEY,
} from '../helpers/writes.js';

const FACTS_CHANGED = `subscription ($actor: ID, $types: [String!]) {
  factsChanged(actor: $actor, types: $types) {
    id at by mutation
    added { truncated nodes { id labels caption } edges { id type source target } }
    retracted { nodes { id labels } edges { id type source target } }
  }
}`;
const RESULT = 'change { id mutation addedNodes addedEdges retractedNodes retractedEdges }';

const SOURCE = 'source:test-writes-live';
const OLENA = 'person:test-writes-live-olena';
const IVAN = 'person:test-writes-live-ivan';
const TESTLAND = 'country:test-writes-live-testland';
const STATEMENT = 'stmt:test-writes-live-resume';

const served = useServed(() => serve(testDatabase(), { auth: TEST_AUTH }));
const open: Subscription[] = [];

/** A mutation through the server at `url` with the writer's key; its data, or the test fails. */
async function write(url: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await post(url, query, variables, bearer(WRITER_KEY));
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

const addActor = (url: string, id: string, name: string, extra: Record<string, unknown> = {}) =>
  write(url, `mutation($input: ActorInput!) { addActor(input: $input) { ${RESULT} } }`, {
    input: {
      id,
      kind: id.startsWith('person:') ? 'PERSON' : 'COUNTRY',
      name,
      evidence: [quote(name, SOURCE)],
      ...extra,
    },
  });

const addAlias = (actor: string, alias: string) =>
  write(served.url, `mutation($actor: ID!, $alias: String!) { addAlias(actor: $actor, alias: $alias) { ${RESULT} } }`, {
    actor,
    alias,
  });

/** Subscribes, and resolves once the server counts the subscription: a write after that must arrive. */
async function subscribed(url: string, variables: Record<string, unknown>, expectOpen = 1) {
  const s = subscribe(url, FACTS_CHANGED, variables);
  open.push(s);
  // The client connects lazily, on the first next().
  const first = s.next();
  first.catch(() => {}); // awaited by the test; a failure while waiting below must not go unhandled
  await waitForSubscribers(url, expectOpen);
  return { first, subscription: s };
}

const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();

beforeAll(async () => {
  await write(served.url, `mutation($input: SourceInput!) { addSource(input: $input) { ${RESULT} } }`, {
    input: { id: SOURCE, title: 'Test wire', publisher: 'Test Wire', published: '2025-07-21', text: TEST_TEXT },
  });
  await addActor(served.url, TESTLAND, 'Testland');
  await addActor(served.url, IVAN, 'Ivan Probov');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  const db = testDatabase();
  await removeTestWrites(db);
  await db.close();
});

describe('factsChanged', () => {
  it('pushes a committed write: the added node, its edges and their ends', async () => {
    const { first } = await subscribed(served.url, { actor: OLENA });
    const { addActor: result } = await addActor(served.url, OLENA, 'Olena Testenko', { country: TESTLAND });

    const { factsChanged: change } = await first;
    expect(change).toMatchObject({ id: result.change.id, by: 'key:test-writes-writer', mutation: 'addActor' });
    expect(Date.parse(change.at)).not.toBeNaN();
    expect(change.added.truncated).toBe(false);
    expect(change.added.nodes.find((n: { id: string }) => n.id === OLENA)).toEqual({
      id: OLENA,
      labels: ['Actor', 'Person'],
      caption: 'Olena Testenko',
    });
    expect(result.change.addedEdges.length).toBeGreaterThan(0);
    expect(ids(change.added.edges)).toEqual([...result.change.addedEdges].sort());
    const ends = change.added.edges.flatMap((e: { source: string; target: string }) => [e.source, e.target]);
    expect(ends).toContain(TESTLAND);
    expect(ids(change.added.nodes)).toEqual(expect.arrayContaining([...new Set(ends)]));
    expect(change.retracted).toEqual({ nodes: [], edges: [] });
  });

  it('keeps out writes that do not touch the followed actor', async () => {
    const { first } = await subscribed(served.url, { actor: IVAN });
    // The other write is committed first: had it passed the filter, it would arrive first.
    await addAlias(TESTLAND, 'Testlandia');
    const { addAlias: result } = await addAlias(IVAN, 'Ivan Probow');
    const { factsChanged: change } = await first;
    expect(change.id).toBe(result.change.id);
    expect(ids(change.added.nodes)).toEqual([IVAN]);
  });

  it('keeps only the relationship types asked for, with their ends; then says which edge a correction retracted', async () => {
    const addressed = await subscribed(served.url, { types: ['ADDRESSED_TO'] });
    await addAlias(IVAN, 'I. Probov');
    await write(served.url, `mutation($input: StatementInput!) { addStatement(input: $input) { ${RESULT} } }`, {
      input: {
        id: STATEMENT,
        kind: 'PARAPHRASE',
        text: 'Talks must resume.',
        speaker: OLENA,
        addressees: [{ id: TESTLAND }, { id: IVAN }],
        evidence: [quote('told the Test Council on Monday that talks must resume', SOURCE)],
      },
    });
    const { factsChanged: added } = await addressed.first;
    expect(added.added.edges.map((e: { type: string }) => e.type)).toEqual(['ADDRESSED_TO', 'ADDRESSED_TO']);
    expect(ids(added.added.nodes)).toEqual([IVAN, STATEMENT, TESTLAND].sort());

    const removal = await subscribed(served.url, { actor: IVAN }, 2);
    await write(
      served.url,
      `mutation { removeAddressee(statement: "${STATEMENT}", addressee: "${IVAN}", reason: "He is not addressed") { ${RESULT} } }`,
    );
    const { factsChanged: removed } = await removal.first;
    expect(removed.mutation).toBe('removeAddressee');
    expect(removed.retracted.edges).toEqual([
      { id: `${STATEMENT}>ADDRESSED_TO>${IVAN}`, type: 'ADDRESSED_TO', source: STATEMENT, target: IVAN },
    ]);
  });

  it('answers a subscription sent over HTTP with an error that names the WebSocket endpoint', async () => {
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: 'subscription { factsChanged { id } }' }),
    });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/WebSocket \(the graphql-ws protocol\) at \/graphql/);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('factsChanged across API processes', () => {
  it('brings a write through a second process to a subscriber of the first; a stopping process ends its own', async () => {
    const port = await freePort();
    const second = startTsx(
      'src/main.ts',
      [],
      cleanEnv({ ...neo4jEnv(), PORT: String(port), API_KEYS: TEST_API_KEYS_ENV }),
    );
    try {
      await second.waitFor(/GraphQL API at/);
      const secondUrl = `http://127.0.0.1:${port}`;
      const here = await subscribed(served.url, { actor: OLENA });
      // Following an actor no write here touches: its subscription can only end.
      const there = subscribe(
        secondUrl,
        FACTS_CHANGED,
        { actor: 'person:test-writes-live-nobody' },
        bearer(READER_KEY),
      );
      open.push(there);
      const thereEnds = expect(there.next()).rejects.toThrow(/the subscription ended/);
      await waitForSubscribers(secondUrl, 1);

      // Only this process's tailing of :Change nodes can tell its subscriber of a write made elsewhere.
      const { addAlias: result } = await write(
        secondUrl,
        `mutation { addAlias(actor: "${OLENA}", alias: "O. Testenko") { ${RESULT} } }`,
      );
      expect((await here.first).factsChanged.id).toBe(result.change.id);

      const exit = await second.stop('SIGTERM');
      await thereEnds;
      expect(exit.code).toBe(0);
    } finally {
      await second.stop('SIGKILL');
    }
  }, 180_000);
});
