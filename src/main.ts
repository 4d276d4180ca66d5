/**
 * `npm start`: load config, reach (or start) Neo4j, migrate, seed an empty
 * database, and serve the API. Every start-up problem is one clear message and
 * a non-zero exit; nothing already stored is touched by a failed start.
 */
import net from 'node:net';
import { loadConfig } from './config.js';
import { migrate } from './db/migrations.js';
import { openDatabase, type OpenDatabase } from './db/openDatabase.js';
import { StartupError } from './errors.js';
import { isEmpty, loadSeed } from './ingest/seed.js';
import { createApp } from './server.js';

const log = (line: string) => console.log(`[actorgraph] ${line}`);

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
  await assertPortFree(config.host, config.port);
  let database: OpenDatabase | undefined;
  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: shutting down…`);
    await database?.close();
    process.exit(0);
  };
  // `on`, not `once`: tsx's own signal relay exits at once (code 130) when no listener is left,
  // which would cut the shutdown short and leave Neo4j to the watchdog.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    database = await openDatabase(config, { instance: 'start', log });
    const { db } = database;
    await migrate(db);
    if (config.seedOnStart === 'always' || (config.seedOnStart === 'auto' && (await isEmpty(db)))) {
      await loadSeed(db, config.seedFiles, log);
    } else {
      log('The database already holds data: not seeding (npm run seed loads the seed again, idempotently).');
    }
    const { app } = await createApp(db, { corsOrigins: config.corsOrigins });
    const server = app.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
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
