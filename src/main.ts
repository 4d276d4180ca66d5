/**
 * `npm start`: load config, reach (or start) Neo4j, migrate, seed an empty
 * database, and serve the API. Every start-up problem is one clear message and
 * a non-zero exit; nothing already stored is touched by a failed start.
 *
 * Run it under node itself (`node --import tsx src/main.ts`, as `npm start` does), so SIGTERM and SIGINT
 * reach this process directly: the tsx CLI's relay kills its child when the acknowledgement is late.
 */
import type { Server } from 'node:http';
import net from 'node:net';
import { loadConfig } from './config.js';
import { migrate } from './db/migrations.js';
import { openDatabase, type OpenDatabase } from './db/openDatabase.js';
import { StartupError } from './errors.js';
import { isEmpty, loadSeed } from './ingest/seed.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';
import { createApp, type App } from './server.js';

/** Fails before Neo4j is started, not after, when the port is taken. */
async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} on ${host} is already in use. Stop what holds it, or start on another port: PORT=4001 npm start`,
            )
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const log = (line: string) => logger.info(line);
  const metrics = createMetrics();
  await assertPortFree(config.host, config.port);
  let database: OpenDatabase | undefined;
  let served: { app: App; server: Server } | undefined;
  let shuttingDown = false;
  // HTTP first (no new work, running requests finish), then Apollo, the driver and Neo4j: each still
  // has what it needs while the one before it stops.
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down…`);
    if (served) {
      // Subscriptions never finish on their own: end them first, so their clients move to another replica.
      await served.app.closeSubscriptions();
      const { unfinished } = await served.app.drain.close(served.server, config.shutdownDeadlineMs);
      log(`HTTP server closed${unfinished ? `; ${unfinished} requests cut off at the deadline` : ''}.`);
      await served.app.apollo.stop();
    }
    await database?.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, { instance: 'start', log, onRestart: () => metrics.neo4jRestarts.inc() });
    const { db } = database;
    const { backfilled } = await migrate(db);
    if (backfilled.length > 0) log(`Backfilled facts written before: ${backfilled.join(', ')}.`);
    if (config.seedOnStart === 'always' || (config.seedOnStart === 'auto' && (await isEmpty(db)))) {
      await loadSeed(db, config.seedFiles, log);
    } else {
      log('The database already holds data: not seeding (npm run seed loads the seed again, idempotently).');
    }
    const app = await createApp(db, {
      corsOrigins: config.corsOrigins,
      logger,
      metrics,
      changeFeedPollMs: config.changeFeedPollMs,
      auth: config.auth,
      nlp: config.nlp,
    });
    served = { app, server: await app.listen(config.port, config.host) };
    log(
      `GraphQL API at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql (Neo4j: ${database.uri})`,
    );
  } catch (error) {
    await database?.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(`[actorgraph] ${error.message}`);
  else console.error('[actorgraph] start-up failed:', error);
  process.exit(1);
});
