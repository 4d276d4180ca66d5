/**
 * Builds the Apollo server and the HTTP app without listening, so tests and
 * main.ts share one construction.
 */
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { createAuthenticator, requireScope } from './auth/principal.js';
import { NO_AUTH, type AuthConfig, type Config } from './config.js';
import { createContext, createRepositories, type Context } from './context.js';
import type { Database } from './db/database.js';
import { parseBookmarkHeader, withRequestBookmarks } from './db/requestBookmarks.js';
import { withRequestBudget } from './db/requestBudget.js';
import { firstBoundsRule, readOnlyRule, reportCostUnlessBounded, subscriptionOverHttpRule } from './documentRules.js';
import { formatError } from './errors.js';
import { createDrain, type Drain } from './http/drain.js';
import { httpErrorHandler, methodNotAllowed, notFound, requireUtf8 } from './http/httpErrors.js';
import { BOOKMARK_HEADER, bookmarkExtensionPlugin } from './http/bookmarkExtension.js';
import { jsonClientStatusPlugin } from './http/jsonClientStatus.js';
import { webApp } from './http/webApp.js';
import { requestLog } from './http/requestLog.js';
import { ChangeFeed } from './live/changeFeed.js';
import { serveSubscriptions, type Subscriptions } from './live/subscriptionServer.js';
import { silentLogger, type Logger } from './logger.js';
import { createMetrics, instrumentDatabase, type Metrics } from './metrics.js';
import { resolvers } from './resolvers/index.js';
import { loadTypeDefs } from './schema.js';

// Limits that keep one request from tying up the database, set for the deepest honest queries
// (statement -> speaker -> statements -> addressees -> ...) with room to spare.
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 30 },
  // Token limit: graphql-js's own parser option below, so an over-long or malformed document is a
  // 400 GRAPHQL_PARSE_FAILED; armor's plugin re-parses and throws a 500 instead.
  maxTokens: { enabled: false },
  // Reported through onReject, so that a `first` out of bounds gets the bounds message instead (documentRules.ts).
  costLimit: { maxCost: 20000, propagateOnRejection: false, onReject: [reportCostUnlessBounded] },
  // Field suggestions help analysts in a playground; the schema is public anyway.
  blockFieldSuggestion: { enabled: false },
});

/** One executable schema, served over HTTP by Apollo and over WebSocket by graphql-ws. */
export const createSchema = (): GraphQLSchema => makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });

/** Rules every document must pass beyond the specification's, whichever transport brings it. */
function documentRules(protection: ReturnType<typeof armor.protect>): ValidationRule[] {
  return [readOnlyRule, firstBoundsRule, ...protection.validationRules];
}

export function createApolloServer(schema: GraphQLSchema = createSchema()): ApolloServer<Context> {
  const protection = armor.protect();
  return new ApolloServer<Context>({
    schema,
    // graphql-armor's types come from Apollo's CJS build; the plugins are the same objects.
    // Apollo's landing page loads its Sandbox from a CDN; webApp() serves a bundled GraphiQL instead.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      jsonClientStatusPlugin<Context>(),
      bookmarkExtensionPlugin(),
    ],
    validationRules: [subscriptionOverHttpRule, ...documentRules(protection)],
    parseOptions: { maxTokens: 5000 },
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM and SIGINT: Apollo stops after the HTTP server has drained, not at the signal.
    stopOnTerminationSignals: false,
    formatError,
    introspection: true,
  });
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  drain: Drain;
  changes: ChangeFeed;
  /** Listens on `port` and `host`: HTTP, and factsChanged over WebSocket at /graphql. */
  listen(port: number, host: string): Promise<Server>;
  /** Ends every subscription and closes its socket, so clients reconnect elsewhere: the first step of a stop. */
  closeSubscriptions(): Promise<void>;
}

export interface AppOptions {
  /** Origins whose pages may call /graphql from a browser: ['*'] (the default) for any. */
  corsOrigins?: string[];
  logger?: Logger;
  /** Shared with main.ts, which counts the supervisor's restarts into it. */
  metrics?: Metrics;
  /** How often the change feed looks for writes made through other replicas. */
  changeFeedPollMs?: number;
  /** API keys and JWT settings (docs/writes.md); without any, every write is refused. */
  auth?: AuthConfig;
  /** The NLP engine's settings for ingestArticle (config.nlp); without them ingestArticle is ENGINE_UNAVAILABLE. */
  nlp?: Config['nlp'];
}

