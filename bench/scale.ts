/**
 * `npm run bench -- --scale [--quick]`: how the cost of each operation grows with the graph. Synthetic corpora
 * (npm run synth) are loaded through the batched loader at two sizes (10k and 100k nodes; 1k and 10k with
 * --quick; 1M too with BENCH_SCALE_1M=1), and each operation of issue 9's table, plus search and thread, is run
 * through the API: once PROFILEd for its db hits (deterministic), then BENCH_SCALE_REPEATS times for p50/p99.
 * On the smaller graph, with the seed loaded beside it, the peer comparison (bench/run.ts) runs at 1 and 8
 * connections (8 only with --quick). The last line sums it all up as issue 9 asks.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createContext, createRepositories } from '../src/context.js';
import { connect, type Database, type QueryEvent } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/localNeo4j.js';
import { migrate } from '../src/db/migrations.js';
import { loadSeed } from '../src/ingest/seed.js';
import { corpusContents, synthesize } from '../src/ingest/synthCorpus.js';
import { loadFacts } from '../src/ingest/writeFacts.js';
import { createApolloServer } from '../src/server.js';

const log = (line: string) => console.error(`[bench:scale] ${line}`);
const quick = process.argv.includes('--quick');
const SIZES = quick ? [1_000, 10_000] : [10_000, 100_000, ...(process.env.BENCH_SCALE_1M === '1' ? [1_000_000] : [])];
const REPEATS = Number(process.env.BENCH_SCALE_REPEATS ?? (quick ? 20 : 50));

/** The corpus's hub (the most frequent speaker) and a leaf, found in the generated facts, not guessed. */
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
  const link = statements.find((s) => (s.addressees ?? []).length > 0)!.addressees![0]!;
  const addressee = typeof link === 'string' ? link : link.id;
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
  dbHits: number;
  queries: number;
  p50: number;
  p99: number;
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

/** The existing comparison (bench/run.ts) against this server; its ratio table's medians, per operation. */
function comparePeers(
  uri: string,
  password: string,
  connections: number,
): Promise<{ peer: number[]; floor: number[]; report: string }> {
  const env = {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    BENCH_CONNECTIONS: String(connections),
    ...(quick ? { BENCH_SECONDS: '2', BENCH_ROUNDS: '1', BENCH_WARMUP_SECONDS: '1' } : {}),
  };
  const run = fileURLToPath(new URL('./run.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, run], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let report = '';
    child.stdout.on('data', (d: Buffer) => (report += d.toString()));
    child.on('error', reject);
    child.on('close', () => {
      const ratios = report.slice(report.indexOf('## Ratios'));
      const rows = ratios.split('\n').filter((line) => /^\| (?!operation|---)/.test(line));
      const median = (cell: string | undefined) => Number.parseFloat(cell ?? '');
      const cells = rows.map((row) => row.split('|').map((c) => c.trim()));
      resolve({
        peer: cells.map((c) => median(c[2])).filter(Number.isFinite),
        floor: cells.map((c) => median(c[5])).filter(Number.isFinite),
        report,
      });
    });
  });
}

const config = loadConfig();
const instanceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-scale-'));
const corpusRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-scale-corpus-'));
const local = await startLocalNeo4j({
  homeDir: config.homeDir,
  instanceDir,
  heap: config.localNeo4jMemory.heap,
  pageCache: config.localNeo4jMemory.pageCache,
  transactionTotal: config.localNeo4jMemory.transactionTotal,
  log,
  // A shared machine can take minutes to start the JVM; the measurement does not care.
  startTimeoutMs: 600_000,
});
const stopAll = async () => {
  await local.stop();
  fs.rmSync(instanceDir, { recursive: true, force: true });
  fs.rmSync(corpusRoot, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));

