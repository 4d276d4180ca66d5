/**
 * `npm run bench`: actorgraph against @neo4j/graphql (the peer) and a hand-written Cypher
 * floor, over the same seeded Neo4j, in one run on this machine. See bench/README.md.
 *
 * Each system runs in its own process on 127.0.0.1 (bench/server.ts); autocannon drives them
 * from this one. For every operation the three answers are first checked to be the same data,
 * and the Cypher queries each system sends are counted. Then each (operation, system) is loaded
 * for BENCH_SECONDS per round with BENCH_CONNECTIONS connections, in BENCH_ROUNDS rounds, cut
 * into slices of BENCH_SLICE_SECONDS that interleave the systems (A B C, C B A, ...), and the
 * figures are printed as Markdown with ratios and their spread over slices.
 * Timings are reported, never asserted: the machine is small and shared.
 *
 * Env: NEO4J_URI (else a throwaway local Neo4j), BENCH_SECONDS (5), BENCH_SLICE_SECONDS (1),
 * BENCH_ROUNDS (2), BENCH_CONNECTIONS (10), BENCH_WARMUP_SECONDS (2); BENCH_RESULT_FILE, where to write
 * the ratios and failures as JSON (ComparisonSummary) for `--scale`.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT, type Neo4jConnection } from '../src/config.js';
import { connect } from '../src/db/database.js';
import { openSeededDatabase } from '../src/db/seededDatabase.js';
import { OPERATIONS, type Operation, type System } from './operations.js';
import type { FromServer, ToServer } from './server.js';

const envInt = (name: string, fallback: number, min: number, max: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be a number from ${min} to ${max} (got ${raw})`);
  return value;
};
const SECONDS = envInt('BENCH_SECONDS', 5, 1, 60);
const SLICE_SECONDS = envInt('BENCH_SLICE_SECONDS', 1, 1, 60);
const SLICES = Math.max(1, Math.round(SECONDS / SLICE_SECONDS));
const ROUNDS = envInt('BENCH_ROUNDS', 2, 1, 10);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 10, 1, 100);
const WARMUP_SECONDS = envInt('BENCH_WARMUP_SECONDS', 2, 0, 30);

const SYSTEMS: System[] = ['actorgraph', 'peer', 'floor'];
const LABEL: Record<System, string> = {
  actorgraph: 'actorgraph',
  peer: '@neo4j/graphql',
  floor: 'floor (1 Cypher, no GraphQL)',
};

const log = (line: string) => console.error(`[bench] ${line}`);

/** What `npm run bench -- --scale` reads back from BENCH_RESULT_FILE. */
export interface ComparisonSummary {
  connections: number;
  operations: Array<{
    key: string;
    title: string;
    /** Median over slices of actorgraph's req/s over the other's; null when the data differed. */
    peer: number | null;
    floor: number | null;
    /** Why the ratios were left out: only different data excludes an operation; a failure counts against its side. */
    excluded: string[];
    /** Requests that failed, the data check's included: HTTP errors, timeouts and GraphQL errors in a 200. */
    failures: Record<System, number>;
  }>;
}

// ---------- the servers ----------

interface Server {
  system: System;
  child: ChildProcess;
  port: number;
}

