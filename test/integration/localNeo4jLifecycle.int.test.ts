/**
 * `npm start` without NEO4J_URI, as a user lives it: it starts its own Neo4j, seeds it, serves it;
 * a restart keeps the data and duplicates nothing; Ctrl-C stops Neo4j too; and when the API process
 * is killed outright, the watchdog still ends Neo4j, leaving no orphan Java process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, NEO4J_VERSION } from '../../src/db/localNeo4j.js';
import { cleanEnv, tempDir } from '../helpers/processes.js';
import { PROJECT_ROOT } from '../helpers/seedFacts.js';

const home = tempDir('actorgraph-lifecycle-');
// The jars the test run already fetched: a second copy would only cost a download.
const jarCache = path.join(PROJECT_ROOT, '.neo4j', `neo4j-${NEO4J_VERSION}`);
if (fs.existsSync(jarCache)) fs.symlinkSync(jarCache, path.join(home.dir, `neo4j-${NEO4J_VERSION}`));
const pidFile = path.join(home.dir, 'instances/start/neo4j.pid');

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
  home.remove();
});

/** node itself runs main.ts (no tsx CLI wrapper), so a signal reaches the API process and nothing else. */
async function startApi(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: cleanEnv({ ACTORGRAPH_HOME: home.dir, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 180_000;
  while (!out.includes('GraphQL API at')) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) throw new Error(`npm start did not get ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => out };
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => child.once('exit', () => r()));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return !alive(pid);
}

const javaPid = () => Number(fs.readFileSync(pidFile, 'utf8').split(/\s+/)[0]);

async function counts(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ actors { totalCount } statements { totalCount } eventsConnection { totalCount } }',
    }),
  });
  const body = (await response.json()) as {
    data: {
      actors: { totalCount: number };
      statements: { totalCount: number };
      eventsConnection: { totalCount: number };
    };
  };
  return {
    actors: body.data.actors.totalCount,
    statements: body.data.statements.totalCount,
    events: body.data.eventsConnection.totalCount,
  };
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
  }, 300_000);

  it('leaves no Java process behind when the API process is killed outright (SIGKILL)', async () => {
    const port = await freePort();
    const api = await startApi(port);
    const java = javaPid();
    expect(alive(java)).toBe(true);
    api.child.kill('SIGKILL');
    await exited(api.child);
    // The watchdog polls once a second.
    expect(await waitUntilGone(java, 10_000)).toBe(true);
  }, 240_000);
});
