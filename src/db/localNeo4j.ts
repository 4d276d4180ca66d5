/**
 * A real Neo4j Community server for machines without Docker or NEO4J_URI:
 * the jars come from Maven Central (once, into a cache), the server runs as a
 * child Java process on 127.0.0.1, and it is stopped when this process ends.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { StartupError } from '../errors.js';

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
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

const JVM_FLAGS = [
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

export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

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

function pomXml(): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>actorgraph</groupId>
  <artifactId>local-neo4j</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${NEO4J_VERSION}</version></dependency>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j-bolt</artifactId><version>${NEO4J_VERSION}</version></dependency>
  </dependencies>
</project>
`;
}

/** Fetches the server's jars once; a marker file says the copy finished, so a broken fetch is retried. */
export async function ensureNeo4jJars(homeDir: string, log: (line: string) => void = () => {}): Promise<string> {
  const cacheDir = path.join(homeDir, `neo4j-${NEO4J_VERSION}`);
  const libDir = path.join(cacheDir, 'lib');
  const marker = path.join(cacheDir, 'complete');
  if (fs.existsSync(marker)) return libDir;

  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new StartupError(
      `Maven was not found (mvn: ${(mvn.error as NodeJS.ErrnoException).code}); it fetches Neo4j ${NEO4J_VERSION} from Maven Central the first time. ` +
        'Install Maven 3.8+ (Debian: apt-get install maven), or point NEO4J_URI at a running Neo4j 5, or use `docker compose up`.',
    );
  }
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'pom.xml'), pomXml());
  log(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central into ${cacheDir} (once, about 120 MB)…`);
  const args = [
    '-B',
    '-q',
    '-f',
    path.join(cacheDir, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
    `-DoutputDirectory=${libDir}`,
    '-DincludeScope=runtime',
  ];
  const code = await new Promise<number>((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (c) => {
      if (c !== 0) log(output.split('\n').slice(-30).join('\n'));
      resolve(c ?? 1);
    });
  });
  if (code !== 0) {
    throw new StartupError(
      `Fetching Neo4j ${NEO4J_VERSION} with Maven failed (exit ${code}); see the Maven output above. Check that Maven Central is reachable, or set NEO4J_URI.`,
    );
  }
  fs.writeFileSync(marker, new Date().toISOString());
  return libDir;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
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
    'dbms.security.auth_enabled=false',
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

function tail(file: string, lines = 25): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The pid and port of a server still running for this instance, if any. */
function runningServer(dir: string): { pid: number; port: number } | undefined {
  try {
    const [pid, port] = fs.readFileSync(path.join(dir, 'neo4j.pid'), 'utf8').trim().split(/\s+/).map(Number) as [
      number,
      number,
    ];
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(dir) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

/** A shell loop that ends the server within a second of this process dying (SIGKILL included). */
function startWatchdog(javaPid: number): void {
  const script =
    'while kill -0 "$1" 2>/dev/null; do if ! kill -0 "$2" 2>/dev/null; then exit 0; fi; sleep 1; done; kill -9 "$2" 2>/dev/null';
  const watchdog = spawn('sh', ['-c', script, 'actorgraph-neo4j-watchdog', String(process.pid), String(javaPid)], {
    stdio: 'ignore',
    detached: true,
  });
  watchdog.unref();
}

async function waitForBolt(uri: string, child: ChildProcess, deadline: number, logFile: string): Promise<void> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2000 });
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new StartupError(
          `Neo4j exited with code ${child.exitCode} while starting. The end of its log (${logFile}):\n${tail(logFile)}`,
        );
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch {
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
  const pidFile = path.join(dir, 'neo4j.pid');
  const running = runningServer(dir);
  if (running && options.reuseRunning) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    log(`Using the Neo4j already running for ${dir} on ${uri}.`);
    return { uri, port: running.port, pid: running.pid, stop: async () => {} };
  }
  // Left behind by a run that was killed, it would hold the store lock.
  if (running) process.kill(running.pid, 'SIGKILL');
  fs.rmSync(pidFile, { force: true });

  const port = options.port || (await freePort());
  writeConfig(confDir, dataDir, logsDir, port, {
    pageCache: options.pageCache ?? '256m',
    transactionTotal: options.transactionTotal,
  });
  const consoleLog = path.join(logsDir, 'console.log');
  const out = fs.openSync(consoleLog, 'a');
  const heap = options.heap ?? '1g';
  const child = spawn(
    javaBinary(),
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${dir}`,
      `--config-dir=${confDir}`,
    ],
    { stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new StartupError(`Could not start Java (${javaBinary()}). ${NO_JAVA_HELP}`);
  fs.writeFileSync(pidFile, `${child.pid} ${port}`);

  // Never leave a Java process behind: kill it when this process exits without calling stop(),
  // and, through a watchdog, even when this process is killed outright.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  startWatchdog(child.pid);

  const uri = `bolt://127.0.0.1:${port}`;
  log(`Starting Neo4j ${NEO4J_VERSION} on ${uri} (data in ${dataDir})…`);
  try {
    await waitForBolt(uri, child, Date.now() + (options.startTimeoutMs ?? 120_000), path.join(logsDir, 'neo4j.log'));
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(force);
        fs.rmSync(pidFile, { force: true });
        resolve();
      });
      child.kill('SIGTERM');
    }));
  return { uri, port, pid: child.pid, stop };
}
