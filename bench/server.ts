/**
 * One system under test, in its own process (run.ts forks three: actorgraph, peer, floor),
 * so the load generator and each server get their own event loop. Listens on 127.0.0.1 on
 * a free port and talks to run.ts over the IPC channel:
 *   → {type: 'ready', port}            once listening
 *   ← {type: 'count-start'}            start recording Cypher queries   → {type: 'ack'}
 *   ← {type: 'count-stop'}             stop                             → {type: 'counted', queries}
 *   ← {type: 'cpu'}                    once no request is in flight → {type: 'cpu', micros, served}:
 *                                      CPU time this process has used, and responses it has sent, so far
 *   ← {type: 'stop'} or disconnect     close the server and the driver, exit
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../src/config.js';
import { connect } from '../src/db/database.js';
import { createApp } from '../src/server.js';
import { countingDriver } from './countingDriver.js';
import { OPERATIONS, type System } from './operations.js';
import { createPeerSchema } from './peer.js';

export type ToServer = { type: 'count-start' } | { type: 'count-stop' } | { type: 'cpu' } | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; port: number }
  | { type: 'ack' }
  | { type: 'counted'; queries: string[] }
  | { type: 'cpu'; micros: number; served: number };

const system = process.argv[2] as System;
const connection = JSON.parse(process.env.BENCH_NEO4J ?? 'null') as Neo4jConnection | null;
if (!connection || !['actorgraph', 'peer', 'floor'].includes(system)) {
  console.error('usage: server.ts actorgraph|peer|floor, with BENCH_NEO4J set (run by bench/run.ts)');
  process.exit(2);
}

let recording: string[] | null = null;
const record = (name: string) => recording?.push(name);

/** The peer and the floor use bench's own neo4j-driver, the one @neo4j/graphql resolves. */
function benchDriver(options: { disableLosslessIntegers?: boolean } = {}): Driver {
  const auth =
    connection!.password !== undefined ? neo4j.auth.basic(connection!.user, connection!.password) : undefined;
  const driver = neo4j.driver(connection!.uri, auth, options);
  return countingDriver(driver, (cypher) => record(cypher.replace(/\s+/g, ' ').slice(0, 60)));
}

/** Whole numbers as Cypher INTEGER (LIMIT refuses a FLOAT), as actorgraph's Database does. */
const cypherParams = (params: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
  );

async function build(): Promise<{ app: express.Express; close: () => Promise<void> }> {
  if (system === 'actorgraph') {
    const db = connect(connection!);
    db.onQuery((e) => record(e.name));
    const { app, apollo } = await createApp(db);
    return {
      app: app as unknown as express.Express,
      close: async () => {
        await apollo.stop();
        await db.close();
      },
    };
  }
  if (system === 'peer') {
    const driver = benchDriver();
    const apollo = new ApolloServer({
      schema: await createPeerSchema(driver),
      includeStacktraceInErrorResponses: false,
    });
    await apollo.start();
    const app = express();
    app.disable('x-powered-by');
    const sessionConfig = connection!.database ? { database: connection!.database } : undefined;
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, { context: async () => (sessionConfig ? { sessionConfig } : {}) }),
    );
    return {
      app,
      close: async () => {
        await apollo.stop();
        await driver.close();
      },
    };
  }
  // The floor: one hand-written Cypher query per operation, answered as JSON, no GraphQL.
  const driver = benchDriver({ disableLosslessIntegers: true });
  const app = express();
  app.disable('x-powered-by');
  const byKey = new Map(OPERATIONS.map((op) => [op.key, op]));
  app.get('/op/:key', async (req, res) => {
    const op = byKey.get(req.params.key);
    if (!op) return void res.status(404).json({ error: 'no such operation' });
    try {
      const result = await driver.executeQuery(op.floor.cypher, cypherParams(op.floor.params), {
        database: connection!.database,
        routing: neo4j.routing.READ,
      });
      res.json(result.records.map((r) => r.toObject()));
    } catch (error) {
      res.status(500).json({ error: (error as Error).message });
    }
  });
  return { app, close: () => driver.close() };
}

const { app, close } = await build();
const server = http.createServer(app);
server.keepAliveTimeout = 60_000;
let inFlight = 0;
let served = 0;
server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
  inFlight++;
  res.once('finish', () => served++);
  res.once('close', () => inFlight--);
});
/** Requests the load generator gave up on at the end of a run still finish here: wait for them. */
async function idle(): Promise<void> {
  for (const deadline = Date.now() + 10_000; inFlight > 0 && Date.now() < deadline;)
    await new Promise((r) => setTimeout(r, 2));
}
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await idle();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await close();
  process.exit(0);
}

const send = (message: FromServer) => process.send?.(message);
process.on('message', (message: ToServer) => {
  if (message.type === 'count-start') {
    recording = [];
    send({ type: 'ack' });
  } else if (message.type === 'count-stop') {
    send({ type: 'counted', queries: recording ?? [] });
    recording = null;
  } else if (message.type === 'cpu') {
    void idle().then(() => {
      const { user, system: sys } = process.cpuUsage();
      send({ type: 'cpu', micros: user + sys, served });
    });
  } else if (message.type === 'stop') {
    void stop();
  }
});
// The bench died or closed the channel: never outlive it.
process.on('disconnect', () => void stop());
process.on('SIGTERM', () => void stop());
send({ type: 'ready', port: (server.address() as AddressInfo).port });
