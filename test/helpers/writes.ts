/**
 * For the tests of writes: a server with test API keys, GraphQL over HTTP with headers, a source text to
 * quote, and the clean-up that removes exactly what the tests wrote (facts named `test-writes…` and the
 * Change nodes of the test keys).
 */
import { randomUUID } from 'node:crypto';
import { sha256Hex } from '../../src/auth/apiKeys.js';
import type { ApiKeyConfig, AuthConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import type { WireResponse } from './api.js';

export const WRITER_KEY = `writer-${randomUUID()}`;
export const READER_KEY = `reader-${randomUUID()}`;
export const JWT_SECRET = `secret-${randomUUID()}`;

export const TEST_KEYS: ApiKeyConfig[] = [
  { name: 'test-writes-writer', scopes: ['read', 'write'], sha256: sha256Hex(WRITER_KEY) },
  { name: 'test-writes-reader', scopes: ['read'], sha256: sha256Hex(READER_KEY) },
];

export const TEST_AUTH: AuthConfig = { apiKeys: TEST_KEYS, jwtSecret: JWT_SECRET, readsRequireToken: false };

/** The API_KEYS setting for the same keys, for servers started as processes. */
export const TEST_API_KEYS_ENV = TEST_KEYS.map((k) => `${k.name}:${k.scopes.join('+')}:${k.sha256}`).join(';');

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface HttpAnswer extends WireResponse {
  status: number;
  extensions?: Record<string, unknown>;
}

export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as WireResponse) };
}

/** A source text the tests quote; offsets are found, not written by hand. */
export const TEST_TEXT =
  'KYIV (Test Wire) — Olena Testenko, the test minister of Ruritania, told the Test Council on Monday that talks must resume. ' +
  'Ivan Probov, speaking for Testland, answered that Testland would not negotiate.';

export function quote(excerpt: string, source: string, text = TEST_TEXT) {
  const start = text.indexOf(excerpt);
  if (start < 0) throw new Error(`"${excerpt}" is not in the test text`);
  return { source, start, end: start + excerpt.length, excerpt };
}

/** Everything the tests wrote: their facts (live or retracted), their evidence and their Change nodes. */
export async function removeTestWrites(db: Database): Promise<void> {
  await db.write(
    'test:remove-writes',
    `MATCH (n) WHERE (n:Node OR n:Retracted OR n:RetractedEdge OR n:Evidence) AND n.id CONTAINS 'test-writes'
     DETACH DELETE n`,
  );
  await db.write('test:remove-changes', "MATCH (c:Change) WHERE c.by CONTAINS 'test-writes' DETACH DELETE c");
}
