/**
 * The local Neo4j under faults, with `npm start` serving a bounded load on loopback: killed outright, the
 * supervisor restarts it; frozen (SIGSTOP) and thawed, requests time out and then succeed again. No request
 * waits more than 5 s, the service recovers by itself, and every count is as it was. Then SIGTERM during
 * load: every request in flight gets a complete answer, and Neo4j logs a clean stop. Along the way: the
 * local Neo4j demands a password, kept owner-only in the instance folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codesOf, postOnce, startLoad, type Answer } from '../helpers/load.js';
import { alive, counts, COUNTS_QUERY, exited, localHome, startApi, type StartedApi } from '../helpers/localApi.js';
import { freePort } from '../../src/local/localProcess.js';
import { DEFAULT_NEO4J_TIMEOUTS } from '../../src/config.js';

const home = localHome('actorgraph-outage-');
let api: StartedApi;
let url: string;
let port: number;
let before: Awaited<ReturnType<typeof counts>>;

beforeAll(async () => {
  port = await freePort();
  // The API's own read bound, not the tests' longer one: this file checks that no request waits past 5 s.
  api = await startApi(home, port, { LOG_LEVEL: 'info', NEO4J_READ_TIMEOUT_MS: String(DEFAULT_NEO4J_TIMEOUTS.readMs) });
  url = `http://127.0.0.1:${port}`;
  // The first queries of a cold Neo4j on a busy machine may outrun the read timeout.
  expect(await recovered(120_000)).toBe(true);
  before = await counts(port);
}, 600_000);

afterAll(async () => {
  api?.child.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  home.remove();
});

/** Waits until a query succeeds again, without anyone restarting anything. */
async function recovered(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await postOnce(url, COUNTS_QUERY, 10_000);
    if (answer.status === 200 && codesOf(answer).length === 0) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

const slowest = (answers: Answer[]) => Math.max(...answers.map((a) => a.ms));

describe('the local Neo4j is locked down', () => {
  it('keeps a generated password, owner-only, in the instance folder, and refuses Bolt without it', async () => {
    const file = path.join(home.instanceDir, 'password');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const password = fs.readFileSync(file, 'utf8').trim();
    expect(password.length).toBeGreaterThanOrEqual(24);
    const boltPort = Number(fs.readFileSync(home.pidFile, 'utf8').split(/\s+/)[1]);
    const uri = `bolt://127.0.0.1:${boltPort}`;
    for (const auth of [neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', 'wrong')]) {
      const driver = neo4j.driver(uri, auth);
      await expect(driver.executeQuery('MATCH (n) DETACH DELETE n')).rejects.toMatchObject({
        code: expect.stringMatching(/Neo\.ClientError\.Security\./),
      });
      await driver.close();
    }
    const owner = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
    const { records } = await owner.executeQuery('MATCH (n:Actor) RETURN count(n) AS n');
    expect(Number(records[0]?.get('n'))).toBe(before.actors);
    await owner.close();
  });
});

describe('outages under load', () => {
  it('kill -9: requests fail fast, the supervisor restarts Neo4j once, and the service recovers by itself', async () => {
    expect(await recovered(120_000)).toBe(true);
    const java = home.javaPid();
    const load = startLoad(url, COUNTS_QUERY, 4);
    await new Promise((r) => setTimeout(r, 1000));
    process.kill(java, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 6000));
    const answers = await load.stop();
    expect(slowest(answers)).toBeLessThan(5000);
    expect(answers.every((a) => a.status === 200 && a.json)).toBe(true);
    expect(answers.some((a) => codesOf(a).includes('DATABASE_UNAVAILABLE'))).toBe(true);
    expect(await recovered(300_000)).toBe(true);
    expect(home.javaPid()).not.toBe(java);
    expect(api.output().match(/Neo4j exited unexpectedly/g)).toHaveLength(1);
    expect(await counts(port)).toEqual(before);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/^actorgraph_neo4j_restarts_total 1$/m);
  }, 420_000);

  it('SIGSTOP then SIGCONT: requests time out within 5 s while frozen, then succeed again', async () => {
    expect(await recovered(300_000)).toBe(true);
    const java = home.javaPid();
    const load = startLoad(url, COUNTS_QUERY, 4);
    await new Promise((r) => setTimeout(r, 1000));
    process.kill(java, 'SIGSTOP');
    try {
      await new Promise((r) => setTimeout(r, 7000));
    } finally {
      process.kill(java, 'SIGCONT');
    }
    await new Promise((r) => setTimeout(r, 3000));
    const answers = await load.stop();
    expect(slowest(answers)).toBeLessThan(5000);
    expect(answers.every((a) => a.status === 200 && a.json)).toBe(true);
    expect(answers.some((a) => ['DATABASE_TIMEOUT', 'DATABASE_UNAVAILABLE'].includes(codesOf(a)[0] ?? ''))).toBe(true);
    expect(await recovered(60_000)).toBe(true);
    expect(home.javaPid()).toBe(java);
    expect(await counts(port)).toEqual(before);
  }, 420_000);
});

describe('SIGTERM during load', () => {
  it('answers every request in flight completely, then stops Apollo, the driver and Neo4j cleanly', async () => {
    expect(await recovered(300_000)).toBe(true);
    const java = home.javaPid();
    const logFile = path.join(home.instanceDir, 'logs/neo4j.log');
    const logBefore = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
    const load = startLoad(url, COUNTS_QUERY, 8);
    await new Promise((r) => setTimeout(r, 1500));
    api.child.kill('SIGTERM');
    await exited(api.child);
    const answers = await load.stop();
    expect(api.child.exitCode).toBe(0);
    // Answered: complete JSON, either the result or 503 SHUTTING_DOWN; unanswered: never connected, or the
    // connection closed before a request was sent on it. Nothing half-written, nothing 500.
    const answered = answers.filter((a) => a.status !== undefined);
    expect(answered.length).toBeGreaterThan(0);
    for (const a of answered) {
      expect(a.json).toBeDefined();
      if (a.status === 503) expect(codesOf(a)).toEqual(['SHUTTING_DOWN']);
      else expect([a.status, codesOf(a)]).toEqual([200, []]);
    }
    for (const a of answers.filter((x) => x.status === undefined)) {
      expect(['ECONNREFUSED', 'UND_ERR_SOCKET', 'ECONNRESET']).toContain(a.failure);
    }
    expect(alive(java)).toBe(false);
    expect(fs.readFileSync(logFile, 'utf8').slice(logBefore)).toMatch(/Stopped\./);
    expect(api.output()).toMatch(/SIGTERM: shutting down/);
  }, 420_000);
});
