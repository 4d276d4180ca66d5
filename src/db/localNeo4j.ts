/**
 * A real Neo4j Community server for machines without Docker or NEO4J_URI:
 * the jars come from Maven Central (once, into a cache), the server runs as a
 * child Java process on 127.0.0.1, and it is stopped when this process ends.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { StartupError } from '../errors.js';
import {
  alive,
  freePort,
  javaBinary,
  leaseIn,
  runningServer,
  startWatchdog,
  tail,
  takeStartLock,
  type Lease,
} from '../local/localProcess.js';
import { fetchMavenJars } from '../local/mavenJars.js';

export const NEO4J_VERSION = '5.26.31';

export interface LocalNeo4jOptions {
  /** Holds the jar cache (lib/) shared by every instance. */
  homeDir: string;
  /** The instance's own folder: data, logs and conf. Kept between runs unless the caller removes it. */
  instanceDir: string;
  /** 0 picks a free port. */
  port?: number;
  heap?: string;
  pageCache?: string;
  /** dbms.memory.transaction.total.max; Neo4j's own default (70% of the heap) when unset. */
  transactionTotal?: string;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** Use a server already running for this instance (e.g. `npm run seed` beside `npm start`) instead of replacing it. */
  reuseRunning?: boolean;
  /** Called each time the supervisor restarts a Neo4j that exited on its own (for metrics). */
  onRestart?: () => void;
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** The neo4j user's password, generated on the instance's first start and kept in its folder. */
  password: string;
  /** Leaves the server to the other processes using it, or stops it cleanly when this was the last. */
  stop(): Promise<void>;
}

export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

const NO_JAVA_HELP =
  'Install a Java 17 or 21 runtime (Debian: apt-get install openjdk-17-jre-headless), or point NEO4J_URI at a running Neo4j 5, or use `docker compose up`.';

/** Neo4j 5.26 runs on Java 17 and 21; say so plainly when the runtime is missing or too old. */
export function checkJava(java = javaBinary()): number {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new StartupError(
      `Java was not found (${java}: ${(probe.error as NodeJS.ErrnoException).code}). ${NO_JAVA_HELP}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${probe.stderr}${probe.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= 17)) {
    throw new StartupError(
      `Neo4j ${NEO4J_VERSION} needs Java 17 or newer; ${java} is ${match ? `Java ${major}` : 'of unknown version'}. ${NO_JAVA_HELP}`,
    );
  }
  return major;
}

/** Fetches the server's jars once (src/local/mavenJars.ts). */
export function ensureNeo4jJars(homeDir: string, log: (line: string) => void = () => {}): Promise<string> {
  const neo4jJar = (artifactId: string) => ({ groupId: 'org.neo4j', artifactId, version: NEO4J_VERSION });
  return fetchMavenJars({
    cacheDir: path.join(homeDir, `neo4j-${NEO4J_VERSION}`),
    what: `Neo4j ${NEO4J_VERSION}`,
    size: 'about 120 MB',
    dependencies: [neo4jJar('neo4j'), neo4jJar('neo4j-bolt')],
    otherwise: 'or point NEO4J_URI at a running Neo4j 5, or use `docker compose up`',
    log,
  });
}

function writeConfig(
  confDir: string,
  dataDir: string,
  logsDir: string,
  port: number,
  memory: { pageCache: string; transactionTotal?: string },
): void {
  // 5.x refuses unknown keys, so this holds only keys the server knows.
  const lines = [
    `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.bolt.advertised_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    // Any local process could otherwise write to or wipe the graph over Bolt, around the API and its tokens.
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${dataDir}`,
    `server.directories.logs=${logsDir}`,
    `server.memory.pagecache.size=${memory.pageCache}`,
    ...(memory.transactionTotal ? [`dbms.memory.transaction.total.max=${memory.transactionTotal}`] : []),
    'db.tx_log.rotation.retention_policy=2 files',
  ];
  fs.mkdirSync(confDir, { recursive: true });
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

/** The instance's password file: created once, readable by its owner only. */
export function instancePassword(dir: string): string {
  const file = path.join(dir, 'password');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, `${crypto.randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  }
  fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, 'utf8').trim();
}

const isAuthError = (error: unknown) => /Neo\.ClientError\.Security\./.test((error as { code?: string }).code ?? '');

/** Waits until Bolt answers (an authentication refusal counts as an answer: the server is up). */
async function waitForBolt(uri: string, alive: () => boolean, deadline: number, logFile: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'probe-only'), { connectionTimeout: 2000 });
  try {
    for (;;) {
      if (!alive()) {
        throw new StartupError(`Neo4j exited while starting. The end of its log (${logFile}):\n${tail(logFile)}`);
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (isAuthError(error)) return;
        if (Date.now() > deadline) {
          throw new StartupError(
            `Neo4j did not accept Bolt connections on ${uri} in time. The end of its log (${logFile}):\n${tail(logFile)}`,
          );
        }
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  } finally {
    await driver.close();
  }
}

/**
 * A new store has the user neo4j with the password "neo4j", to be changed before any other use; set it to
 * the instance's own. Stores made before authentication was on are in the same state.
 */
async function ensurePassword(uri: string, password: string): Promise<void> {
  // Sessions, not executeQuery: the driver would retry a refused login for half a minute.
  const probe = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 5000 });
  try {
    await probe.session().run('RETURN 1');
    return;
  } catch (error) {
    if (!isAuthError(error)) throw error;
  } finally {
    await probe.close();
  }
  const initial = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'), { connectionTimeout: 5000 });
  try {
    await initial.executeQuery(
      "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password",
      { password },
      {
        database: 'system',
      },
    );
  } catch (error) {
    throw new StartupError(
      `The local Neo4j refused both its stored password and the initial one (${(error as Error).message.split('\n')[0]}). ` +
        'Remove the instance folder to start afresh, or restore its password file.',
    );
  } finally {
    await initial.close();
  }
}

