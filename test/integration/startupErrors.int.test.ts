/**
 * Start-up problems as a user meets them: `npx tsx src/main.ts` and `npx tsx src/cli/import.ts <file>` run in a
 * child process with an environment the test controls. Each problem is one clear message (what is wrong and how
 * to fix it, no stack trace) and a non-zero exit, and loses nothing already stored. None of these starts a Neo4j:
 * each fails before one would be started.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { NEO4J_VERSION } from '../../src/db/localNeo4j.js';
import { testDatabase } from '../helpers/api.js';
import { graphSnapshot, type GraphSnapshot } from '../helpers/graph.js';
import {
  cleanEnv,
  fakeJavaHome,
  listTree,
  neo4jEnv,
  runTsx,
  STACK_FRAME,
  tempDir,
  type RunResult,
} from '../helpers/processes.js';
import { fixture } from '../helpers/seedFacts.js';

const MAIN = 'src/main.ts';
const IMPORT = 'src/cli/import.ts';

/** One message from the program: a single "[actorgraph] …" on stderr, no stack trace, a non-zero exit. */
function expectOneClearFailure(run: RunResult): string {
  expect(run.timedOut, `it did not fail on its own; output:\n${run.stdout}\n${run.stderr}`).toBe(false);
  expect(run.code, run.stderr).not.toBe(0);
  expect(run.code).not.toBeNull();
  const messages = run.stderr.match(/\[actorgraph\]/g) ?? [];
  expect(messages, `stderr:\n${run.stderr}`).toHaveLength(1);
  expect(run.stderr, 'no stack trace').not.toMatch(STACK_FRAME);
  expect(run.stderr, 'a known problem, not an unexpected failure').not.toMatch(
    /start-up failed:|\[actorgraph\] failed:/,
  );
  return run.stderr;
}

/** The connection of the test run's Neo4j, as a user would give it. */
/** An ACTORGRAPH_HOME that already holds something: a failed start must leave it as it was. */
function homeWithData(): { home: ReturnType<typeof tempDir>; before: string[] } {
  const home = tempDir('home');
  homes.push(home);
  const data = path.join(home.dir, 'instances', 'start', 'data');
  fs.mkdirSync(data, { recursive: true });
  fs.writeFileSync(path.join(data, 'stored-facts.db'), 'already stored');
  return { home, before: listTree(home.dir) };
}
const homes: Array<ReturnType<typeof tempDir>> = [];

