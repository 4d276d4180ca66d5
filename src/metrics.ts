/**
 * Prometheus metrics at /metrics (prom-client): requests and their latency by GraphQL operation, Cypher
 * durations by query name, the driver's connection pool, and restarts of the local Neo4j. Each app has its
 * own registry, so tests that build several apps do not share counts.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from './db/database.js';

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'status'>;
  requestSeconds: Histogram<'operation'>;
  cypherSeconds: Histogram<'query' | 'mode'>;
  neo4jRestarts: Counter;
  subscriptions: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'actorgraph_process_' });
  return {
    registry,
    requests: new Counter({
      name: 'actorgraph_http_requests_total',
      help: 'HTTP requests answered, by GraphQL operation name (or route) and status.',
      labelNames: ['operation', 'status'],
      registers: [registry],
    }),
    requestSeconds: new Histogram({
      name: 'actorgraph_http_request_duration_seconds',
      help: 'Time to answer a request, by GraphQL operation name (or route).',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    cypherSeconds: new Histogram({
      name: 'actorgraph_cypher_duration_seconds',
      help: 'Time each named Cypher query took, failures included.',
      labelNames: ['query', 'mode'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    neo4jRestarts: new Counter({
      name: 'actorgraph_neo4j_restarts_total',
      help: 'Times the supervisor restarted a local Neo4j that exited on its own.',
      registers: [registry],
    }),
    subscriptions: new Gauge({
      name: 'actorgraph_subscriptions',
      help: 'factsChanged subscriptions open on this process.',
      registers: [registry],
    }),
  };
}

interface PoolInternals {
  _connectionProvider?: {
    _connectionPool?: { _activeResourceCounts?: Record<string, number>; _pools?: Record<string, unknown[]> };
  };
}

/**
 * neo4j-driver keeps its pool's counts private; read them where driver 6 keeps them, and report nothing
 * (rather than fail a scrape) if a later version moves them.
 */
function poolCounts(db: Database): { active: number; idle: number } | undefined {
  const pool = (db.driver as unknown as PoolInternals)._connectionProvider?._connectionPool;
  if (!pool?._activeResourceCounts || !pool._pools) return undefined;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    active: sum(Object.values(pool._activeResourceCounts)),
    idle: sum(Object.values(pool._pools).map((p) => (Array.isArray(p) ? p.length : 0))),
  };
}

/** Times every query of db into metrics, and gauges its pool at each scrape. */
export function instrumentDatabase(db: Database, metrics: Metrics): void {
  db.onQueryDone(({ name, mode, seconds }) => metrics.cypherSeconds.observe({ query: name, mode }, seconds));
  new Gauge({
    name: 'actorgraph_neo4j_pool_connections',
    help: 'Connections of the driver pool, by state (in use, idle).',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const counts = poolCounts(db);
      if (!counts) return;
      this.set({ state: 'in_use' }, counts.active);
      this.set({ state: 'idle' }, counts.idle);
    },
  });
}