/** How much longer than a write may take the change feed looks back for late commits (clock skew in a cluster). */
const LOOK_BACK_MARGIN_MS = 10_000;

export async function createApp(db: Database, options: AppOptions = {}): Promise<App> {
  const repos = createRepositories(db);
  const schema = createSchema();
  const auth = options.auth ?? NO_AUTH;
  const authenticate = createAuthenticator(auth);
  const apollo = createApolloServer(schema);
  await apollo.start();
  const log = options.logger ?? silentLogger;
  const metrics = options.metrics ?? createMetrics();
  const changes = new ChangeFeed(repos.changeFeed, {
    pollMs: options.changeFeedPollMs ?? 500,
    lookBackMs: db.timeouts.writeMs + LOOK_BACK_MARGIN_MS,
    onSubscribers: (count) => metrics.subscriptions.set(count),
    onError: (error) => log.warn({ err: error }, 'change feed: poll failed, trying again'),
  });
  /** The context of one operation, over HTTP or WebSocket alike: who calls, and whether they may read. */
  const contextFor = async (authorization: string | undefined, idempotencyKey?: string): Promise<Context> => {
    const principal = await authenticate(authorization);
    if (auth.readsRequireToken) requireScope(principal, 'read');
    return createContext(repos, { principal, ...(idempotencyKey ? { idempotencyKey } : {}) }, changes, options.nlp);
  };
  const app = express();
  app.disable('x-powered-by');
  // Express shows stack traces in development mode; whatever NODE_ENV says, this server never does.
  app.set('env', 'production');
  instrumentDatabase(db, metrics);
  app.use(requestLog(log, metrics));
  const drain = createDrain();
  app.use(drain.middleware);

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // Liveness: the process answers. Readiness: it should get traffic (not draining, Neo4j answering).
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready', database: 'up' });
    } catch {
      res.status(503).json({ status: 'not ready', database: 'down' });
    }
  });

  app.get('/health', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ok', database: 'up' });
    } catch (error) {
      res.status(503).json({ status: 'degraded', database: 'down', error: (error as Error).message.split('\n')[0] });
    }
  });

  // Visualisation frontends on other origins call the API from the browser; writes need a token, not a cookie.
  // First, so that preflight requests are answered before anything else sees them.
  const origins = options.corsOrigins ?? ['*'];
  app.use('/graphql', cors({ origin: origins.includes('*') ? '*' : origins, methods: ['GET', 'POST'], maxAge: 600 }));

  // The explorer at / and, for a browser's GET /graphql, the playground; every other /graphql request goes on to Apollo.
  app.use(webApp());
  app.use(
    '/graphql',
    methodNotAllowed,
    requireUtf8,
    express.json({ limit: '1mb' }),
    // After the body is read (stream events would lose the async context): every query of this request
    // shares one read budget, so the client hears back within it however many queries its selection makes.
    (_req: Request, _res: Response, next: NextFunction) => withRequestBudget(db.timeouts.readMs, next),
    // Reads wait for the state a client has seen (read-your-writes through another replica).
    (req: Request, _res: Response, next: NextFunction) =>
      withRequestBookmarks(parseBookmarkHeader(req.header(BOOKMARK_HEADER)), next),
    expressMiddleware(apollo, {
      context: ({ req }) => contextFor(req.header('authorization'), req.header('idempotency-key')),
    }),
  );
  app.use(notFound);
  app.use(httpErrorHandler((entry) => log.warn(entry, 'request refused')));

  let subscriptions: Subscriptions | undefined;
  const listen = async (port: number, host: string): Promise<Server> => {
    const server = app.listen(port, host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    subscriptions = serveSubscriptions(server, {
      schema,
      validationRules: documentRules(armor.protect()),
      // A browser's WebSocket cannot set headers: the token comes in connection_init's payload instead.
      context: (request, params) =>
        contextFor(typeof params?.authorization === 'string' ? params.authorization : request.headers.authorization),
    });
    return server;
  };
  const closeSubscriptions = async () => {
    await changes.close();
    await subscriptions?.close();
  };
  return { app, apollo, drain, changes, listen, closeSubscriptions };
}
