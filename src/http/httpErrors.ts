/**
 * Failures that happen before GraphQL sees a request (a body that is not JSON, too large, in a charset we do
 * not read; an unknown path; a method /graphql does not take) answer in the same shape as GraphQL errors,
 * with an `extensions.code`, and never with Express's HTML page, a stack, a file path or the raw body.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors.js';

export function sendHttpError(res: Response, status: number, code: ErrorCode, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** body-parser's error types, each with the status and words a client can act on. */
const BODY_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: ErrorCode.BAD_REQUEST,
    message: 'The request body is not valid JSON.',
  },
  'entity.too.large': {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: 'The request body is larger than the limit of 1 MB.',
  },
  'charset.unsupported': {
    status: 415,
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: 'The request body must be UTF-8 JSON (Content-Type: application/json; charset=utf-8).',
  },
  'encoding.unsupported': {
    status: 415,
    code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    message: 'The request body must be sent uncompressed or as gzip, deflate or br.',
  },
};

const FALLBACK_BY_STATUS: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: ErrorCode.BAD_REQUEST, message: 'The request could not be read.' },
  413: { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request is too large.' },
  415: { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, message: 'The request body must be UTF-8 JSON.' },
};

export interface HttpErrorLog {
  (entry: { status: number; code: ErrorCode; type?: string }): void;
}

/** Express's error handler, last in the chain: one log line with the kind of failure, never its content. */
export function httpErrorHandler(log: HttpErrorLog): ErrorRequestHandler {
  return (error: { type?: string; status?: number; statusCode?: number }, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    const known =
      (error.type ? BODY_ERRORS[error.type] : undefined) ??
      (FALLBACK_BY_STATUS[status] ? { status, ...FALLBACK_BY_STATUS[status] } : undefined);
    const answer = known ?? { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
    log({ status: answer.status, code: answer.code, type: error.type });
    sendHttpError(res, answer.status, answer.code, answer.message);
  };
}

/** /graphql takes GET and POST (and OPTIONS, answered by CORS before this). */
export const methodNotAllowed: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'POST' || req.method === 'HEAD') {
    next();
    return;
  }
  res.setHeader('Allow', 'GET, POST');
  sendHttpError(res, 405, ErrorCode.METHOD_NOT_ALLOWED, `/graphql takes GET and POST, not ${req.method}.`);
};

/**
 * body-parser decodes any utf-* charset; UTF-16 JSON is legal to it but nobody means to send it, and the
 * GraphQL over HTTP spec asks for UTF-8. Refusing it here makes the answer 415 instead of a parse error.
 */
export const requireUtf8: RequestHandler = (req, res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset === undefined || charset === 'utf-8' || charset === 'utf8') {
    next();
    return;
  }
  const { status, code, message } = BODY_ERRORS['charset.unsupported']!;
  sendHttpError(res, status, code, message);
};

export const notFound: RequestHandler = (_req, res) => {
  sendHttpError(res, 404, ErrorCode.NOT_FOUND, 'Nothing here. The API is at /graphql, the explorer at /.');
};
