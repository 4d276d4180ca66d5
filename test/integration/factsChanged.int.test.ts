/**
 * factsChanged over graphql-ws, with a real client: a committed write arrives in the shape of `neighborhood`,
 * the actor filter keeps out writes about others, a write that reaches Neo4j through another process reaches a
 * subscriber all the same, and a stopping server ends its subscriptions.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/localNeo4j.js';
import { testDatabase } from '../helpers/api.js';
import { cleanEnv, neo4jEnv, startTsx } from '../helpers/processes.js';
import { serve, useServed } from '../helpers/served.js';
import {
  removeTestChanges,
  subscribe,
  testPersonId,
  waitForSubscribers,
  writePersonWithChange,
  type Subscription,
} from '../helpers/subscriptions.js';

const FACTS_CHANGED = `subscription ($actor: ID, $types: [String!]) {
  factsChanged(actor: $actor, types: $types) {
    id at by mutation
    added { truncated nodes { id labels caption } edges { id type source target } }
    retracted { nodes { id } edges { id } }
  }
}`;

const UKRAINE = 'country:ukraine';
const db = testDatabase();
const served = useServed(() => serve(testDatabase()));
const open: Subscription[] = [];

/** Subscribes, and resolves once the server counts the subscription: a write after that must arrive. */
async function subscribed(url: string, variables: Record<string, unknown>, expectOpen = 1): Promise<Subscription> {
  const s = subscribe(url, FACTS_CHANGED, variables);
  open.push(s);
  // The client connects lazily, on the first next(); start it, and take the promise for the first payload.
  const first = s.next();
  first.catch(() => {}); // awaited by the test; a failure while waiting below must not go unhandled
  await waitForSubscribers(url, expectOpen);
  return { ...s, next: () => first };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await removeTestChanges(db);
});
afterAll(() => db.close());

describe('factsChanged', () => {
  it('pushes a committed write: the added node, the added edge and both its ends', async () => {
    const person = { id: testPersonId(), name: 'Live Test Person' };
    const subscription = await subscribed(served.url, { actor: person.id });
    const changeId = await writePersonWithChange(db, person, { type: 'CITIZEN_OF', to: UKRAINE });

    const { factsChanged: change } = await subscription.next();
    expect(change).toMatchObject({ id: changeId, by: 'test', mutation: 'addActor' });
    expect(Date.parse(change.at)).not.toBeNaN();
    expect(change.added.truncated).toBe(false);
    expect(change.added.nodes.map((n: { id: string }) => n.id).sort()).toEqual([UKRAINE, person.id].sort());
    expect(change.added.nodes.find((n: { id: string }) => n.id === person.id)).toEqual({
      id: person.id,
      labels: ['Actor', 'Person'],
      caption: person.name,
    });
    expect(change.added.edges).toEqual([
      { id: `${person.id}>CITIZEN_OF>${UKRAINE}`, type: 'CITIZEN_OF', source: person.id, target: UKRAINE },
    ]);
    expect(change.retracted).toEqual({ nodes: [], edges: [] });
  });

  it('keeps out writes that do not touch the followed actor', async () => {
    const followed = { id: testPersonId(), name: 'Followed Person' };
    const other = { id: testPersonId(), name: 'Other Person' };
    const subscription = await subscribed(served.url, { actor: followed.id });
    // The other write is committed first: had it passed the filter, it would arrive first.
    await writePersonWithChange(db, other);
    await writePersonWithChange(db, followed);
    const { factsChanged: change } = await subscription.next();
    expect(change.added.nodes.map((n: { id: string }) => n.id)).toEqual([followed.id]);
  });

  it('keeps only the relationship types asked for, with their ends', async () => {
    const plain = { id: testPersonId(), name: 'Person Without Country' };
    const citizen = { id: testPersonId(), name: 'Person With Country' };
    const subscription = await subscribed(served.url, { types: ['CITIZEN_OF'] });
    await writePersonWithChange(db, plain);
    await writePersonWithChange(db, citizen, { type: 'CITIZEN_OF', to: UKRAINE });
    const { factsChanged: change } = await subscription.next();
    expect(change.added.edges.map((e: { type: string }) => e.type)).toEqual(['CITIZEN_OF']);
    expect(change.added.nodes.map((n: { id: string }) => n.id).sort()).toEqual([UKRAINE, citizen.id].sort());
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
  it('reaches a subscriber of another process, and ends when that process stops', async () => {
    const port = await freePort();
    const other = startTsx('src/main.ts', [], cleanEnv({ ...neo4jEnv(), PORT: String(port) }));
    try {
      await other.waitFor(/GraphQL API at/);
      const url = `http://127.0.0.1:${port}`;
      const person = { id: testPersonId(), name: 'Person Seen Elsewhere' };
      const subscription = subscribe(url, FACTS_CHANGED, { actor: person.id });
      open.push(subscription);
      const first = subscription.next();
      first.catch(() => {}); // awaited below
      await waitForSubscribers(url, 1);
      // Written past the other process: only its tailing of :Change nodes can tell its subscriber.
      const changeId = await writePersonWithChange(db, person);
      expect((await first).factsChanged.id).toBe(changeId);

      const ended = expect(subscription.next()).rejects.toThrow(/the subscription ended/);
      const exit = await other.stop('SIGTERM');
      await ended;
      expect(exit.code).toBe(0);
    } finally {
      await other.stop('SIGKILL');
    }
  }, 180_000);
});
