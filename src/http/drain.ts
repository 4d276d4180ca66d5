/**
 * A graceful stop: once draining, the server takes no new connections, answers requests that still arrive on
 * open connections with 503 and `Connection: close`, and lets the requests already running finish, up to a
 * deadline. Only then may Apollo, the driver and Neo4j be stopped, in that order (main.ts).
 */
import type { Server } from 'node:http';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors.js';
import { sendHttpError } from './httpErrors.js';

export interface Drain {
  /** First in the app's chain: counts requests in flight, and refuses new ones once draining. */
  middleware: RequestHandler;
  readonly draining: boolean;
  /** Resolves when every request in flight has finished, or at the deadline; says how many were cut off. */
  close(server: Server, deadlineMs: number): Promise<{ unfinished: number }>;
}

export function createDrain(): Drain {
  let draining = false;
  let inFlight = 0;
  const idle = new Set<() => void>();

  const middleware: RequestHandler = (_req, res, next) => {
    if (draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '5');
      sendHttpError(res, 503, ErrorCode.SHUTTING_DOWN, 'The server is shutting down; retry in a moment.');
      return;
    }
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) for (const resolve of idle) resolve();
    });
    next();
  };

  const close = async (server: Server, deadlineMs: number) => {
    draining = true;
    // Stop listening; keep-alive connections with no request in flight are closed at once, the others
    // once their response is written (Node sends it with `Connection: close` while closing).
    server.close();
    server.closeIdleConnections();
    const finished = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.add(resolve));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([finished, new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs)))]);
    clearTimeout(timer);
    const unfinished = inFlight;
    server.closeAllConnections();
    return { unfinished };
  };

  return {
    middleware,
    get draining() {
      return draining;
    },
    close,
  };
}
