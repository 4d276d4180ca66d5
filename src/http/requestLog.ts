/**
 * One structured log line per request when it ends (request id, operation name, duration, status), and the
 * same figures into the request metrics. The id comes from the caller's X-Request-Id when it sends a sane one,
 * and is echoed back, so a client's report can be found in the log.
 */
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';

const SANE_ID = /^[\w.:-]{1,64}$/;
const OPERATION_IN_DOCUMENT = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z]\w{0,63})/;

/**
 * The GraphQL operation's name (from operationName or the document), for logs and metric labels; other
 * requests are named by route. Names are cut to 64 word characters so a label cannot carry arbitrary text.
 */
export function operationName(req: Request): string {
  // originalUrl: a router mounted on /graphql rewrites req.url (and so req.path) while it runs.
  const path = req.originalUrl.split('?')[0]!;
  if (path !== '/graphql')
    return ['/', '/metrics', '/health', '/health/live', '/health/ready'].includes(path) ? path : 'other';
  const source = (req.method === 'GET' ? req.query : req.body) as
    { operationName?: unknown; query?: unknown } | undefined;
  const named = typeof source?.operationName === 'string' ? source.operationName : undefined;
  const fromDocument = typeof source?.query === 'string' ? OPERATION_IN_DOCUMENT.exec(source.query)?.[1] : undefined;
  const name = (named ?? fromDocument ?? 'anonymous').replace(/\W/g, '').slice(0, 64);
  return name || 'anonymous';
}

export function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const id = typeof header === 'string' && SANE_ID.test(header) ? header : randomUUID();
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const operation = operationName(req);
      const status = res.headersSent ? res.statusCode : 0;
      metrics.requests.inc({ operation, status: String(status) });
      metrics.requestSeconds.observe({ operation }, seconds);
      logger.info({ requestId: id, method: req.method, operation, status, ms: Math.round(seconds * 1000) }, 'request');
    });
    next();
  };
}
