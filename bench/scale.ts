/**
 * `npm run bench -- --scale [--quick]`: how the cost of each operation grows with the graph. Synthetic corpora
 * (npm run synth) are loaded through the batched loader at 10k and 100k nodes (1M too with BENCH_SCALE_1M=1)
 * into local Neo4j stores kept under .neo4j/scale/ (loaded once per corpus and loader code), and each operation
 * of issue 9's table, plus search and thread, is run through the API: once PROFILEd for its db hits
 * (deterministic), then BENCH_SCALE_REPEATS times for p50/p99. Then the peer comparison (bench/run.ts) runs on
 * the 10k graph, which holds the seed too, at 1 and 8 connections. --quick: fewer timed runs and one short
 * round per comparison. The last line sums it all up as issue 9 asks.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { createContext, createRepositories } from '../src/context.js';
import { connect, type Database, type QueryEvent } from '../src/db/database.js';
import { NEO4J_VERSION, startLocalNeo4j, type LocalNeo4j } from '../src/db/localNeo4j.js';
import { migrate } from '../src/db/migrations.js';
import { loadSeed } from '../src/ingest/seed.js';
import { corpusContents, synthesize } from '../src/ingest/synthCorpus.js';
import { loadFacts } from '../src/ingest/writeFacts.js';
import { createApolloServer } from '../src/server.js';
import type { ComparisonSummary } from './run.js';

const log = (line: string) => console.error(`[bench:scale] ${line}`);
const quick = process.argv.includes('--quick');
// --quick keeps the target's range (10k -> 100k): with the stores kept, what it saves is timed runs and rounds.
const SIZES = [10_000, 100_000, ...(process.env.BENCH_SCALE_1M === '1' ? [1_000_000] : [])];
const REPEATS = Number(process.env.BENCH_SCALE_REPEATS ?? (quick ? 20 : 50));

/**
 * The corpus's hub (the most frequent speaker), a leaf, and an addressee, found in the generated facts, not
 * guessed. The addressee is the one at the same rank quantile of addressee degree at every size (the top
 * tenth), so the growth compares actors of the same standing, not whoever the first statement names.
 */
/** Where the addressee landmark ranks among addressees by degree: 0.1 is the top tenth's last. */
const ADDRESSEE_QUANTILE = 0.1;

interface Landmarks {
  hub: string;
  leaf: string;
  hubName: string;
  addressee: string;
  replying: string;
}

function landmarks(files: ReturnType<typeof synthesize>): Landmarks {
  const statements = files.flatMap((f) => f.facts.statements);
  const actors = files.flatMap((f) => f.facts.actors);
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const hub = ranked[0]![0];
  const leaf = ranked.at(-1)![0];
  const addressees = new Map<string, number>();
  for (const link of statements.flatMap((s) => s.addressees ?? [])) {
    const id = typeof link === 'string' ? link : link.id;
    addressees.set(id, (addressees.get(id) ?? 0) + 1);
  }
  const byDegree = [...addressees].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const addressee = byDegree[Math.floor(byDegree.length * ADDRESSEE_QUANTILE)]![0];
  const replying = statements.filter((s) => (s.respondsTo ?? []).length > 0).at(-1)!.id;
  return { hub, leaf, hubName: actors.find((a) => a.id === hub)!.name, addressee, replying };
}

interface ScaleOperation {
  title: string;
  query: string;
  variables: (l: Landmarks, cursor: string | undefined) => Record<string, unknown>;
}

