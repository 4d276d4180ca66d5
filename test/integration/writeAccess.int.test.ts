/**
 * Who may write, and writing once: API keys and JWTs (a shared secret, and a JWKS served over HTTP) with
 * the read and write scopes, reads open or closed by configuration, and idempotency keys, including a
 * retry after the first request's connection was dropped. Everything the tests write is removed again.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';
import {
  bearer,
  JWT_SECRET,
  post,
  quote,
  READER_KEY,
  removeTestWrites,
  TEST_AUTH,
  TEST_KEYS,
  TEST_TEXT,
  WRITER_KEY,
} from '../helpers/writes.js';

const SOURCE = 'source:test-writes-access';
const ADD_SOURCE = `mutation($input: SourceInput!, $key: String) {
  addSource(input: $input, idempotencyKey: $key) { change { id by } replayed }
}`;
const sourceInput = (id = SOURCE) => ({ id, title: 'Access test', publisher: 'Test Wire', text: TEST_TEXT });

const served = useServed(() => serve(testDatabase(), { auth: TEST_AUTH }));

afterAll(async () => {
  const db = testDatabase();
  await removeTestWrites(db);
  await db.close();
});

async function changesWithKey(key: string): Promise<number> {
  const db = testDatabase();
  try {
    const [row] = await db.read<{ n: number }>(
      'test:changes-with-key',
      'MATCH (c:Change {idempotencyKey: $key}) RETURN count(c) AS n',
      { key },
    );
    return row!.n;
  } finally {
    await db.close();
  }
}

const jwt = (scope: string, expires = '5m') =>
  new SignJWT({ scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('test-writes-jwt')
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(new TextEncoder().encode(JWT_SECRET));

describe('authentication and scopes', () => {
  it('refuses a write without a token as UNAUTHENTICATED, and writes nothing', async () => {
    const answer = await post(served.url, ADD_SOURCE, { input: sourceInput() });
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const back = await post(served.url, `{ node(id: "${SOURCE}") { id } }`);
    expect(back.data!.node).toBeNull();
  });

  it('refuses a write with a read-only key as FORBIDDEN', async () => {
    const answer = await post(served.url, ADD_SOURCE, { input: sourceInput() }, bearer(READER_KEY));
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a token that is no key and no valid JWT as UNAUTHENTICATED, reads included', async () => {
    const answer = await post(served.url, '{ actors(first: 1) { totalCount } }', {}, bearer('not-a-key'));
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps reads open without a token', async () => {
    const answer = await post(served.url, '{ actors(first: 1) { totalCount } }');
    expect(answer.data!.actors.totalCount).toBeGreaterThan(0);
  });

  it('accepts a write key, and records it as the writer', async () => {
    const answer = await post(served.url, ADD_SOURCE, { input: sourceInput() }, bearer(WRITER_KEY));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.addSource.change.by).toBe('key:test-writes-writer');
  });

  it('accepts a JWT signed with the secret by its scopes; an expired one is UNAUTHENTICATED', async () => {
    const writes = await post(served.url, ADD_SOURCE, { input: sourceInput() }, bearer(await jwt('read write')));
    expect(writes.data!.addSource.change.by).toBe('jwt:test-writes-jwt');
    const reads = await post(served.url, ADD_SOURCE, { input: sourceInput() }, bearer(await jwt('read')));
    expect(reads.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const expired = await post(served.url, ADD_SOURCE, { input: sourceInput() }, bearer(await jwt('write', '-1m')));
    expect(expired.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('JWTs verified against a JWKS URL', () => {
  let jwks: http.Server;
  let sign: (scope: string) => Promise<string>;
  const server = useServed(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const key = { ...(await exportJWK(publicKey)), kid: 'test-writes', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [key] })),
    );
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    sign = (scope) =>
      new SignJWT({ scope })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-writes' })
        .setSubject('test-writes-jwks')
        .setIssuer('https://issuer.test')
        .setExpirationTime('5m')
        .sign(privateKey);
    return serve(testDatabase(), {
      auth: { apiKeys: [], jwksUrl: url, jwtIssuer: 'https://issuer.test', readsRequireToken: false },
    });
  });
  afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

  it('accepts a token signed by a key of the set, and refuses one signed by another', async () => {
    const ok = await post(server.url, ADD_SOURCE, { input: sourceInput() }, bearer(await sign('write')));
    expect(ok.data!.addSource.change.by).toBe('jwt:test-writes-jwks');
    const other = await post(server.url, ADD_SOURCE, { input: sourceInput() }, bearer(await jwt('write')));
    expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('reads closed by configuration', () => {
  const closed = useServed(() => serve(testDatabase(), { auth: { apiKeys: TEST_KEYS, readsRequireToken: true } }));

  it('refuses a read without a token with 401, and answers one with a read key', async () => {
    const anonymous = await post(closed.url, '{ actors(first: 1) { totalCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await post(closed.url, '{ actors(first: 1) { totalCount } }', {}, bearer(READER_KEY));
    expect(reader.data!.actors.totalCount).toBeGreaterThan(0);
  });
});

describe('idempotency', () => {
  it('replays the first result for a retry with the same Idempotency-Key header, writing nothing new', async () => {
    const key = `test-writes-${crypto.randomUUID()}`;
    const headers = { ...bearer(WRITER_KEY), 'idempotency-key': key };
    const first = await post(served.url, ADD_SOURCE, { input: sourceInput() }, headers);
    const retry = await post(served.url, ADD_SOURCE, { input: sourceInput() }, headers);
    expect(first.data!.addSource.replayed).toBe(false);
    expect(retry.data!.addSource).toEqual({ ...first.data!.addSource, replayed: true });
    expect(await changesWithKey(key)).toBe(1);
  });

  it('takes the key as an argument too, and refuses it for a different mutation', async () => {
    const key = `test-writes-${crypto.randomUUID()}`;
    const first = await post(served.url, ADD_SOURCE, { input: sourceInput(), key }, bearer(WRITER_KEY));
    const retry = await post(served.url, ADD_SOURCE, { input: sourceInput(), key }, bearer(WRITER_KEY));
    expect(retry.data!.addSource.change.id).toBe(first.data!.addSource.change.id);
    const other = await post(
      served.url,
      `mutation($key: String) { addAlias(actor: "person:rustem-umerov", alias: "x", idempotencyKey: $key) { replayed } }`,
      { key },
      bearer(WRITER_KEY),
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });

  it('creates nothing twice when a client retries after its connection dropped', async () => {
    const key = `test-writes-${crypto.randomUUID()}`;
    const body = JSON.stringify({ query: ADD_SOURCE, variables: { input: sourceInput('source:test-writes-dropped') } });
    const { port } = new URL(served.url);
    // The whole request goes out, then the socket is cut before any answer can come back.
    await new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
            `Authorization: Bearer ${WRITER_KEY}\r\nIdempotency-Key: ${key}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on('error', reject);
    });
    // The client does not know whether the write happened; it sends the same request again.
    const retry = await post(
      served.url,
      ADD_SOURCE,
      { input: sourceInput('source:test-writes-dropped') },
      { ...bearer(WRITER_KEY), 'idempotency-key': key },
    );
    expect(retry.errors).toBeUndefined();
    expect(await changesWithKey(key)).toBe(1);
    // Whichever of the two wrote, a third try is a replay of that one.
    const third = await post(
      served.url,
      ADD_SOURCE,
      { input: sourceInput('source:test-writes-dropped') },
      { ...bearer(WRITER_KEY), 'idempotency-key': key },
    );
    expect(third.data!.addSource).toEqual({ change: retry.data!.addSource.change, replayed: true });
    expect(await changesWithKey(key)).toBe(1);
  });
});

describe('evidence in a write', () => {
  beforeAll(async () => {
    await post(served.url, ADD_SOURCE, { input: sourceInput() }, bearer(WRITER_KEY));
  });

  it('is checked against the stored text of the source it names', async () => {
    const evidence = quote('Ivan Probov', SOURCE);
    const answer = await post(
      served.url,
      'mutation($input: ActorInput!) { addActor(input: $input) { change { addedNodes } } }',
      {
        input: {
          id: 'person:test-writes-access-ivan',
          kind: 'PERSON',
          name: 'Ivan Probov',
          evidence: [{ ...evidence, start: evidence.start + 1, end: evidence.end + 1 }],
        },
      },
      bearer(WRITER_KEY),
    );
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.evidence[0].excerpt',
    });
    expect(answer.errors?.[0]?.message).toContain(`stands at ${evidence.start}-${evidence.end}`);
  });
});
