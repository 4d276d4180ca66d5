/**
 * `npm start` without NEO4J_URI, as a user lives it: it starts its own Neo4j, seeds it, serves it;
 * a restart keeps the data and duplicates nothing; Ctrl-C stops Neo4j too; and when the API process
 * is killed outright, the watchdog still ends Neo4j, leaving no orphan Java process.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  alive,
  counts,
  exited,
  localHome,
  startApi as startLocalApi,
  waitUntilGone,
  type StartedApi,
} from '../helpers/localApi.js';
import { freePort } from '../../src/local/localProcess.js';

const home = localHome('actorgraph-lifecycle-');
const javaPid = home.javaPid;

const started: StartedApi[] = [];
afterAll(() => {
  for (const api of started) api.child.kill('SIGKILL');
  home.remove();
});

async function startApi(port: number): Promise<StartedApi> {
  const api = await startLocalApi(home, port);
  started.push(api);
  return api;
}

describe('npm start with a local Neo4j', () => {
  it('seeds on first start, keeps the data across a restart, and stops its Neo4j on Ctrl-C', async () => {
    const port = await freePort();
    const first = await startApi(port);
    expect(first.output()).toMatch(/Loaded .*national-times-ukraine-offers-talks\.yaml/);
    const firstJava = javaPid();
    expect(alive(firstJava)).toBe(true);
    const before = await counts(port);
    expect(before.actors).toBeGreaterThan(0);

    first.child.kill('SIGINT');
    await exited(first.child);
    expect(first.child.exitCode).toBe(0);
    expect(await waitUntilGone(firstJava, 5_000)).toBe(true);

    const second = await startApi(port);
    expect(second.output()).toMatch(/already holds data: not seeding/);
    expect(await counts(port)).toEqual(before);
    second.child.kill('SIGINT');
    await exited(second.child);
  }, 600_000);

  it('leaves no Java process behind when the API process is killed outright (SIGKILL)', async () => {
    const port = await freePort();
    const api = await startApi(port);
    const java = javaPid();
    expect(alive(java)).toBe(true);
    api.child.kill('SIGKILL');
    await exited(api.child);
    // The watchdog polls once a second, then gives Neo4j time to stop cleanly.
    expect(await waitUntilGone(java, 90_000)).toBe(true);
  }, 240_000);
});
