/**
 * Every wait on Neo4j ends: a database that accepts connections but never answers (a frozen process), one
 * that freezes mid-connection, and a query that outruns its transaction timeout all answer with a code, in
 * under 5 s, over the same HTTP app main.ts serves.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/db/database.js';
import { databaseError } from '../../src/errors.js';
import { serve, type Served } from '../helpers/served.js';
import { freezableProxy, silentServer, type FreezableProxy, type Listening } from '../helpers/tcpFaults.js';

const QUERY = '{ actors(first: 3) { totalCount } }';

/** Posts a query and reports its answer and how long it took. */
async function timedPost(url: string) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const json = (await response.json()) as {
    data?: unknown;
    errors?: Array<{ message: string; extensions?: { code?: string; neo4jCode?: string } }>;
  };
  return { ms: performance.now() - started, codes: (json.errors ?? []).map((e) => e.extensions?.code), json };
}

const BOUNDED_CODES = ['DATABASE_UNAVAILABLE', 'DATABASE_TIMEOUT'];

describe('a database that accepts connections and never answers', () => {
  let silent: Listening;
  let served: Served;
  beforeAll(async () => {
    silent = await silentServer();
    served = await serve(connect({ uri: silent.uri, user: 'neo4j', password: undefined, database: undefined }));
  });
  afterAll(async () => {
    await served?.close();
    await silent?.close();
  });

  it('answers five concurrent requests with a database code, each within 5 s', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => timedPost(served.url)));
    for (const answer of answers) {
      expect(answer.codes, JSON.stringify(answer.json)).toHaveLength(1);
      expect(BOUNDED_CODES).toContain(answer.codes[0]);
      expect(answer.ms).toBeLessThan(5000);
    }
  });
});

describe('a database that freezes with connections open, then thaws', () => {
  let proxy: FreezableProxy;
  let served: Served;
  beforeAll(async () => {
    const target = new URL(inject('neo4j').uri.replace(/^\w+(\+\w+)?:/, 'http:'));
    proxy = await freezableProxy({ host: target.hostname, port: Number(target.port) });
    served = await serve(connect({ ...inject('neo4j'), uri: proxy.uri }));
  });
  afterAll(async () => {
    proxy?.thaw();
    await served?.close();
    await proxy?.close();
  });

  it('answers before the freeze, DATABASE_TIMEOUT within 5 s during it, and answers again after', async () => {
    const before = await timedPost(served.url);
    expect(before.codes).toEqual([]);
    proxy.freeze();
    const during = await Promise.all(Array.from({ length: 5 }, () => timedPost(served.url)));
    for (const answer of during) {
      expect(BOUNDED_CODES).toContain(answer.codes[0]);
      expect(answer.ms).toBeLessThan(5000);
    }
    proxy.thaw();
    let after = await timedPost(served.url);
    for (let i = 0; i < 20 && after.codes.length > 0; i++) after = await timedPost(served.url);
    expect(after.codes).toEqual([]);
    expect(after.json.data).toEqual(before.json.data);
  });
});

describe('a query longer than the read timeout', () => {
  it('is stopped by Neo4j and reported as DATABASE_TIMEOUT', async () => {
    const timeouts = { readMs: 300, writeMs: 300, connectMs: 3000, retryMs: 1000 };
    const db = connect(inject('neo4j'), { timeouts });
    try {
      const error = await db
        .read('test:slow', 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n')
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(databaseError(error).extensions.code).toBe('DATABASE_TIMEOUT');
    } finally {
      await db.close();
    }
  });
});