function nextMessage<T extends FromServer['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<FromServer, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromServer) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<FromServer, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`server process ${child.pid} exited (${code}) before sending ${type}`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function startServer(system: System, connection: Neo4jConnection): Promise<Server> {
  // fork() passes this process's execArgv (tsx's loader) on, so the child runs TypeScript too.
  const child = fork(fileURLToPath(new URL('./server.ts', import.meta.url)), [system], {
    env: { ...process.env, BENCH_NEO4J: JSON.stringify(connection) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await nextMessage(child, 'ready');
  log(`${system} listening on 127.0.0.1:${port} (pid ${child.pid})`);
  return { system, child, port };
}

async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send({ type: 'stop' } satisfies ToServer);
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---------- requests ----------

interface Target {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

function target(server: Server, op: Operation): Target {
  const base = `http://127.0.0.1:${server.port}`;
  if (server.system === 'floor') return { url: `${base}/op/${op.key}`, method: 'GET', headers: {} };
  const query = server.system === 'actorgraph' ? op.actorgraph : op.peer;
  return {
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  };
}

async function fetchData(server: Server, op: Operation): Promise<unknown> {
  const t = target(server, op);
  const response = await fetch(t.url, { method: t.method, headers: t.headers, body: t.body });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> } | unknown[];
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  if (server.system === 'floor') return body;
  const result = body as { data?: unknown; errors?: Array<{ message: string }> };
  if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data;
}

/** The server's CPU time (µs) and responses so far, read once it has no request in flight. */
async function serverCpu(server: Server): Promise<{ micros: number; served: number }> {
  server.child.send({ type: 'cpu' } satisfies ToServer);
  return nextMessage(server.child, 'cpu');
}

/**
 * The throwaway Neo4j is a Java child of this process: its CPU time (user + system, µs) from
 * /proc, or null where there is none to read (NEO4J_URI, or not Linux).
 */
function findNeo4jPid(): number | null {
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat && stat.ppid === process.pid && stat.comm === 'java') return Number(entry);
    }
  } catch {
    // no /proc
  }
  return null;
}
function readStat(pid: number): { comm: string; ppid: number; ticks: number } | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' '); // fields[0] is field 3 (state)
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      ppid: Number(fields[1]),
      ticks: Number(fields[11]) + Number(fields[12]),
    };
  } catch {
    return null;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const neo4jCpu = (pid: number | null): number | null => {
  const stat = pid === null ? null : readStat(pid);
  return stat ? (stat.ticks / CLOCK_TICKS) * 1e6 : null;
};

async function countQueries(server: Server, op: Operation): Promise<string[]> {
  server.child.send({ type: 'count-start' } satisfies ToServer);
  await nextMessage(server.child, 'ack');
  await fetchData(server, op);
  server.child.send({ type: 'count-stop' } satisfies ToServer);
  return (await nextMessage(server.child, 'counted')).queries;
}

// ---------- comparing answers ----------

/** JSON with object keys sorted, so answers compare whatever order their fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The first place two values differ, for a readable mismatch message. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return a.length !== b.length ? `${d} (lengths ${a.length} vs ${b.length})` : d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  const show = (v: unknown) => (canonical(v) ?? 'undefined').slice(0, 160);
  return `${path}: ${show(a)} vs ${show(b)}`;
}

// ---------- load ----------

interface Sample {
  round: number;
  /** Responses with a 2xx status. */
  requests: number;
  seconds: number;
  /** Milliseconds, one per 2xx response. */
  latencies: number[];
  failures: number;
  /**
   * CPU time (µs) the system's own process and the Neo4j server used from the start of the slice
   * until the server had finished every request of it, and the responses the server sent then
   * (a few more than `requests`: those still in flight when the slice ended).
   */
  apiCpu: number;
  neo4jCpu: number | null;
  served: number;
}

const rps = (xs: Sample[]) => xs.reduce((n, x) => n + x.requests, 0) / xs.reduce((n, x) => n + x.seconds, 0);

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const latencyOf = (xs: Sample[], p: number) =>
  percentile(
    xs.flatMap((x) => x.latencies),
    p,
  );

/**
 * One bounded autocannon run. Latencies are kept from each response (autocannon's own
 * histogram has whole-millisecond resolution, too coarse for answers of a few ms).
 */
async function load(
  t: Target,
  seconds: number,
  round: number,
): Promise<Omit<Sample, 'apiCpu' | 'neo4jCpu' | 'served'>> {
  const latencies: number[] = [];
  // A GraphQL error (the API's 4 s read bound, say) comes back as HTTP 200: verifyBody runs right after the
  // 'response' event of the same response, so it can take back the latency that event counted.
  let counted = false;
  let graphqlErrors = 0;
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: t.url,
        method: t.method,
        headers: t.headers,
        body: t.body,
        connections: CONNECTIONS,
        duration: seconds,
        timeout: 10,
        verifyBody: (body) => {
          if (!hasGraphqlErrors(String(body ?? ''))) return true;
          if (counted) {
            latencies.pop();
            graphqlErrors++;
          }
          return false;
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    counted = statusCode >= 200 && statusCode < 300;
    if (counted) latencies.push(responseTime);
  });
  const result = await done;
  return {
    round,
    requests: latencies.length,
    seconds: result.duration,
    latencies,
    failures: result.non2xx + result.errors + result.timeouts + graphqlErrors,
  };
}

/** A JSON answer with a top-level `errors` key (inside a string value its quotes would be escaped). */
const hasGraphqlErrors = (body: string) => body.includes('"errors":');

// ---------- report ----------

