/**
 * Subscriptions from the browser: one graphql-ws client for the page, on this server's /graphql. A browser's
 * WebSocket sends no headers, so the token travels in connection_init's payload.
 */
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../__generated__/graphql';
import { GRAPHQL_URL } from './graphql';
import { readToken } from './token';

let client: Client | undefined;

export function liveClient(): Client {
  client ??= createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${GRAPHQL_URL}`,
    connectionParams: () => {
      const token = readToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // A server that restarts (or a replica that goes away) is reconnected to, for as long as the page is open.
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return client;
}

/** Calls `onData` with each payload of a generated subscription document; returns the unsubscribe function. */
export function subscribe<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  onData: (data: T) => void,
  onError: (message: string) => void = () => {},
): () => void {
  return liveClient().subscribe<T>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      error: (error) => onError(error instanceof Error ? error.message : 'the live updates stopped'),
      complete: () => {},
    },
  );
}
