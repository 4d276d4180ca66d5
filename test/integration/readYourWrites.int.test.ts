/**
 * Read-your-writes across replicas: two API processes (`npm start`) against one Neo4j. A mutation through
 * one answers with its bookmark in `extensions`; a read through the other that sends it back
 * (`x-actorgraph-bookmark`) sees the write at once. A bookmark this database never issued is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/localProcess.js';
import { testDatabase } from '../helpers/api.js';
import { cleanEnv, neo4jEnv, startTsx, type RunningProcess } from '../helpers/processes.js';
import { bearer, post, removeTestWrites, TEST_API_KEYS_ENV, WRITER_KEY } from '../helpers/writes.js';

const replicas: Array<{ process: RunningProcess; url: string }> = [];

async function startReplica(): Promise<{ process: RunningProcess; url: string }> {
  const port = await freePort();
  const server = startTsx(
    'src/main.ts',
    [],
    cleanEnv({
      ...neo4jEnv(),
      PORT: String(port),
      SEED_ON_START: 'never',
      API_KEYS: TEST_API_KEYS_ENV,
    }),
  );
  // A cold start compiles the sources and migrates: on a loaded machine that takes a while.
  try {
    await server.waitFor(/GraphQL API at http:\/\/127\.0\.0\.1:\d+\/graphql/, 240_000);
  } catch (error) {
    await server.stop('SIGKILL');
    throw error;
  }
  return { process: server, url: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  // One after the other: the second's start does not slow the first's.
  replicas.push(await startReplica());
  replicas.push(await startReplica());
}, 540_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.process.stop('SIGKILL')));
  const db = testDatabase();
  await removeTestWrites(db);
  await db.close();
});

describe('two API processes against one Neo4j', () => {
  it('reads a write made through one replica through the other at once, with its bookmark', async () => {
    const [writer, reader] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    for (let i = 0; i < 5; i++) {
      const id = `source:test-writes-ryw-${i}`;
      const written = await post(
        writer.url,
        'mutation($input: SourceInput!) { addSource(input: $input) { change { id } } }',
        { input: { id, title: `Replica test ${i}`, publisher: 'Test Wire', text: 'A text.' } },
        bearer(WRITER_KEY),
      );
      expect(written.errors).toBeUndefined();
      const bookmark = written.extensions?.bookmark;
      expect(typeof bookmark).toBe('string');
      const read = await post(
        reader.url,
        `{ node(id: "${id}") { id } }`,
        {},
        {
          'x-actorgraph-bookmark': bookmark as string,
        },
      );
      expect(read.data!.node).toEqual({ id });
    }
  });

  it('answers reads without a bookmark as before, and refuses a bookmark it never issued', async () => {
    const [, reader] = replicas as [(typeof replicas)[0], (typeof replicas)[0]];
    const plain = await post(reader.url, '{ actors(first: 1) { totalCount } }');
    expect(plain.data!.actors.totalCount).toBeGreaterThan(0);
    const forged = await post(
      reader.url,
      '{ actors(first: 1) { totalCount } }',
      {},
      { 'x-actorgraph-bookmark': 'not-a-bookmark' },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