const fmt = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length === 0
    ? NaN
    : sorted.length % 2 === 1
      ? sorted[Math.floor(mid)]!
      : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
/** CPU microseconds per response the server sent, over some slices; NaN when unknown. */
const cpuPerRequest = (xs: Sample[], of: (x: Sample) => number | null) => {
  const requests = xs.reduce((n, x) => n + x.served, 0);
  const values = xs.map(of);
  return values.some((v) => v === null) ? NaN : values.reduce((n: number, v) => n + v!, 0) / requests;
};
/** Per-slice ratios of one system's figure over another's: slice k of each system is one interleaved triple. */
const sliceRatios = (s: Record<System, Sample[]>, a: System, b: System, of: (x: Sample) => number) =>
  s[a].map((x, i) => of(x) / of(s[b][i]!)).filter(Number.isFinite);
const perSecond = (x: Sample) => x.requests / x.seconds;
/** Median of the per-slice ratios, with their range. */
const ratioText = (rs: number[]) =>
  rs.length === 0
    ? '–'
    : `${fmt(median(rs), 2)}${rs.length > 1 ? ` [${fmt(Math.min(...rs), 2)}–${fmt(Math.max(...rs), 2)}]` : ''}`;

function versionOf(pkg: string, from: string): string {
  try {
    return (JSON.parse(fs.readFileSync(`${from}/node_modules/${pkg}/package.json`, 'utf8')) as { version: string })
      .version;
  } catch {
    return '?';
  }
}

async function serverVersion(connection: Neo4jConnection): Promise<string> {
  const db = connect(connection);
  try {
    const [row] = await db.read<{ versions: string[]; edition: string }>(
      'bench:version',
      'CALL dbms.components() YIELD versions, edition RETURN versions, edition',
    );
    return row ? `${row.versions.join(', ')} ${row.edition}` : '?';
  } finally {
    await db.close();
  }
}

