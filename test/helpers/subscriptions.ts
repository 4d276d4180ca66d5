/** factsChanged as a client sees it: a real graphql-ws client over a real WebSocket. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { UntypedData } from './api.js';

export interface Subscription {
  /** The next payload's data; rejects on a GraphQL error, or with "the subscription ended" when it ends first. */
  next(): Promise<UntypedData>;
  close(): Promise<void>;
}

/** A graphql-ws client of the server at `httpUrl` (http://host:port), subscribed to `query`. */
export function subscribe(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  connectionParams?: Record<string, unknown>,
): Subscription {
  const client: Client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    ...(connectionParams ? { connectionParams } : {}),
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
