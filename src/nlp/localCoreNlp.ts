/**
 * Stanford CoreNLP as a long-lived local process, managed like the local Neo4j (src/db/localNeo4j.ts): the jars
 * come from Maven Central once (Maven's ~/.m2 keeps them for every other checkout), the server runs as a child
 * Java process on 127.0.0.1, every process using it holds a lease, and a watchdog stops it once no holder is
 * alive (after `lingerMs`, so back-to-back `npm run ingest` runs find it warm).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  alive,
  freePort,
  javaBinary,
  leaseIn,
  runningServer,
  startWatchdog,
  tail,
  takeStartLock,
} from '../local/localProcess.js';
import { fetchMavenJars } from '../local/mavenJars.js';
import { StartupError } from '../errors.js';
import { CORENLP_PROPERTIES } from './pipeline.js';

export const CORENLP_VERSION = '4.5.10';
const SERVER_SOURCE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'CoreNlpLoopbackServer.java');

const NO_JDK_HELP =
  'Install a Java 17 or 21 JDK (Debian: apt-get install openjdk-17-jdk-headless): the engine runs a small Java launcher from source.';

export interface LocalCoreNlpOptions {
  /** Holds the jar cache and the instance folder (pid, port, leases, log). */
  homeDir: string;
  heap?: string;
  /** How long the server stays up after the last user leaves; 0 stops it with the last user. */
  lingerMs?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalCoreNlp {
  url: string;
  pid: number;
  /** Leaves the server to other users, or to the watchdog's linger when this was the last. */
  stop(): Promise<void>;
}

/** The launcher is Java source run by the single-file launcher, which needs a JDK's compiler module. */
export function checkJdk(java = javaBinary()): void {
  const probe = spawnSync(java, ['--list-modules'], { encoding: 'utf8' });
  if (probe.error)
    throw new StartupError(
      `Java was not found (${java}: ${(probe.error as NodeJS.ErrnoException).code}); the NLP engine needs it. ${NO_JDK_HELP}`,
    );
  if (!/^jdk\.compiler@/m.test(probe.stdout))
    throw new StartupError(`${java} is a Java runtime without a compiler (or older than 11). ${NO_JDK_HELP}`);
}

/** Fetches CoreNLP and its English models once (src/local/mavenJars.ts). */
export function ensureCoreNlpJars(homeDir: string, log: (line: string) => void = () => {}): Promise<string> {
  const coreNlp = { groupId: 'edu.stanford.nlp', artifactId: 'stanford-corenlp', version: CORENLP_VERSION };
  return fetchMavenJars({
    cacheDir: path.join(homeDir, `corenlp-${CORENLP_VERSION}`),
    what: `Stanford CoreNLP ${CORENLP_VERSION} and its models`,
    size: 'about 500 MB',
    dependencies: [coreNlp, { ...coreNlp, classifier: 'models' }],
    log,
  });
}

/** Waits until the models are loaded (/ready answers 200). */
async function waitReady(url: string, isAlive: () => boolean, deadline: number, logFile: string): Promise<void> {
  for (;;) {
    if (!isAlive())
      throw new StartupError(`CoreNLP exited while starting. The end of its log (${logFile}):\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new StartupError(
        `CoreNLP was not ready on ${url} in time. The end of its log (${logFile}):\n${tail(logFile)}`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

function spawnServer(libDir: string, dir: string, port: number, heap: string): ChildProcess {
  const propsFile = path.join(dir, 'pipeline.properties');
  fs.writeFileSync(
    propsFile,
    Object.entries(CORENLP_PROPERTIES)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  const out = fs.openSync(path.join(dir, 'corenlp.log'), 'a');
  const child = spawn(
    javaBinary(),
    [`-Xmx${heap}`, '-XX:+UseG1GC', '-cp', `${libDir}/*`, SERVER_SOURCE, String(port), propsFile],
    { stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new StartupError(`Could not start Java (${javaBinary()}). ${NO_JDK_HELP}`);
  return child;
}

export async function startLocalCoreNlp(options: LocalCoreNlpOptions): Promise<LocalCoreNlp> {
  const log = options.log ?? (() => {});
  checkJdk();
  const libDir = await ensureCoreNlpJars(options.homeDir, log);
  const dir = path.join(options.homeDir, 'instance');
  fs.mkdirSync(dir, { recursive: true });
  const lease = leaseIn(dir);
  const pidFile = path.join(dir, 'corenlp.pid');
  const deadline = Date.now() + (options.startTimeoutMs ?? 600_000);
  const releaseStartLock = await takeStartLock(dir, deadline, 'CoreNLP');
  try {
    lease.take();
    const running = runningServer(pidFile, 'CoreNlpLoopbackServer', dir);
    if (running) {
      const url = `http://127.0.0.1:${running.port}`;
      log(`Using the CoreNLP already running on ${url}.`);
      try {
        await waitReady(url, () => alive(running.pid), deadline, path.join(dir, 'corenlp.log'));
      } catch (error) {
        lease.release();
        throw error;
      }
      return { url, pid: running.pid, stop: async () => lease.release() };
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = Date.now();
    const child = spawnServer(libDir, dir, port, options.heap ?? '3g');
    fs.writeFileSync(pidFile, `${child.pid} ${port}`);
    startWatchdog('corenlp', child.pid!, lease.dir, {
      lingerSeconds: Math.round((options.lingerMs ?? 0) / 1000),
      graceSeconds: 10,
    });
    log(`Starting Stanford CoreNLP ${CORENLP_VERSION} on ${url} (loading models takes a minute or two)…`);
    try {
      await waitReady(
        url,
        () => child.exitCode === null && child.signalCode === null,
        deadline,
        path.join(dir, 'corenlp.log'),
      );
    } catch (error) {
      child.kill('SIGKILL');
      lease.release();
      throw error;
    }
    log(`CoreNLP ready in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    const stop = async () => {
      lease.release();
      // With no linger and nobody else using it, stop it now rather than leaving it to the watchdog's next look.
      if ((options.lingerMs ?? 0) > 0 || lease.others() > 0) return;
      child.kill('SIGTERM');
      fs.rmSync(pidFile, { force: true });
    };
    return { url, pid: child.pid!, stop };
  } finally {
    releaseStartLock();
  }
}
