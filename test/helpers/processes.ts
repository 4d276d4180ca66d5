/**
 * Runs the project's entry points as a user does (`node --import tsx src/main.ts`), in a child process with an
 * environment the test controls completely: nothing leaks in from the shell that runs the tests.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './seedFacts.js';
import { inject } from 'vitest';
import { TEST_NEO4J_TIMEOUTS } from './testTimeouts.js';

/**
 * This very node binary with tsx as a loader, as `npm start` runs: no PATH look-up needed, so PATH can be
 * emptied, and no tsx CLI relay between the test's signals and the process.
 */
const NODE_TSX = ['--import', 'tsx'];

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the test had to kill it: it did not fail on its own. */
  timedOut: boolean;
}

/**
 * The variables a run starts from: only what node needs, none of actorgraph's own settings
 * (NEO4J_*, PORT, HOST, ACTORGRAPH_HOME, SEED_ON_START, JAVA_HOME) but the tests' read bound; each test adds its own.
 */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    HOME: process.env.HOME ?? os.tmpdir(),
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_NO_WARNINGS: '1',
    // The servers and CLIs tests start read with the tests' bound (testTimeouts.ts), unless a test sets its own.
    NEO4J_READ_TIMEOUT_MS: String(TEST_NEO4J_TIMEOUTS.readMs),
  };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function runTsx(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_TSX, script, ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `actorgraph-test-${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A JAVA_HOME whose bin/java is a shell script that reports this version (as `java -version` does, on stderr). */
export function fakeJavaHome(root: string, versionLine: string): string {
  const home = path.join(root, 'fake-jdk');
  fs.mkdirSync(path.join(home, 'bin'), { recursive: true });
  const java = path.join(home, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho '${versionLine}' >&2\nexit 0\n`, { mode: 0o755 });
  return home;
}

/** Every file under a directory with its size: equal before and after means nothing there was lost. */
export function listTree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      return `${path.relative(dir, full)}${d.isFile() ? ` ${fs.statSync(full).size}` : '/'}`;
    })
    .sort();
}

/** A stack trace's frames ("    at foo (file.js:1:2)"): a clear start-up message has none. */
export const STACK_FRAME = /^\s+at .+[(:]\d+/m;

export interface RunningProcess {
  /** Everything it printed so far. */
  output(): string;
  /** Resolves when its output matches, rejects if it exits first or the time runs out. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends a signal and waits for the exit; SIGKILL if it has not exited in time. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a long-running entry point (the server) in the background. */
export function startTsx(script: string, args: string[], env: NodeJS.ProcessEnv): RunningProcess {
  const child = spawn(process.execPath, [...NODE_TSX, script, ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    output: () => out,
    waitFor: (pattern, timeoutMs = 90_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(pattern);
          if (m) {
            cleanup();
            resolve(m);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern}; output:\n${out}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(({ code }) => {
          if (!out.match(pattern)) {
            cleanup();
            reject(new Error(`exited (${code}) before ${pattern}; output:\n${out}`));
          }
        });
        check();
      }),
    stop: async (signal = 'SIGTERM', timeoutMs = 30_000) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** The settings that point a spawned server or CLI at the test run's Neo4j, password included. */
export function neo4jEnv(): Record<string, string | undefined> {
  const c = inject('neo4j');
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
}