const started = Date.now();
const results = new Map<number, Map<string, Measured>>();
const loads: string[] = [];
const ratios = { peer: [] as number[], floor: [] as number[] };
try {
  const db = connect(
    // The local server makes a password on its first start; the bench's connections carry it.
    { uri: local.uri, user: 'neo4j', password: local.password, database: undefined },
    {
      timeouts: { ...config.neo4jTimeouts, writeMs: 600_000 },
    },
  );
  await migrate(db);
  for (const [i, size] of SIZES.entries()) {
    if (i > 0) {
      const session = db.driver.session();
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      await session.close();
    }
    const files = synthesize({ nodes: size, seed: 1, files: Math.max(1, Math.round(size / 50_000)) });
    const dir = path.join(corpusRoot, String(size));
    for (const [name, text] of corpusContents(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const t0 = Date.now();
    const summary = await loadFacts(db, [dir]);
    const seconds = (Date.now() - t0) / 1000;
    const nodes = summary.nodesCreated;
    const disk = diskBytes(path.join(instanceDir, 'data'));
    loads.push(
      `| ${size} | ${nodes} | ${summary.relationshipsCreated} | ${seconds.toFixed(1)} | ${Math.round(nodes / seconds)} | ${(disk / 1e6).toFixed(0)} |`,
    );
    log(
      `loaded ${size}: ${nodes} nodes in ${seconds.toFixed(1)} s (${Math.round(nodes / seconds)} nodes/s), disk ${(disk / 1e6).toFixed(0)} MB`,
    );
    results.set(size, await measure(local.uri, local.password, landmarks(files)));
    if (i === 0) {
      // The peer comparison's operations name seed actors: the seed joins the synthetic graph.
      await loadSeed(db, config.seedFiles, log);
      for (const connections of quick ? [8] : [1, 8]) {
        const compared = await comparePeers(local.uri, local.password, connections);
        console.log(`\n### Peer comparison on the ${size} graph, ${connections} connections\n`);
        console.log(compared.report.slice(compared.report.indexOf('## Ratios')));
        ratios.peer.push(...compared.peer);
        ratios.floor.push(...compared.floor);
      }
    }
  }
  await db.close();

  const [small, large] = [SIZES[0]!, SIZES[1]!];
  const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
  const out: string[] = [];
  out.push(`\n## Scale, ${new Date().toISOString().slice(0, 10)}: ${label(small)} → ${label(large)} nodes\n`);
  out.push(
    `Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0]!.toFixed(1)} at the end; Neo4j heap ${config.localNeo4jMemory.heap}, page cache ${config.localNeo4jMemory.pageCache}; ${REPEATS} timed runs per operation.\n`,
  );
  out.push(
    '| corpus | nodes created | relationships | load s | nodes/s | disk MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...loads,
    '',
  );
  out.push(
    `| operation | db hits ${label(small)} | db hits ${label(large)} | growth | queries | p50 ms ${label(small)} | p99 ms ${label(small)} | p50 ms ${label(large)} | p99 ms ${label(large)} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  let maxGrowth = 0;
  for (const op of OPERATIONS) {
    const [a, b] = [results.get(small)!.get(op.title)!, results.get(large)!.get(op.title)!];
    const growth = b.dbHits / Math.max(1, a.dbHits);
    maxGrowth = Math.max(maxGrowth, growth);
    out.push(
      `| ${op.title} | ${a.dbHits} | ${b.dbHits} | ${growth.toFixed(1)} | ${b.queries} | ${a.p50.toFixed(1)} | ${a.p99.toFixed(1)} | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} |`,
    );
  }
  const min = (xs: number[]) => (xs.length ? Math.min(...xs).toFixed(2) : '–');
  out.push('', `Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  out.push(
    `min ratio vs @neo4j/graphql: ${min(ratios.peer)}; min ratio vs raw driver: ${min(ratios.floor)}; max db-hits growth ${label(small)}->${label(large)}: ${maxGrowth.toFixed(1)}`,
  );
  console.log(out.join('\n'));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