// ---------- main ----------

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const servers: Server[] = [];
let seeded: Awaited<ReturnType<typeof openSeededDatabase>> | undefined;
let cleaning: Promise<void> | undefined;
const cleanup = () =>
  (cleaning ??= (async () => {
    await Promise.allSettled(servers.map(stopServer));
    await seeded?.close();
  })());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the servers and Neo4j`);
    void cleanup().finally(() => process.exit(130));
  });
}

try {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  seeded = await openSeededDatabase(loadConfig(), log);
  const neo4jVersion = await serverVersion(seeded.connection);
  const neo4jPid = findNeo4jPid();
  for (const system of SYSTEMS) servers.push(await startServer(system, seeded.connection));
  const bySystem = (s: System) => servers.find((x) => x.system === s)!;

  // 1. Same data? And how many Cypher queries does each system send for one request?
  const comparable = new Map<string, Record<'peer' | 'floor', boolean>>();
  const checkFailures = new Map<string, Record<System, number>>();
  const queries = new Map<string, Record<System, string[]>>();
  const problems: string[] = [];
  for (const op of OPERATIONS) {
    const answers = {} as Record<System, unknown>;
    const counted = {} as Record<System, string[]>;
    const failed = { actorgraph: 0, peer: 0, floor: 0 };
    for (const system of SYSTEMS) {
      const server = bySystem(system);
      try {
        await fetchData(server, op); // warms plan caches and the peer's one-off version check
        answers[system] = op.normalise[system]((await fetchData(server, op)) as never);
        counted[system] = await countQueries(server, op);
      } catch (error) {
        answers[system] = undefined;
        counted[system] = [];
        failed[system] = 1;
        problems.push(`${op.title}: ${LABEL[system]} failed: ${(error as Error).message}`);
      }
    }
    // Only an answer that differs leaves an operation out; one that failed (a timeout on a loaded machine) is
    // counted against its side and the operation is loaded all the same.
    const same = { peer: true, floor: true };
    for (const other of ['peer', 'floor'] as const) {
      if (answers.actorgraph === undefined || answers[other] === undefined) continue;
      const difference = firstDifference(answers.actorgraph, answers[other]);
      if (difference) problems.push(`${op.title}: MISMATCH actorgraph vs ${LABEL[other]} at ${difference}`);
      same[other] = difference === null;
    }
    comparable.set(op.key, same);
    checkFailures.set(op.key, failed);
    queries.set(op.key, counted);
    log(
      `${op.key}: same data as peer ${same.peer ? 'yes' : 'NO'}, as floor ${same.floor ? 'yes' : 'NO'}${failed.actorgraph + failed.peer + failed.floor > 0 ? ' (a side failed: not compared)' : ''}; queries ${SYSTEMS.map((s) => `${s} ${counted[s].length}`).join(', ')}`,
    );
  }

  // 2. Warm-up, then the rounds. Within a round each system gets SLICES slices of SLICE_SECONDS
  // per operation, interleaved A B C, C B A, A B C, ... so that the machine's other load falls
  // on all three alike; slice k of each system forms one comparable triple.
  const samples = new Map<string, Record<System, Sample[]>>(
    OPERATIONS.map((op) => [op.key, { actorgraph: [], peer: [], floor: [] }]),
  );
  if (WARMUP_SECONDS > 0) {
    log(`warm-up: ${WARMUP_SECONDS} s per operation and system`);
    for (const op of OPERATIONS)
      for (const system of SYSTEMS) await load(target(bySystem(system), op), WARMUP_SECONDS, 0);
  }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const op of OPERATIONS) {
      for (let slice = 0; slice < SLICES; slice++) {
        const order = (round + slice) % 2 === 1 ? SYSTEMS : [...SYSTEMS].reverse();
        for (const system of order) {
          const server = bySystem(system);
          const [api0, neo0] = [await serverCpu(server), neo4jCpu(neo4jPid)];
          const measured = await load(target(server, op), SLICE_SECONDS, round);
          const [api1, neo1] = [await serverCpu(server), neo4jCpu(neo4jPid)];
          const sample: Sample = {
            ...measured,
            apiCpu: api1.micros - api0.micros,
            neo4jCpu: neo0 === null || neo1 === null ? null : neo1 - neo0,
            served: api1.served - api0.served,
          };
          samples.get(op.key)![system].push(sample);
          if (sample.failures > 0)
            problems.push(`${op.title}: ${LABEL[system]} had ${sample.failures} failed requests in round ${round}`);
        }
      }
      const s = samples.get(op.key)!;
      const thisRound = (system: System) => s[system].filter((x) => x.round === round);
      log(
        `round ${round}/${ROUNDS} ${op.key}: ${SYSTEMS.map((sys) => `${sys} ${fmt(rps(thisRound(sys)))} req/s p50 ${fmt(latencyOf(thisRound(sys), 50), 2)} ms`).join('; ')}`,
      );
    }
  }

  // 3. Report (Markdown).
  const cpus = os.cpus();
  const loadAtEnd = os.loadavg()[0]!;
  const out: string[] = [];
  out.push(`# actorgraph benchmark, ${new Date().toISOString().slice(0, 10)}`);
  out.push('');
  out.push(
    `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}), ${fmt(os.totalmem() / 2 ** 30)} GiB, load average ${fmt(loadAtStart, 1)} at the start and ${fmt(loadAtEnd, 1)} at the end (other work shares this machine); Node ${process.version}; Neo4j ${neo4jVersion}; ` +
      `@neo4j/graphql ${versionOf('@neo4j/graphql', benchDir)}, @apollo/server ${versionOf('@apollo/server', PROJECT_ROOT)} (actorgraph) / ${versionOf('@apollo/server', benchDir)} (peer), ` +
      `autocannon ${versionOf('autocannon', benchDir)}.`,
  );
  out.push(
    `Load: per operation and system ${ROUNDS} rounds × ${SLICES} slices of ${SLICE_SECONDS} s (${ROUNDS * SLICES * SLICE_SECONDS} s in all), the systems interleaved slice by slice, ` +
      `${CONNECTIONS} connections, after ${WARMUP_SECONDS} s of warm-up; all on 127.0.0.1.`,
  );
  out.push(
    'req/s: all 2xx responses over all slices (each round in brackets). p50/p99: latency in ms over all responses. ' +
      "CPU µs/req: CPU time (user + system) of the system's own server process, and of the Neo4j server, per response " +
      '(less sensitive than wall-clock figures to the other load on a shared machine).',
  );
  for (const op of OPERATIONS) {
    const s = samples.get(op.key)!;
    const q = queries.get(op.key)!;
    out.push(
      '',
      `## ${op.title}`,
      '',
      '| system | Cypher queries per request | req/s | p50 ms | p99 ms | API CPU µs/req | Neo4j CPU µs/req |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const system of SYSTEMS) {
      const rows = s[system];
      const perRound = Array.from({ length: ROUNDS }, (_, i) => fmt(rps(rows.filter((x) => x.round === i + 1))));
      const counts = new Map<string, number>();
      for (const name of q[system]) counts.set(name, (counts.get(name) ?? 0) + 1);
      const names =
        system === 'actorgraph' && counts.size > 0
          ? ` (${[...counts].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', ')})`
          : '';
      out.push(
        `| ${LABEL[system]} | ${q[system].length}${names} | ${fmt(rps(rows))}${ROUNDS > 1 ? ` (${perRound.join(', ')})` : ''} | ${fmt(latencyOf(rows, 50), 2)} | ${fmt(latencyOf(rows, 99), 2)} | ${fmt(cpuPerRequest(rows, (x) => x.apiCpu))} | ${fmt(cpuPerRequest(rows, (x) => x.neo4jCpu))} |`,
      );
    }
  }
  out.push('', '## Ratios', '');
  out.push(
    `Computed for each interleaved slice (${ROUNDS * SLICES} per operation): the median, [min–max] over slices. ` +
      'A req/s ratio above 1 means the first system served more; a p50 ratio below 1, that it answered faster.',
  );
  out.push(
    '',
    '| operation | actorgraph / @neo4j/graphql req/s | actorgraph / @neo4j/graphql p50 | actorgraph / @neo4j/graphql CPU per request (API + Neo4j) | actorgraph / floor req/s | @neo4j/graphql / floor req/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const op of OPERATIONS) {
    const s = samples.get(op.key)!;
    const same = comparable.get(op.key)!;
    const ratios = (a: System, b: System, of: (x: Sample) => number, ok: boolean) =>
      ok ? ratioText(sliceRatios(s, a, b, of)) : 'excluded (different data)';
    const p50 = (x: Sample) => percentile(x.latencies, 50);
    const cpu = (x: Sample) => (x.neo4jCpu === null ? NaN : (x.apiCpu + x.neo4jCpu) / x.served);
    out.push(
      `| ${op.title} | ${ratios('actorgraph', 'peer', perSecond, same.peer)} | ${ratios('actorgraph', 'peer', p50, same.peer)} | ${ratios('actorgraph', 'peer', cpu, same.peer)} | ${ratios('actorgraph', 'floor', perSecond, same.floor)} | ${ratios('peer', 'floor', perSecond, same.peer && same.floor)} |`,
    );
  }
  const failuresOf = (op: Operation, system: System) =>
    checkFailures.get(op.key)![system] + samples.get(op.key)![system].reduce((n, x) => n + x.failures, 0);
  out.push(
    '',
    '## Failed requests',
    '',
    "HTTP errors, timeouts and answers with GraphQL errors (a request past the API's read bound among them), the data check included.",
    '',
    `| operation | ${SYSTEMS.map((sys) => LABEL[sys]).join(' | ')} |`,
    '| --- | ---: | ---: | ---: |',
    ...OPERATIONS.map((op) => `| ${op.title} | ${SYSTEMS.map((sys) => failuresOf(op, sys)).join(' | ')} |`),
  );
  if (problems.length > 0) out.push('', '## Problems', '', ...problems.map((p) => `- ${p}`));
  const resultFile = process.env.BENCH_RESULT_FILE;
  if (resultFile) {
    const medianRatio = (op: Operation, other: 'peer' | 'floor') => {
      const rs = sliceRatios(samples.get(op.key)!, 'actorgraph', other, perSecond);
      return comparable.get(op.key)![other] && rs.length > 0 ? median(rs) : null;
    };
    const summary: ComparisonSummary = {
      connections: CONNECTIONS,
      operations: OPERATIONS.map((op) => {
        const same = comparable.get(op.key)!;
        return {
          key: op.key,
          title: op.title,
          peer: medianRatio(op, 'peer'),
          floor: medianRatio(op, 'floor'),
          excluded: [
            ...(same.peer ? [] : ['different data from @neo4j/graphql']),
            ...(same.floor ? [] : ['different data from the floor']),
          ],
          failures: {
            actorgraph: failuresOf(op, 'actorgraph'),
            peer: failuresOf(op, 'peer'),
            floor: failuresOf(op, 'floor'),
          },
        };
      }),
    };
    fs.writeFileSync(resultFile, JSON.stringify(summary, null, 2));
  }
  out.push('', `Whole run: ${fmt((Date.now() - started) / 1000)} s.`);
  console.log(out.join('\n'));
  process.exitCode = problems.some((p) => p.includes('failed')) ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
