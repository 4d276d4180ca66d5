/**
 * The checks that run before a local Neo4j is started: Java and the jar cache. None of these starts a server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/errors.js';
import { checkJava, ensureNeo4jJars, NEO4J_VERSION } from '../../src/db/localNeo4j.js';
import { freePort, javaBinary } from '../../src/local/localProcess.js';
import { fakeJavaHome, listTree, tempDir } from '../helpers/processes.js';
import { thrownBy } from '../helpers/thrown.js';

let tmp: ReturnType<typeof tempDir>;
const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME };

beforeEach(() => {
  tmp = tempDir('unit');
});

afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  tmp.remove();
});

const startupError = (fn: () => unknown): StartupError => thrownBy(StartupError, fn);

describe('javaBinary', () => {
  it('is $JAVA_HOME/bin/java when JAVA_HOME is set, else java from PATH', () => {
    process.env.JAVA_HOME = '/opt/jdk-17';
    expect(javaBinary()).toBe('/opt/jdk-17/bin/java');
    delete process.env.JAVA_HOME;
    expect(javaBinary()).toBe('java');
  });
});

describe('checkJava', () => {
  it('says plainly that Java is missing, where it looked, and how to do without it', () => {
    const missing = path.join(tmp.dir, 'no-jdk', 'bin', 'java');
    const error = startupError(() => checkJava(missing));
    expect(error.message).toContain('Java was not found');
    expect(error.message).toContain(missing);
    expect(error.message).toMatch(/Install a Java 17 or 21/);
    expect(error.message).toContain('NEO4J_URI');
  });

  it('finds no Java when PATH has none and JAVA_HOME is unset', () => {
    delete process.env.JAVA_HOME;
    process.env.PATH = tmp.dir;
    expect(startupError(() => checkJava()).message).toContain('Java was not found (java: ENOENT)');
  });

  it('rejects a Java older than 17, naming its version', () => {
    const home = fakeJavaHome(tmp.dir, 'java version "1.8.0_292"');
    const error = startupError(() => checkJava(path.join(home, 'bin', 'java')));
    expect(error.message).toContain(`Neo4j ${NEO4J_VERSION} needs Java 17 or newer`);
    expect(error.message).toContain('Java 8');
  });

  it('rejects a java that does not say its version', () => {
    const home = fakeJavaHome(tmp.dir, 'hello');
    expect(startupError(() => checkJava(path.join(home, 'bin', 'java'))).message).toContain('of unknown version');
  });

  it.each([
    ['openjdk version "17.0.12" 2024-07-16', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "25.0.1" 2025-10-21 LTS', 25],
  ])('accepts %s as Java %i', (line, major) => {
    const home = fakeJavaHome(tmp.dir, line);
    expect(checkJava(path.join(home, 'bin', 'java'))).toBe(major);
  });

  it('uses JAVA_HOME by default', () => {
    process.env.JAVA_HOME = fakeJavaHome(tmp.dir, 'openjdk version "21.0.2" 2024-01-16');
    process.env.PATH = tmp.dir;
    expect(checkJava()).toBe(21);
  });
});

describe('ensureNeo4jJars', () => {
  it('uses a finished cache without looking for Maven', async () => {
    const lib = path.join(tmp.dir, `neo4j-${NEO4J_VERSION}`, 'lib');
    fs.mkdirSync(lib, { recursive: true });
    fs.writeFileSync(path.join(lib, 'neo4j.jar'), 'jar');
    fs.writeFileSync(path.join(tmp.dir, `neo4j-${NEO4J_VERSION}`, 'complete'), 'done');
    process.env.PATH = path.join(tmp.dir, 'empty-bin');
    await expect(ensureNeo4jJars(tmp.dir)).resolves.toBe(lib);
  });

  it('says plainly that Maven is missing when the cache must be fetched, and removes nothing', async () => {
    // An unfinished fetch (no `complete` marker) that a failed start must not delete.
    const partial = path.join(tmp.dir, `neo4j-${NEO4J_VERSION}`, 'lib');
    fs.mkdirSync(partial, { recursive: true });
    fs.writeFileSync(path.join(partial, 'half-downloaded.jar'), 'partial');
    const before = listTree(tmp.dir);
    process.env.PATH = path.join(tmp.dir, 'empty-bin');

    const error = await ensureNeo4jJars(tmp.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    expect(message).toContain('Maven was not found');
    expect(message).toMatch(/Install Maven/);
    expect(message).toContain('NEO4J_URI');
    expect(listTree(tmp.dir)).toEqual(before);
  });
});

describe('freePort', () => {
  it('finds a port that can be listened on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(0);
    expect(port).toBeLessThan(65536);
  });
});
