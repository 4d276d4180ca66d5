/**
 * The one place that talks to Neo4j. Every query is named (sent as transaction
 * metadata, so it shows in the server's query log and `SHOW TRANSACTIONS`),
 * routed to readers or the leader, and retried by the driver on transient faults.
 */
import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { DEFAULT_NEO4J_TIMEOUTS, type Neo4jConnection, type Neo4jTimeouts } from '../config.js';
import { DatabaseTimeout } from '../errors.js';
import { remainingBudgetMs } from './requestBudget.js';

export type Params = Record<string, unknown>;

/**
 * JavaScript has one number type and the driver sends it as a Cypher FLOAT, which LIMIT,
 * list slices and range() refuse. Every number this API sends is a whole count or offset,
 * so whole numbers go as INTEGER.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  /** The Cypher text sent (without PROFILE): tests check that one shape of request makes one text, which Neo4j plans once. */
  cypher?: string;
  /** Database hits of the whole plan, when the Database was built with `profile: true`. */
  dbHits?: number;
}

export interface QueryDone {
  name: string;
  mode: 'READ' | 'WRITE';
  seconds: number;
  ok: boolean;
}

export interface DatabaseOptions {
  timeouts?: Neo4jTimeouts;
  /** Runs every read as PROFILE and reports its db hits to onQuery listeners (scripts/profile-queries.ts). */
  profile?: boolean;
}

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

/**
 * The server's transaction timeout does not help when the server itself is frozen (SIGSTOP, a stalled
 * disk, a half-open socket): the driver would wait for its answer forever. This client-side deadline, the
 * same as the server's, ends the wait; the abandoned query settles whenever the socket does.
 */
function withDeadline<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeout(name, ms)), ms);
  });
  work.catch(() => {}); // settles after the deadline, if ever; nobody is waiting for it then.
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

const totalDbHits = (plan: PlanNode): number => plan.dbHits + plan.children.reduce((sum, c) => sum + totalDbHits(c), 0);

export class Database {
  private readonly listeners = new Set<(event: QueryEvent) => void>();
  private readonly doneListeners = new Set<(event: QueryDone) => void>();

  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly options: DatabaseOptions = {},
  ) {
    this.timeouts = options.timeouts ?? DEFAULT_NEO4J_TIMEOUTS;
  }

  readonly timeouts: Neo4jTimeouts;

  /** The query's own timeout, cut to what is left of its request's budget; none left is a timeout now. */
  private transactionConfig(name: string, mode: 'READ' | 'WRITE') {
    const own = mode === 'READ' ? this.timeouts.readMs : this.timeouts.writeMs;
    const left = remainingBudgetMs();
    if (left !== undefined && left < 1) throw new DatabaseTimeout(name, own);
    // Neo4j reads a timeout of 0 as "none", so the cut never goes below one millisecond.
    return {
      timeout: left === undefined ? own : Math.max(1, Math.min(own, Math.floor(left))),
      metadata: { app: 'actorgraph', query: name },
    };
  }

  /** Bounds the wait for work, and reports how long it took to onQueryDone listeners. */
  private async deadline<T>(work: Promise<T>, name: string, mode: 'READ' | 'WRITE', timeoutMs: number): Promise<T> {
    const started = performance.now();
    let ok = false;
    try {
      const result = await withDeadline(work, timeoutMs, name);
      ok = true;
      return result;
    } finally {
      const event = { name, mode, seconds: (performance.now() - started) / 1000, ok };
      for (const listener of this.doneListeners) listener(event);
    }
  }

  /** Reports each query when it ends, with its duration (metrics). Returns the unsubscribe function. */
  onQueryDone(listener: (event: QueryDone) => void): () => void {
    this.doneListeners.add(listener);
    return () => this.doneListeners.delete(listener);
  }

  /** Runs a named read query and returns its records as plain objects. */
  async read<T extends RecordShape>(name: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(name, 'READ', cypher, params);
  }

  async write<T extends RecordShape>(name: string, cypher: string, params: Params = {}): Promise<T[]> {
    return this.run<T>(name, 'WRITE', cypher, params);
  }

  /** Several writes that must land together or not at all (a whole facts file). */
  async writeTransaction<T>(name: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const config = this.transactionConfig(name, 'WRITE');
    this.emit({ name, mode: 'WRITE' });
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await this.deadline(
        session.executeWrite(
          (tx) =>
            work({
              run: (cypher: string, params?: Params) => tx.run(cypher, toCypherParams(params ?? {}) as Params),
            } as ManagedTransaction),
          config,
        ),
        name,
        'WRITE',
        config.timeout,
      );
    } finally {
      void session.close();
    }
  }

  /** Lets tests count the queries an operation makes. Returns the unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * One round trip, without the driver's retries and within `timeoutMs`: a health check must
   * answer before a load balancer gives up on it, not after ten seconds of retrying.
   */
  async ping(timeoutMs = 3000): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Neo4j did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([session.run('RETURN 1'), timeout]);
    } finally {
      clearTimeout(timer);
      void session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T extends RecordShape>(
    name: string,
    mode: 'READ' | 'WRITE',
    cypher: string,
    params: Params,
  ): Promise<T[]> {
    const profile = this.options.profile === true && mode === 'READ';
    const config = this.transactionConfig(name, mode);
    if (!profile) this.emit({ name, mode, cypher });
    const result = await this.deadline(
      this.driver.executeQuery(`${profile ? 'PROFILE ' : ''}${cypher}`, toCypherParams(params) as Params, {
        database: this.database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig: config,
      }),
      name,
      mode,
      config.timeout,
    );
    if (profile)
      this.emit({
        name,
        mode,
        cypher,
        dbHits: result.summary.profile ? totalDbHits(result.summary.profile as PlanNode) : 0,
      });
    return result.records.map((record) => record.toObject() as T);
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

export function connect(connection: Neo4jConnection, options: DatabaseOptions = {}): Database {
  const auth = connection.password !== undefined ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  const timeouts = options.timeouts ?? DEFAULT_NEO4J_TIMEOUTS;
  const driver = neo4j.driver(connection.uri, auth, {
    // Counts and offsets fit in a double; plain numbers keep resolvers simple.
    disableLosslessIntegers: true,
    userAgent: 'actorgraph/0.1',
    // Fail a request within seconds when the database is down; a short retry still rides out a leader switch.
    connectionTimeout: timeouts.connectMs,
    connectionAcquisitionTimeout: timeouts.connectMs,
    maxTransactionRetryTime: timeouts.retryMs,
  });
  return new Database(driver, connection.database, options);
}
