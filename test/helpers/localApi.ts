/**
 * `npm start` without NEO4J_URI, in a temporary ACTORGRAPH_HOME: the API starts its own Neo4j. For tests of
 * what happens to that Neo4j (restarts, outages, shutdown).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { NEO4J_VERSION } from '../../src/db/localNeo4j.js';
import { alive } from '../../src/local/localProcess.js';
import { cleanEnv, tempDir } from './processes.js';
import { PROJECT_ROOT } from './seedFacts.js';

export interface LocalHome {
  dir: string;
  instanceDir: string;
  pidFile: string;
  javaPid(): number;
  remove(): void;
}

export function localHome(prefix: string): LocalHome {
  const home = tempDir(prefix);
  // The jars the test run already fetched: a second copy would only cost a download.
  const jarCache = path.join(PROJECT_ROOT, '.neo4j', `neo4j-${NEO4J_VERSION}`);
  if (fs.existsSync(jarCache)) fs.symlinkSync(jarCache, path.join(home.dir, `neo4j-${NEO4J_VERSION}`));
  const instanceDir = path.join(home.dir, 'instances/start');
  const pidFile = path.join(instanceDir, 'neo4j.pid');
  return {
    dir: home.dir,
    instanceDir,
    pidFile,
    javaPid: () => Number(fs.readFileSync(pidFile, 'utf8').split(/\s+/)[0]),
    remove: home.remove,
  };
}

export interface StartedApi {
  child: ChildProcess;
  output(): string;
}

/** node itself runs main.ts (no tsx CLI wrapper), so a signal reaches the API process and nothing else. */
export async function startApi(home: LocalHome, port: number, env: Record<string, string> = {}): Promise<StartedApi> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: cleanEnv({ ACTORGRAPH_HOME: home.dir, PORT: String(port), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 330_000;
  while (!out.includes('GraphQL API at')) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`npm start did not get ready:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => out };
}

export const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => child.once('exit', () => r()));

// The outage tests ask whether a pid lives, as the launcher does.
export { alive };

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return !alive(pid);
}

export const COUNTS_QUERY = '{ actors { totalCount } statements { totalCount } eventsConnection { totalCount } }';

/** The graph's counts, through the API; a cold Neo4j on a busy machine may time out the first tries. */
export async function counts(port: number) {
  let body: { data: CountsData | null } = { data: null };
  for (let attempt = 0; attempt < 20 && !body.data; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 1000));
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: COUNTS_QUERY }),
    });
    body = (await response.json()) as { data: CountsData | null };
  }
  if (!body.data) throw new Error(`no counts after 20 tries: ${JSON.stringify(body)}`);
  return {
    actors: body.data.actors.totalCount,
    statements: body.data.statements.totalCount,
    events: body.data.eventsConnection.totalCount,
  };
}

interface CountsData {
  actors: { totalCount: number };
  statements: { totalCount: number };
  eventsConnection: { totalCount: number };
}
