/**
 * What the local servers (Neo4j in src/db/localNeo4j.ts, CoreNLP in src/nlp/localCoreNlp.ts) share: a Java
 * child process on a free 127.0.0.1 port, found again through its pid file, started by one process at a time,
 * used by several (each holding a lease), and stopped by a watchdog once no holder is alive.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { StartupError } from '../errors.js';

export function javaBinary(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
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

export function tail(file: string, lines = 25): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid and port in `pidFile` of a server still running for the instance in `dir`: checked against the
 * process's command line (its main class and its folder), since a pid is reused once its process is gone.
 */
export function runningServer(
  pidFile: string,
  mainClass: string,
  dir: string,
): { pid: number; port: number } | undefined {
  try {
    const [pid, port] = fs.readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number) as [number, number];
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(mainClass) && cmdline.includes(dir) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

/** How many holders of this process hold each lease folder (several calls in one process may share a server). */
const holdersIn = new Map<string, number>();

export type Lease = ReturnType<typeof leaseIn>;

/**
 * Every process using an instance holds a lease: a file in `<dir>/users` named after its pid, which the
 * watchdog checks is alive. The file goes only when the process's last holder leaves, so one call's end never
 * strands a server that another call of the same process still uses.
 */
export function leaseIn(dir: string) {
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
    /** Holders still using the server: live other processes (dead ones' files are removed), and this one's. */
    others: () =>
      fs
        .readdirSync(leaseDir)
        .map(Number)
        .filter((pid) => {
          if (pid === process.pid) return false;
          if (alive(pid)) return true;
          fs.rmSync(path.join(leaseDir, String(pid)), { force: true });
          return false;
        }).length + holders(),
  };
}

/**
 * A shell loop beside the server: once no lease holder has been alive (each killed outright, SIGKILL included)
 * for `lingerSeconds`, it stops the server with SIGTERM, then SIGKILL after `graceSeconds`. It outlives the
 * process that started it, so other users keep the server, and a later run may find it warm.
 */
export function startWatchdog(
  name: string,
  javaPid: number,
  leaseDir: string,
  { lingerSeconds = 0, graceSeconds = 20 } = {},
): void {
  const script = [
    'idle=0',
    'while kill -0 "$1" 2>/dev/null; do',
    '  users=0; for f in "$2"/*; do [ -e "$f" ] && kill -0 "$(basename "$f")" 2>/dev/null && users=1; done',
    '  if [ "$users" = 1 ]; then idle=0; else idle=$((idle+1)); fi',
    '  if [ "$idle" -gt "$3" ]; then kill -TERM "$1" 2>/dev/null; sleep "$4"; kill -9 "$1" 2>/dev/null; exit 0; fi',
    '  sleep 1',
    'done',
  ].join('\n');
  const args = [String(javaPid), leaseDir, String(lingerSeconds), String(graceSeconds)];
  spawn('sh', ['-c', script, `actorgraph-${name}-watchdog`, ...args], { stdio: 'ignore', detached: true }).unref();
}

/**
 * An exclusive file, held while a process starts the instance's server. A lock whose holder died is taken
 * over; a live holder is waited for, until the deadline.
 */
export async function takeStartLock(dir: string, deadline: number, server: string): Promise<() => void> {
  const lock = path.join(dir, 'starting.lock');
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: number;
    try {
      holder = Number(fs.readFileSync(lock, 'utf8') || 0);
    } catch {
      continue; // released between the two calls: try again
    }
    if (!holder || !alive(holder)) fs.rmSync(lock, { force: true });
    else if (Date.now() > deadline)
      throw new StartupError(
        `Another process (pid ${holder}) is still starting ${server} in ${dir}; try again shortly.`,
      );
    else await new Promise((r) => setTimeout(r, 300));
  }
}