interface Instance {
  dir: string;
  libDir: string;
  confDir: string;
  logsDir: string;
  heap: string;
}

function spawnNeo4j(instance: Instance): ChildProcess {
  const out = fs.openSync(path.join(instance.logsDir, 'console.log'), 'a');
  const child = spawn(
    javaBinary(),
    [
      `-Xms${instance.heap}`,
      `-Xmx${instance.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${instance.libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${instance.dir}`,
      `--config-dir=${instance.confDir}`,
    ],
    { stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new StartupError(`Could not start Java (${javaBinary()}). ${NO_JAVA_HELP}`);
  return child;
}

const RESTART_BACKOFF_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** A server that ran this long before exiting starts the back-off afresh. */
const STABLE_AFTER_MS = 60_000;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  checkJava();
  const libDir = await ensureNeo4jJars(options.homeDir, log);
  const dir = path.resolve(options.instanceDir);
  const [confDir, dataDir, logsDir] = ['conf', 'data', 'logs'].map((d) => path.join(dir, d)) as [
    string,
    string,
    string,
  ];
  fs.mkdirSync(logsDir, { recursive: true });
  const password = instancePassword(dir);
  const lease = leaseIn(dir);
  const pidFile = path.join(dir, 'neo4j.pid');
  const startDeadline = () => Date.now() + (options.startTimeoutMs ?? 300_000);
  // One process starts the server; one that comes along meanwhile waits for it, then shares it.
  const releaseStartLock = await takeStartLock(dir, startDeadline(), 'Neo4j');
  const running = runningServer(pidFile, 'CommunityEntryPoint', dir);
  if (running && options.reuseRunning) {
    releaseStartLock();
    const uri = `bolt://127.0.0.1:${running.port}`;
    lease.take();
    log(`Using the Neo4j already running for ${dir} on ${uri}.`);
    return { uri, port: running.port, pid: running.pid, password, stop: stopShared(lease, running.pid, pidFile) };
  }
  // Left behind by a run that was killed, it would hold the store lock.
  if (running) process.kill(running.pid, 'SIGKILL');
  fs.rmSync(pidFile, { force: true });

  const port = options.port || (await freePort());
  writeConfig(confDir, dataDir, logsDir, port, {
    pageCache: options.pageCache ?? '256m',
    transactionTotal: options.transactionTotal,
  });
  const instance: Instance = { dir, libDir, confDir, logsDir, heap: options.heap ?? '1g' };
  const uri = `bolt://127.0.0.1:${port}`;
  const neo4jLog = path.join(logsDir, 'neo4j.log');
  lease.take();

  let child = spawnNeo4j(instance);
  let stopping = false;
  const launch = (c: ChildProcess) => {
    fs.writeFileSync(pidFile, `${c.pid} ${port}`);
    startWatchdog('neo4j', c.pid!, lease.dir);
  };
  launch(child);
  // Never leave a Java process behind when this process exits without calling stop() and nobody else uses it.
  const killOnExit = () => {
    lease.release();
    if (lease.others() === 0) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  log(`Starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${dataDir})…`);
  try {
    await waitForBolt(uri, () => child.exitCode === null && child.signalCode === null, startDeadline(), neo4jLog);
    await ensurePassword(uri, password);
  } catch (error) {
    child.kill('SIGKILL');
    lease.release();
    throw error;
  } finally {
    releaseStartLock();
  }

  // The supervisor: a server that exits on its own is logged once and started again on the same port, so the
  // driver reconnects by itself; restarts back off while they keep failing.
  let failures = 0;
  const supervise = (c: ChildProcess) => {
    const startedAt = Date.now();
    c.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > STABLE_AFTER_MS) failures = 0;
      const delay = RESTART_BACKOFF_MS[Math.min(failures, RESTART_BACKOFF_MS.length - 1)]!;
      failures++;
      log(
        `Neo4j exited unexpectedly (${signal ?? `code ${code}`}); restarting it in ${delay / 1000} s. Its log: ${neo4jLog}`,
      );
      setTimeout(() => {
        if (stopping) return;
        child = spawnNeo4j(instance);
        launch(child);
        options.onRestart?.();
        supervise(child);
        waitForBolt(uri, () => child.exitCode === null && child.signalCode === null, startDeadline(), neo4jLog).then(
          () => log(`Neo4j is back on ${uri}.`),
          () => {}, // its exit is what the supervisor acts on
        );
      }, delay).unref();
    });
  };
  supervise(child);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      lease.release();
      // Another run still uses this server: leave it to them (the watchdog stops it after the last one).
      if (lease.others() > 0) return;
      stopping = true;
      await terminate(child);
      fs.rmSync(pidFile, { force: true });
    })());
  return { uri, port, pid: child.pid!, password, stop };
}

/** SIGTERM, so Neo4j checkpoints and logs "Stopped."; SIGKILL only if it has not exited in a minute (a busy machine). */
function terminate(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** stop() of a process that reused another's server: the last user out stops it, by pid. */
function stopShared(lease: Lease, pid: number, pidFile: string): () => Promise<void> {
  return async () => {
    lease.release();
    if (lease.others() > 0 || !alive(pid)) return;
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; alive(pid) && waited < 60_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(pidFile, { force: true });
  };
}
