/**
 * The only reader of process.env. Parsed once, every problem reported together.
 */
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
  /** On SIGTERM or SIGINT, how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_DEADLINE_MS: ms.default(10_000),
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
}

/** A StartupError, so entry points print it as one message like any other start-up problem. */
export class ConfigError extends StartupError {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const SEED_FACTS_FILES = [path.join(PROJECT_ROOT, 'seed/facts/national-times-ukraine-offers-talks.yaml')];

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
  };
}