const OPERATIONS: ScaleOperation[] = [
  {
    title: 'statements(first:20)',
    query: 'query { statements(first: 20) { totalCount pageInfo { endCursor } edges { node { id } } } }',
    variables: () => ({}),
  },
  {
    title: 'statements(first:20), page 2',
    query: 'query ($after: String) { statements(first: 20, after: $after) { edges { node { id } } } }',
    variables: (_, cursor) => ({ after: cursor }),
  },
  {
    title: 'statements(speaker: hub)',
    query: 'query ($id: ID) { statements(speaker: $id, first: 20) { totalCount edges { node { id } } } }',
    variables: (l) => ({ id: l.hub }),
  },
  {
    title: 'statements(addressee:, from:, to:)',
    query:
      'query ($id: ID) { statements(addressee: $id, from: "2023-01-01", to: "2024-12-31", first: 20) { totalCount edges { node { id } } } }',
    variables: (l) => ({ id: l.addressee }),
  },
  {
    title: 'actors(first:20) × statements(first:5)',
    query: 'query { actors(first: 20) { edges { node { id statements(first: 5) { edges { node { id } } } } } } }',
    variables: () => ({}),
  },
  {
    title: 'actor by id + roles + 20 statements',
    query:
      'query ($id: ID) { actor(id: $id) { id ... on Person { roles { role { title } } } statements(first: 20) { edges { node { id } } } } }',
    variables: (l) => ({ id: l.hub }),
  },
  {
    title: 'actor(name:)',
    query: 'query ($name: String) { actor(name: $name) { id } }',
    variables: (l) => ({ name: l.hubName }),
  },
  {
    title: 'neighborhood hub, depth 2, limit 200',
    query: 'query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated } }',
    variables: (l) => ({ id: l.hub }),
  },
  {
    title: 'shortestPath hub → leaf',
    query: 'query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length } }',
    variables: (l) => ({ from: l.hub, to: l.leaf }),
  },
  {
    title: 'timeline(actor: hub)',
    query: 'query ($id: ID!) { timeline(actor: $id) { kind } }',
    variables: (l) => ({ id: l.hub }),
  },
  {
    title: 'timelineConnection(actor: hub, first: 20)',
    query: 'query ($id: ID!) { timelineConnection(actor: $id, first: 20) { edges { node { kind } } } }',
    variables: (l) => ({ id: l.hub }),
  },
  {
    title: 'search',
    query: 'query ($text: String!) { search(text: $text) { score } }',
    variables: (l) => ({ text: l.hubName.split(' ')[0]! }),
  },
  {
    title: 'Statement.thread',
    query: 'query ($id: ID!) { node(id: $id) { ... on Statement { thread { depth } } } }',
    variables: (l) => ({ id: l.replying }),
  },
];