// Independent of each other (each has its own home), so they run side by side; each child starts tsx,
// which on a busy machine takes a while, hence the generous timeout.
describe.concurrent('npm start', { timeout: 150_000 }, () => {
  afterAll(() => {
    for (const home of homes) home.remove();
  });

  it('without Java (JAVA_HOME pointing at a folder with no java): says so, where it looked, and how to fix it', async () => {
    const { home, before } = homeWithData();
    const emptyJdk = path.join(home.dir, 'empty-jdk');
    fs.mkdirSync(emptyJdk);
    const run = await runTsx(MAIN, [], cleanEnv({ JAVA_HOME: emptyJdk, ACTORGRAPH_HOME: home.dir, PORT: '0' }));
    const message = expectOneClearFailure(run);
    expect(message).toContain('Java was not found');
    expect(message).toContain(path.join(emptyJdk, 'bin', 'java'));
    expect(message).toMatch(/Install a Java 17 or 21 runtime/);
    expect(message).toContain('NEO4J_URI');
    expect(listTree(home.dir)).toEqual([...before, 'empty-jdk/'].sort());
  });

  it('without Java (none on PATH, no JAVA_HOME): says so', async () => {
    const { home, before } = homeWithData();
    const emptyBin = path.join(home.dir, 'bin');
    fs.mkdirSync(emptyBin);
    const run = await runTsx(
      MAIN,
      [],
      cleanEnv({ PATH: emptyBin, JAVA_HOME: undefined, ACTORGRAPH_HOME: home.dir, PORT: '0' }),
    );
    const message = expectOneClearFailure(run);
    expect(message).toContain('Java was not found (java: ENOENT)');
    expect(message).toMatch(/apt-get install openjdk-17-jre-headless/);
    expect(listTree(home.dir)).toEqual([...before, 'bin/'].sort());
  });

  it('with a Java too old for Neo4j: names the version needed and the one found', async () => {
    const { home } = homeWithData();
    const jdk = fakeJavaHome(home.dir, 'java version "1.8.0_292"');
    const snapshot = listTree(home.dir);
    const run = await runTsx(MAIN, [], cleanEnv({ JAVA_HOME: jdk, ACTORGRAPH_HOME: home.dir, PORT: '0' }));
    const message = expectOneClearFailure(run);
    expect(message).toContain('needs Java 17 or newer');
    expect(message).toContain('Java 8');
    expect(listTree(home.dir)).toEqual(snapshot);
  });

  it('without Maven, when the Neo4j jars are not cached yet: says so and how to fix it, keeping a half-fetched cache', async () => {
    const { home } = homeWithData();
    const jdk = fakeJavaHome(home.dir, 'openjdk version "17.0.12" 2024-07-16');
    const partial = path.join(home.dir, `neo4j-${NEO4J_VERSION}`, 'lib');
    fs.mkdirSync(partial, { recursive: true });
    fs.writeFileSync(path.join(partial, 'neo4j-kernel.jar'), 'half fetched');
    const emptyBin = path.join(home.dir, 'bin');
    fs.mkdirSync(emptyBin);
    const snapshot = listTree(home.dir);

    const run = await runTsx(
      MAIN,
      [],
      cleanEnv({ PATH: emptyBin, JAVA_HOME: jdk, ACTORGRAPH_HOME: home.dir, PORT: '0' }),
    );
    const message = expectOneClearFailure(run);
    expect(message).toContain('Maven was not found');
    expect(message).toMatch(/Install Maven 3\.8\+/);
    expect(message).toContain('NEO4J_URI');
    expect(listTree(home.dir)).toEqual(snapshot);
  });

  it('with invalid settings: lists every bad variable with its value', async () => {
    const { home, before } = homeWithData();
    const run = await runTsx(
      MAIN,
      [],
      cleanEnv({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', ACTORGRAPH_HOME: home.dir }),
    );
    const message = expectOneClearFailure(run);
    expect(message).toContain('Invalid configuration');
    expect(message).toMatch(/PORT: .*"eighty"/);
    expect(message).toMatch(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI.*"http:\/\/localhost:7474"/);
    expect(listTree(home.dir)).toEqual(before);
  });

  it('with NEO4J_URI pointing where no Neo4j listens: names the address and what to check', async () => {
    const { home, before } = homeWithData();
    const run = await runTsx(
      MAIN,
      [],
      cleanEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', ACTORGRAPH_HOME: home.dir, PORT: '0' }),
    );
    const message = expectOneClearFailure(run);
    expect(message).toContain('Cannot reach Neo4j at bolt://127.0.0.1:1');
    expect(message).toMatch(/NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD/);
    expect(message).toMatch(/unset NEO4J_URI/);
    expect(listTree(home.dir)).toEqual(before);
  }, 120_000);
});

describe('npm start on a port already in use', () => {
  let holder: net.Server;
  let port: number;
  let db: Database;
  let graph: GraphSnapshot;

  beforeAll(async () => {
    holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    port = (holder.address() as net.AddressInfo).port;
    db = testDatabase();
    graph = await graphSnapshot(db);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await db.close();
  });

  it('says which port, and how to start on another, before touching the database', async () => {
    const run = await runTsx(
      MAIN,
      [],
      cleanEnv({ ...neo4jEnv(), HOST: '127.0.0.1', PORT: String(port), SEED_ON_START: 'always' }),
    );
    const message = expectOneClearFailure(run);
    expect(message).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    expect(message).toMatch(/PORT=\d+ npm start/);
    expect((await graphSnapshot(db)).fingerprint === graph.fingerprint, 'the database is as it was').toBe(true);
  });
});

describe('npm run import', () => {
  let db: Database;
  let graph: GraphSnapshot;

  beforeAll(async () => {
    db = testDatabase();
    graph = await graphSnapshot(db);
  });
  afterAll(async () => {
    expect((await graphSnapshot(db)).fingerprint === graph.fingerprint, 'nothing was loaded').toBe(true);
    await db.close();
  });

  it('of a facts file whose evidence does not match: names the file, the entry and the field, and loads nothing', async () => {
    const file = fixture('invalid-excerpt.yaml');
    const run = await runTsx(IMPORT, [file], cleanEnv(neo4jEnv()));
    const message = expectOneClearFailure(run);
    expect(run.code).toBe(1);
    expect(message).toContain(`Facts file ${file} is not valid; nothing was loaded from it`);
    expect(message).toContain(
      'statements[0] (stmt:test-misquoted-zelenskyy).evidence[0].excerpt: does not match the text at 428-473',
    );
    expect(message).toContain('actors[0] (person:test-misplaced-analyst).evidence[0]: offsets 2340-2400 lie outside');
    const after = await graphSnapshot(db);
    expect({ nodes: after.nodes, relationships: after.relationships }).toEqual({
      nodes: graph.nodes,
      relationships: graph.relationships,
    });
  });

  it('of a facts file with a YAML syntax error: names the file and the line', async () => {
    const file = fixture('invalid-yaml-syntax.yaml');
    const run = await runTsx(IMPORT, [file], cleanEnv(neo4jEnv()));
    const message = expectOneClearFailure(run);
    expect(message).toContain(file);
    expect(message).toMatch(/line \d+, column \d+/);
  });

  it('of a file that does not exist: says where it looked', async () => {
    const run = await runTsx(IMPORT, ['test/fixtures/facts/no-such-file.yaml'], cleanEnv(neo4jEnv()));
    const message = expectOneClearFailure(run);
    expect(message).toContain(path.resolve('test/fixtures/facts/no-such-file.yaml'));
  });

  it('without a file: prints how to use it', async () => {
    const run = await runTsx(IMPORT, [], cleanEnv(neo4jEnv()));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run import -- \[--fresh\] <facts\.yaml\|facts\.json\|folder>/);
  });
});
