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
import { alive, freePort, tail, takeStartLock } from '../db/localNeo4j.js';
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

function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
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

function pomXml(): string {
  const dep = (classifier = '') =>
    `<dependency><groupId>edu.stanford.nlp</groupId><artifactId>stanford-corenlp</artifactId><version>${CORENLP_VERSION}</version>${classifier}</dependency>`;
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>actorgraph</groupId>
  <artifactId>local-corenlp</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    ${dep()}
    ${dep('<classifier>models</classifier>')}
  </dependencies>
</project>
`;
}

/** Fetches CoreNLP and its English models once; a marker file says the copy finished, so a broken fetch is retried. */
export async function ensureCoreNlpJars(homeDir: string, log: (line: string) => void = () => {}): Promise<string> {
  const cacheDir = path.join(homeDir, `corenlp-${CORENLP_VERSION}`);
  const libDir = path.join(cacheDir, 'lib');
  const marker = path.join(cacheDir, 'complete');
  if (fs.existsSync(marker)) return libDir;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error)
    throw new StartupError(
      `Maven was not found (mvn: ${(mvn.error as NodeJS.ErrnoException).code}); it fetches Stanford CoreNLP ${CORENLP_VERSION} ` +
        'from Maven Central the first time. Install Maven 3.8+ (Debian: apt-get install maven).',
    );
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'pom.xml'), pomXml());
  log(
    `Fetching Stanford CoreNLP ${CORENLP_VERSION} and its models from Maven Central into ${cacheDir} (once, about 500 MB)…`,
  );
  const args = [
    '-B',
    '-q',
    '-f',
    path.join(cacheDir, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
    `-DoutputDirectory=${libDir}`,
    '-DincludeScope=runtime',
  ];
  const result = await new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (c) => resolve({ code: c ?? 1, output }));
  });
  if (result.code !== 0) {
    log(result.output.split('\n').slice(-30).join('\n'));
    throw new StartupError(
      `Fetching Stanford CoreNLP ${CORENLP_VERSION} with Maven failed (exit ${result.code}); see the Maven output above. Check that Maven Central is reachable.`,
    );
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return libDir;
}

/** The pid and port of a server still running for this instance, checked against its command line. */
function runningServer(dir: string): { pid: number; port: number } | undefined {
  try {
    const [pid, port] = fs.readFileSync(path.join(dir, 'corenlp.pid'), 'utf8').trim().split(/\s+/).map(Number) as [
      number,
      number,
    ];
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CoreNlpLoopbackServer') && cmdline.includes(dir) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A shell loop beside the server: once no lease holder has been alive for `linger` seconds it stops the server.
 * It outlives the process that started it, so a later run can take a lease and find the server warm.
 */
function startWatchdog(javaPid: number, leaseDir: string, lingerSeconds: number): void {
  const script = [
    'idle=0',
    'while kill -0 "$1" 2>/dev/null; do',
    '  users=0; for f in "$2"/*; do [ -e "$f" ] && kill -0 "$(basename "$f")" 2>/dev/null && users=1; done',
    '  if [ "$users" = 1 ]; then idle=0; else idle=$((idle+1)); fi',
    '  if [ "$idle" -gt "$3" ]; then kill -TERM "$1" 2>/dev/null; sleep 10; kill -9 "$1" 2>/dev/null; exit 0; fi',
    '  sleep 1',
    'done',
  ].join('\n');
  spawn('sh', ['-c', script, 'actorgraph-corenlp-watchdog', String(javaPid), leaseDir, String(lingerSeconds)], {
    stdio: 'ignore',
    detached: true,
  }).unref();
}

/**
 * How many holders of this process hold each lease folder. The lease file is named after the process (the
 * watchdog checks that it is alive), so a server running several ingestArticle calls at once removes the file
 * only when its last holder leaves; otherwise one call's end would strand the others' engine.
 */
const holdersIn = new Map<string, number>();

function leaseIn(dir: string) {
  const leaseDir = path.join(dir, 'users');
  fs.mkdirSync(leaseDir, { recursive: true });
  const mine = path.join(leaseDir, String(process.pid));
  const holders = () => holdersIn.get(leaseDir) ?? 0;
  return {
    dir: leaseDir,
    take: () => {
      holdersIn.set(leaseDir, holders() + 1);
      fs.writeFileSync(mine, '');
    },
    release: () => {
      holdersIn.set(leaseDir, Math.max(0, holders() - 1));
      if (holders() === 0) fs.rmSync(mine, { force: true });
    },
    /** Holders in other processes, and in this one. */
    others: () =>
      fs
        .readdirSync(leaseDir)
        .map(Number)
        .filter((pid) => pid !== process.pid && alive(pid)).length + holders(),
  };
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
    const running = runningServer(dir);
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
    startWatchdog(child.pid!, lease.dir, Math.round((options.lingerMs ?? 0) / 1000));
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