interface Measured {
  /** NaN when the operation failed (then `error` says how). */
  dbHits: number;
  queries: number;
  p50: number;
  p99: number;
  error?: string;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** Runs one operation through Apollo in this process: data, and the Cypher queries it sent. */
async function execute(
  db: Database,
  apollo: ReturnType<typeof createApolloServer>,
  op: ScaleOperation,
  vars: Record<string, unknown>,
) {
  const events: QueryEvent[] = [];
  const stop = db.onQuery((e) => events.push(e));
  const response = await apollo.executeOperation(
    { query: op.query, variables: vars },
    { contextValue: createContext(createRepositories(db)) },
  );
  stop();
  if (response.body.kind !== 'single' || response.body.singleResult.errors)
    throw new Error(
      `${op.title}: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'stream')}`,
    );
  return { data: response.body.singleResult.data as Record<string, unknown>, events };
}

async function measure(uri: string, password: string, l: Landmarks): Promise<Map<string, Measured>> {
  const connection = { uri, user: 'neo4j', password, database: undefined };
  // The API's 4 s read bound is for users; a measurement on a busy machine waits for its answer.
  const timeouts = { ...loadConfig().neo4jTimeouts, readMs: 600_000 };
  const profiled = connect(connection, { profile: true, timeouts });
  const plain = connect(connection, { timeouts });
  const apollo = createApolloServer();
  await apollo.start();
  const out = new Map<string, Measured>();
  try {
    const first = await execute(plain, apollo, OPERATIONS[0]!, {});
    const cursor = (first.data.statements as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    for (const op of OPERATIONS) {
      const vars = op.variables(l, cursor);
      try {
        const { events } = await execute(profiled, apollo, op, vars);
        const times: number[] = [];
        for (let i = 0; i < REPEATS; i++) {
          const t0 = performance.now();
          await execute(plain, apollo, op, vars);
          times.push(performance.now() - t0);
        }
        const m = {
          dbHits: events.reduce((n, e) => n + (e.dbHits ?? 0), 0),
          queries: events.length,
          p50: percentile(times, 50),
          p99: percentile(times, 99),
        };
        out.set(op.title, m);
        log(
          `${op.title}: ${m.dbHits} db hits in ${m.queries} queries, p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms`,
        );
      } catch (error) {
        // One broken operation is a row of the report, not the end of a run that took minutes to load.
        const message = (error as Error).message.slice(0, 300);
        out.set(op.title, { dbHits: NaN, queries: NaN, p50: NaN, p99: NaN, error: message });
        log(`${op.title}: FAILED ${message}`);
      }
    }
  } finally {
    await apollo.stop();
    await profiled.close();
    await plain.close();
  }
  return out;
}

const diskBytes = (dir: string): number =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .reduce((n, d) => n + fs.statSync(path.join(d.parentPath, d.name)).size, 0);

const filesUnder = (dir: string): string[] =>
  (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();

/**
 * What a kept store was built from: the code that generates the corpus (deterministic for a size and seed),
 * writes and indexes it, the seed and the Neo4j version. A change to any of them names a new store, so a kept
 * one is never stale, and a kept one needs no corpus generated (half a minute at 100k).
 */
function storeKey(size: number): string {
  const hash = createHash('sha256');
  const code = [
    ...filesUnder(path.join(PROJECT_ROOT, 'src/ingest')),
    ...filesUnder(path.join(PROJECT_ROOT, 'src/domain')),
    path.join(PROJECT_ROOT, 'src/db/migrations.ts'),
    path.join(PROJECT_ROOT, 'src/repositories/writeRepository.ts'),
    ...config.seedFiles,
  ];
  for (const file of code) hash.update(`${path.relative(PROJECT_ROOT, file)}\0`).update(fs.readFileSync(file));
  hash.update(NEO4J_VERSION);
  return `${size}-seed${SEED}-${hash.digest('hex').slice(0, 12)}`;
}

/** How a store's corpus was loaded, and its landmarks; kept beside the store for the runs that reuse it. */
interface LoadRecord {
  nodes: number;
  relationships: number;
  seconds: number;
  loadAverage: number;
  date: string;
  landmarks: Landmarks;
}

interface Store {
  local: LocalNeo4j;
  dir: string;
  load: LoadRecord;
  kept: boolean;
}

/**
 * The local Neo4j holding the corpus of `size` nodes and the seed (the peer comparison's operations name seed
 * actors; every size holds it, so the growth compares like with like). Loading 100k nodes takes minutes on this
 * machine and measuring it far less, so each store is kept under .neo4j/scale/, keyed by size, seed and a hash
 * of what built it; BENCH_SCALE_FRESH=1 loads it again.
 */
async function openStore(size: number): Promise<Store> {
  const key = storeKey(size);
  const dir = path.join(SCALE_HOME, key);
  const marker = path.join(dir, 'loaded.json');
  const kept = !FRESH && fs.existsSync(marker);
  if (!kept) {
    // An older store of this size (other code or corpus) or a load cut short: gone, so the disk holds one per size.
    fs.mkdirSync(SCALE_HOME, { recursive: true });
    for (const old of fs.readdirSync(SCALE_HOME).filter((d) => d.startsWith(`${size}-seed${SEED}-`)))
      fs.rmSync(path.join(SCALE_HOME, old), { recursive: true, force: true });
  }
  const local = await startLocalNeo4j({
    homeDir: config.homeDir,
    instanceDir: dir,
    heap: config.localNeo4jMemory.heap,
    pageCache: config.localNeo4jMemory.pageCache,
    transactionTotal: config.localNeo4jMemory.transactionTotal,
    log,
    // A shared machine can take minutes to start the JVM; the measurement does not care.
    startTimeoutMs: 600_000,
  });
  current = local;
  const db = connect(
    // The local server makes a password on its first start; the bench's connections carry it.
    { uri: local.uri, user: 'neo4j', password: local.password, database: undefined },
    { timeouts: { ...config.neo4jTimeouts, writeMs: 600_000 } },
  );
  try {
    await migrate(db);
    if (kept) {
      const load = JSON.parse(fs.readFileSync(marker, 'utf8')) as LoadRecord;
      log(`${size}: kept store ${dir} (loaded ${load.date}, ${load.nodes} nodes in ${load.seconds.toFixed(0)} s)`);
      return { local, dir, load, kept };
    }
    const files = synthesize({ nodes: size, seed: SEED, files: Math.max(1, Math.round(size / 50_000)) });
    const corpus = path.join(corpusRoot, String(size));
    for (const [name, text] of corpusContents(files)) {
      fs.mkdirSync(path.dirname(path.join(corpus, name)), { recursive: true });
      fs.writeFileSync(path.join(corpus, name), text);
    }
    const t0 = Date.now();
    const summary = await loadFacts(db, [corpus], {
      onProgress: (p) => log(`${size}: batch ${p.batch}/${p.batches}, ${p.rowsWritten}/${p.rows} rows`),
    });
    const load: LoadRecord = {
      nodes: summary.nodesCreated,
      relationships: summary.relationshipsCreated,
      seconds: (Date.now() - t0) / 1000,
      loadAverage: os.loadavg()[0]!,
      date: new Date().toISOString().slice(0, 16),
      landmarks: landmarks(files),
    };
    log(
      `loaded ${size}: ${load.nodes} nodes in ${load.seconds.toFixed(1)} s (${Math.round(load.nodes / load.seconds)} nodes/s)`,
    );
    await loadSeed(db, config.seedFiles, log);
    fs.writeFileSync(marker, JSON.stringify(load));
    fs.rmSync(corpus, { recursive: true, force: true });
    return { local, dir, load, kept };
  } catch (error) {
    await local.stop();
    throw error;
  } finally {
    await db.close();
  }
}

interface Comparison {
  connections: number;
  summary: ComparisonSummary;
  report: string;
}

/** The existing comparison (bench/run.ts) against this server, at `connections` connections. */
function comparePeers(uri: string, password: string, connections: number): Promise<Comparison> {
  const resultFile = path.join(corpusRoot, `comparison-${connections}.json`);
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    BENCH_CONNECTIONS: String(connections),
    // run.ts seeds the database it opens: on a loaded machine even MERGEs that all match outlast the 60 s bound.
    NEO4J_WRITE_TIMEOUT_MS: '600000',
    BENCH_RESULT_FILE: resultFile,
    ...(quick ? { BENCH_SECONDS: '2', BENCH_ROUNDS: '1', BENCH_WARMUP_SECONDS: '1' } : {}),
  };
  const run = fileURLToPath(new URL('./run.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, run], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let report = '';
    child.stdout.on('data', (d: Buffer) => (report += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      // run.ts exits non-zero when requests failed: that is a figure to report, not a broken comparison.
      if (!fs.existsSync(resultFile))
        return reject(new Error(`bench/run.ts (${connections} connections) exited ${code} without its figures`));
      const summary = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as ComparisonSummary;
      resolve({ connections, summary, report });
    });
  });
}

const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** The summary of one comparison: its smallest ratios, and every failed request and exclusion by side. */
function comparisonLine(c: Comparison): string {
  const ops = c.summary.operations;
  const lowest = (of: 'peer' | 'floor') => {
    const measured = ops.filter((o) => o[of] !== null);
    const worst = measured.sort((a, b) => a[of]! - b[of]!)[0];
    return worst ? `${worst[of]!.toFixed(2)} (${worst.key})` : '–';
  };
  const failed = (['actorgraph', 'peer', 'floor'] as const).map(
    (side) => `${side} ${ops.reduce((n, o) => n + o.failures[side], 0)}`,
  );
  const excluded = ops.filter((o) => o.excluded.length > 0).map((o) => `${o.key} (${o.excluded.join('; ')})`);
  return (
    `${c.connections} connection${c.connections > 1 ? 's' : ''}: min ratio vs @neo4j/graphql ${lowest('peer')}, vs raw driver ${lowest('floor')}; ` +
    `failed requests ${failed.join(', ')}; excluded: ${excluded.length ? excluded.join(', ') : 'none'}`
  );
}

/** The loads and the db hits, latencies and growth of every operation at every size, as Markdown. */
function growthTable(): { text: string; max: string } {
  const out: string[] = [];
  out.push(`\n## Scale, ${new Date().toISOString().slice(0, 10)}: ${SIZES.map(label).join(' → ')} nodes\n`);
  out.push(
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0]!.toFixed(1)}; Neo4j heap ${config.localNeo4jMemory.heap}, page cache ${config.localNeo4jMemory.pageCache}; ${REPEATS} timed runs per operation; stores in ${SCALE_HOME}.\n`,
  );
  out.push(
    '| corpus | nodes created | relationships | load s | nodes/s | load average | disk MB | store |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...SIZES.map((n) => loads.get(n)!),
    '',
  );
  const pairs = SIZES.slice(1).map((b, k) => [SIZES[k]!, b] as const);
  out.push(
    `| operation | ${SIZES.map((n) => `db hits ${label(n)}`).join(' | ')} | ${pairs.map(([a, b]) => `growth ${label(a)}→${label(b)}`).join(' | ')} | queries | ${SIZES.map((n) => `p50 ms ${label(n)} | p99 ms ${label(n)}`).join(' | ')} |`,
    `| --- | ${[...SIZES, ...pairs, 0, ...SIZES, ...SIZES].map(() => '---:').join(' | ')} |`,
  );
  const growths: number[] = [];
  const failures: string[] = [];
  for (const op of OPERATIONS) {
    const m = SIZES.map((n) => results.get(n)!.get(op.title)!);
    const growth = pairs.map((_, k) => m[k + 1]!.dbHits / Math.max(1, m[k]!.dbHits));
    growths.push(growth[0]!);
    m.forEach((x, k) => x.error && failures.push(`- ${op.title} at ${label(SIZES[k]!)}: ${x.error}`));
    out.push(
      `| ${op.title} | ${m.map((x) => fixed(x.dbHits, 0)).join(' | ')} | ${growth.map((g) => fixed(g)).join(' | ')} | ${fixed(m.at(-1)!.queries, 0)} | ${m.map((x) => `${fixed(x.p50)} | ${fixed(x.p99)}`).join(' | ')} |`,
    );
  }
  if (failures.length) out.push('', 'Failed operations:', ...failures);
  // A failed operation has no growth to compare: it is listed above and makes the maximum unknown.
  const max = growths.some((g) => !Number.isFinite(g)) ? '–' : Math.max(...growths).toFixed(1);
  return { text: out.join('\n'), max };
}

const config = loadConfig();
const SEED = 1;
const SCALE_HOME = path.join(config.homeDir, 'scale');
const FRESH = process.env.BENCH_SCALE_FRESH === '1';
const corpusRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-scale-corpus-'));
let current: LocalNeo4j | undefined;
const stopAll = async () => {
  await current?.stop();
  fs.rmSync(corpusRoot, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));

const started = Date.now();
const loadAtStart = os.loadavg()[0]!;
const results = new Map<number, Map<string, Measured>>();
const loads = new Map<number, string>();
const phases: string[] = [];
const comparisons: Comparison[] = [];
const since = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
try {
  // The largest graph first and the 10k one last, so the comparison runs on the store already started (a start
  // takes minutes on a loaded machine); the growth table is printed before the comparison, which takes longest.
  let small: Store | undefined;
  for (const size of [...SIZES].reverse()) {
    let t0 = Date.now();
    const store = await openStore(size);
    phases.push(`${label(size)} store ${store.kept ? 'kept' : 'loaded'} and started in ${since(t0)}`);
    const { load } = store;
    loads.set(
      size,
      `| ${size} | ${load.nodes} | ${load.relationships} | ${load.seconds.toFixed(1)} | ${Math.round(load.nodes / load.seconds)} | ${load.loadAverage.toFixed(1)} | ${(diskBytes(path.join(store.dir, 'data')) / 1e6).toFixed(0)} | ${store.kept ? `kept, loaded ${load.date}` : 'this run'} |`,
    );
    t0 = Date.now();
    results.set(size, await measure(store.local.uri, store.local.password, load.landmarks));
    phases.push(`${label(size)} measured in ${since(t0)}`);
    if (size === SIZES[0]) small = store;
    else {
      await store.local.stop();
      current = undefined;
    }
  }
  const growth = growthTable();
  console.log(growth.text);

  const store = small!;
  const comparisonFailures: string[] = [];
  for (const connections of [1, 8]) {
    const t0 = Date.now();
    const conns = `${connections} connection${connections > 1 ? 's' : ''}`;
    try {
      const compared = await comparePeers(store.local.uri, store.local.password, connections);
      comparisons.push(compared);
      console.log(`\n### Peer comparison on the ${label(SIZES[0]!)} graph, ${conns}\n`);
      console.log(compared.report.slice(compared.report.indexOf('## Ratios')));
    } catch (error) {
      comparisonFailures.push(`comparison at ${conns} failed: ${(error as Error).message}`);
    }
    phases.push(`comparison at ${conns} in ${since(t0)}`);
  }
  await store.local.stop();
  current = undefined;

  const minOf = (of: 'peer' | 'floor') => {
    const xs = comparisons.flatMap((c) => c.summary.operations.map((o) => o[of]).filter((x) => x !== null));
    return xs.length ? Math.min(...xs).toFixed(2) : '–';
  };
  console.log(
    [
      '',
      `Whole run: ${since(started)} (${phases.join('; ')}); load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end.`,
      ...comparisons.map(comparisonLine),
      ...comparisonFailures,
      `min ratio vs @neo4j/graphql: ${minOf('peer')}; min ratio vs raw driver: ${minOf('floor')}; max db-hits growth ${label(SIZES[0]!)}->${label(SIZES[1]!)}: ${growth.max}`,
    ].join('\n'),
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
