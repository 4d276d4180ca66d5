/**
 * The only reader of process.env. Parsed once, every problem reported together.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { StartupError } from './errors.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(0).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()));

const ms = z.coerce.number().int().min(100).max(3_600_000);

/** Every wait on Neo4j has an end: a frozen or dead database must be an error within seconds, never a hang. */
export interface Neo4jTimeouts {
  readMs: number;
  writeMs: number;
  connectMs: number;
  retryMs: number;
}

// Reads answer well under 5 s even with the database gone; writes get a minute, as an import may be large.
export const DEFAULT_NEO4J_TIMEOUTS: Neo4jTimeouts = {
  readMs: 4_000,
  writeMs: 60_000,
  connectMs: 3_000,
  retryMs: 1_000,
};

/** A JVM-style size: 512m, 2g. */
const memorySize = z
  .string()
  .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g')
  .optional();

const MB = 1024 * 1024;
const sizeText = (bytes: number) => `${Math.round(bytes / MB)}m`;
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/** The local Neo4j's memory (the server NEO4J_URI names sets its own). */
export interface LocalNeo4jMemory {
  heap: string;
  pageCache: string;
  /** Memory all transactions together may take (dbms.memory.transaction.total.max); a batch of an import is one. */
  transactionTotal: string;
}

/**
 * Sized to the machine: an eighth of its memory for the heap (1 to 4 GB), a sixteenth for the page cache
 * (256 MB to 4 GB), and 70% of the heap for transactions, as Neo4j itself would; each can be set apart.
 */
export function defaultLocalNeo4jMemory(totalBytes = os.totalmem()): LocalNeo4jMemory {
  const heap = clamp(totalBytes / 8, 1024 * MB, 4096 * MB);
  return {
    heap: sizeText(heap),
    pageCache: sizeText(clamp(totalBytes / 16, 256 * MB, 4096 * MB)),
    transactionTotal: sizeText(heap * 0.7),
  };
}

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: optionalString.pipe(
    z
      .string()
      .regex(
        /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/,
        'must be a neo4j:// or bolt:// URI, e.g. bolt://localhost:7687',
      )
      .optional(),
  ),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: optionalString,
  NEO4J_DATABASE: optionalString,
  /** Where the local Neo4j keeps its jars and `npm start`'s data (used only when NEO4J_URI is unset). */
  ACTORGRAPH_HOME: optionalString,
  /** Comma-separated origins allowed to call /graphql from a browser, or * for any. */
  CORS_ORIGINS: z.string().default('*'),
  /** auto: seed an empty database at start; always: load the seed at every start (idempotent); never. */
  SEED_ON_START: z.enum(['auto', 'always', 'never']).default('auto'),
  /** Longest a read (a GraphQL request's query) may run, on the server and as seen by the client. */
  NEO4J_READ_TIMEOUT_MS: ms.default(DEFAULT_NEO4J_TIMEOUTS.readMs),
  /** Longest a write (a whole facts file in one transaction) may run. */
  NEO4J_WRITE_TIMEOUT_MS: ms.default(DEFAULT_NEO4J_TIMEOUTS.writeMs),
  /** Longest to open a connection, or to wait for a free one in the pool. */
  NEO4J_CONNECT_TIMEOUT_MS: ms.default(DEFAULT_NEO4J_TIMEOUTS.connectMs),
  /** How long the driver retries a failed transaction (a leader switch) before giving up. */
  NEO4J_RETRY_MS: ms.default(DEFAULT_NEO4J_TIMEOUTS.retryMs),
  /** The local Neo4j's JVM heap (-Xms and -Xmx). */
  NEO4J_HEAP: memorySize,
  /** The local Neo4j's page cache, which holds the store files. */
  NEO4J_PAGECACHE: memorySize,
  /** The local Neo4j's memory for all transactions together; must stay below the heap. */
  NEO4J_TX_MEMORY: memorySize,
  /** Rows (evidence, nodes, relationships) `npm run import` writes per transaction. */
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  /** On SIGTERM or SIGINT, how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_DEADLINE_MS: ms.default(10_000),
  /** Where Stanford CoreNLP's jars (from Maven Central) and its server's pid, port and log live. */
  CORENLP_HOME: optionalString,
  /** CoreNLP's JVM heap: its English models need about 2.5 GB. */
  CORENLP_HEAP: memorySize,
  /** How long CoreNLP stays up after the last `npm run ingest` ends, so the next finds it warm (0: stop at once). */
  CORENLP_LINGER_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string | undefined;
  database: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  /** Undefined: start a local Neo4j. */
  neo4j: Neo4jConnection | undefined;
  neo4jTimeouts: Neo4jTimeouts;
  homeDir: string;
  seedOnStart: 'auto' | 'always' | 'never';
  shutdownDeadlineMs: number;
  logLevel: string;
  seedFiles: string[];
  corsOrigins: string[];
  localNeo4jMemory: LocalNeo4jMemory;
  importBatchRows: number;
  /** The local NLP engine of `npm run ingest` (src/nlp/localCoreNlp.ts). */
  nlp: { homeDir: string; heap: string; lingerMs: number };
}

/** A StartupError, so entry points print it as one message like any other start-up problem. */
export class ConfigError extends StartupError {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const SEED_FACTS_FILES = [path.join(PROJECT_ROOT, 'seed/facts/national-times-ukraine-offers-talks.yaml')];

function localMemory(heap?: string, pageCache?: string, transactionTotal?: string): LocalNeo4jMemory {
  const sized = defaultLocalNeo4jMemory();
  const heapSize = heap ?? sized.heap;
  // Transactions get 70% of whatever heap was chosen, unless set themselves.
  const toMb = (size: string) =>
    Number(size.slice(0, -1)) * { k: 1 / 1024, m: 1, g: 1024 }[size.slice(-1).toLowerCase() as 'k' | 'm' | 'g'];
  return {
    heap: heapSize,
    pageCache: pageCache ?? sized.pageCache,
    transactionTotal: transactionTotal ?? `${Math.round(toMb(heapSize) * 0.7)}m`,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`,
      ),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: e.NEO4J_URI
      ? { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
      : undefined,
    neo4jTimeouts: {
      readMs: e.NEO4J_READ_TIMEOUT_MS,
      writeMs: e.NEO4J_WRITE_TIMEOUT_MS,
      connectMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      retryMs: e.NEO4J_RETRY_MS,
    },
    homeDir: path.resolve(PROJECT_ROOT, e.ACTORGRAPH_HOME ?? '.neo4j'),
    seedOnStart: e.SEED_ON_START,
    shutdownDeadlineMs: e.SHUTDOWN_DEADLINE_MS,
    logLevel: e.LOG_LEVEL,
    seedFiles: SEED_FACTS_FILES,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    localNeo4jMemory: localMemory(e.NEO4J_HEAP, e.NEO4J_PAGECACHE, e.NEO4J_TX_MEMORY),
    importBatchRows: e.IMPORT_BATCH_ROWS,
    nlp: {
      homeDir: path.resolve(PROJECT_ROOT, e.CORENLP_HOME ?? '.corenlp'),
      heap: e.CORENLP_HEAP ?? '3g',
      lingerMs: e.CORENLP_LINGER_SECONDS * 1000,
    },
  };
}
