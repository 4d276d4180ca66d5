/**
 * factsChanged as a client sees it: a real graphql-ws client over a real WebSocket, and the :Change nodes
 * (with the facts they name) that a mutation leaves, written here through the Database class.
 */
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Database } from '../../src/db/database.js';
import type { UntypedData } from './api.js';

export interface Subscription {
  /** The next payload's data; rejects on a GraphQL error, or with "the subscription ended" when it ends first. */
  next(): Promise<UntypedData>;
  close(): Promise<void>;
}

/** A graphql-ws client of the server at `httpUrl` (http://host:port), subscribed to `query`. */
export function subscribe(httpUrl: string, query: string, variables: Record<string, unknown> = {}): Subscription {
  const client: Client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  const iterator = client.iterate<UntypedData>({ query, variables });
  return {
    next: async () => {
      // graphql-ws rejects with the socket's CloseEvent when the server closes it (1001 when the server stops).
      const result = await iterator.next().catch((reason: unknown) => {
        const code = (reason as { code?: unknown }).code;
        throw reason instanceof Error
          ? reason
          : new Error(`the subscription ended: socket closed with ${String(code)}`);
      });
      if (result.done) throw new Error('the subscription ended');
      if (result.value.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.value.errors)}`);
      return result.value.data!;
    },
    close: async () => {
      await iterator.return?.().catch(() => {});
      await client.dispose();
    },
  };
}

/** Waits until the server at `httpUrl` reports at least `count` open subscriptions on /metrics. */
export async function waitForSubscribers(httpUrl: string, count: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await (await fetch(`${httpUrl}/metrics`)).text();
    const open = Number(/^actorgraph_subscriptions (\d+)/m.exec(text)?.[1] ?? 0);
    if (open >= count) return;
    if (Date.now() > deadline) throw new Error(`${httpUrl} has ${open} subscriptions, not ${count}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Ids these helpers make start with it, so that a test deletes only what it made. */
export const TEST_ID_PREFIX = 'test-live:';

export const testPersonId = () => `${TEST_ID_PREFIX}person-${randomUUID()}`;

/**
 * What a mutation would do, as the writes contract has it: a person, optionally joined to an existing node, and
 * the :Change node that names them, in one transaction. Returns the change's id.
 */
export async function writePersonWithChange(
  db: Database,
  person: { id: string; name: string },
  edge?: { type: string; to: string },
): Promise<string> {
  const changeId = `${TEST_ID_PREFIX}change-${randomUUID()}`;
  await db.writeTransaction('test:person-with-change', async (tx) => {
    await tx.run(
      `CREATE (p:Node:Actor:Person {id: $id, kind: 'PERSON', name: $name, aliases: [], nameKeys: [], sortKey: $name})`,
      person,
    );
    if (edge)
      await tx.run(`MATCH (p:Node {id: $id}), (o:Node {id: $to}) CREATE (p)-[:$($type) {id: $edgeId}]->(o)`, {
        id: person.id,
        to: edge.to,
        type: edge.type,
        edgeId: `${person.id}>${edge.type}>${edge.to}`,
      });
    await tx.run(
      `CREATE (:Change {id: $changeId, at: datetime(), by: 'test', mutation: 'addActor',
         addedNodes: [$id], addedEdges: $edges, retractedNodes: [], retractedEdges: []})`,
      { changeId, id: person.id, edges: edge ? [`${person.id}>${edge.type}>${edge.to}`] : [] },
    );
  });
  return changeId;
}

/** Deletes every node and change these helpers made. */
export async function removeTestChanges(db: Database): Promise<void> {
  await db.write(
    'test:remove-live',
    `MATCH (n) WHERE (n:Node OR n:Change) AND n.id STARTS WITH $prefix DETACH DELETE n`,
    { prefix: TEST_ID_PREFIX },
  );
}
