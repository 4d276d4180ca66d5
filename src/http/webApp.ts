/**
 * The browser side of the server: the explorer at `/` and the GraphiQL playground on a browser's
 * GET /graphql, both served from the Vite build in web/dist. Nothing they load comes from another
 * host: the pages, scripts, styles, fonts and editor workers are all files of that build.
 *
 * GraphQL itself stays Apollo's: POST /graphql, and GET /graphql from anything that does not prefer
 * HTML (curl, fetch, GraphQL clients), go on to expressMiddleware untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { PROJECT_ROOT } from '../config.js';

export const WEB_DIST = path.join(PROJECT_ROOT, 'web/dist');

const EXPLORER_PAGE = 'index.html';
const PLAYGROUND_PAGE = 'graphiql.html';

/**
 * The browser may only talk to this server. Monaco (the playground's editor) sets styles inline and
 * starts its language workers from same-origin files; Cytoscape draws on a canvas.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** Apollo's own rule for its landing page: a GET whose Accept header ranks HTML above JSON. */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a browser sees when web/dist was not built: which command fixes it, and that the API works anyway. */
function notBuiltPage(what: string, distDir: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>actorgraph: the ${escapeHtml(what)} is not built</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 4rem auto; padding: 0 1rem; color: #1f2937; }
  code { background: #f3f4f6; padding: .1em .35em; border-radius: 4px; }
  pre { background: #111827; color: #f9fafb; padding: .75rem 1rem; border-radius: 6px; }
</style>
</head>
<body>
<h1>The ${escapeHtml(what)} is not built</h1>
<p>The web pages of actorgraph are built from <code>web/</code> with Vite, and <code>${escapeHtml(distDir)}</code> holds no build yet. Build them, then reload this page:</p>
<pre>npm run build:web</pre>
<p><code>npm start</code> and <code>npm test</code> build them for you. The GraphQL API itself works without them: <code>POST /graphql</code>.</p>
</body>
</html>
`;
}

export interface WebAppOptions {
  /** The Vite build to serve; web/dist by default. */
  distDir?: string;
}

export function webApp({ distDir = WEB_DIST }: WebAppOptions = {}): Router {
  const router = express.Router();

  const sendPage = (res: Response, file: string, what: string) => {
    securityHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    const page = path.join(distDir, file);
    if (!fs.existsSync(page)) {
      res.status(503).type('html').send(notBuiltPage(what, distDir));
      return;
    }
    res.sendFile(page);
  };

  router.get('/graphql', (req, res, next) => {
    // The same URL answers HTML or JSON depending on Accept: caches must keep them apart.
    res.vary('Accept');
    if (!prefersHtml(req)) {
      next();
      return;
    }
    sendPage(res, PLAYGROUND_PAGE, 'GraphQL playground');
  });

  router.get(['/', `/${EXPLORER_PAGE}`], (_req, res) => sendPage(res, EXPLORER_PAGE, 'explorer'));

  router.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res, file) => {
        securityHeaders(res);
        // Vite puts a content hash in every file name under assets/: a changed file is a new URL.
        const immutable = path.relative(distDir, file).split(path.sep)[0] === 'assets';
        res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );

  return router;
}
