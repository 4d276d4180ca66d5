/**
 * The HTTP side of the web pages (src/http/webApp.ts): which request gets a page and which gets
 * GraphQL, the headers that keep the pages local, and the page shown when web/dist is not built.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST, webApp } from '../../src/http/webApp.js';
import { assertWebBuilt, serveApp } from '../helpers/browser.js';
import { useServed } from '../helpers/served.js';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('with web/dist built', () => {
  const served = useServed(async () => {
    assertWebBuilt();
    return serveApp();
  });

  it('serves the explorer at / with a policy that only allows this server', async () => {
    const response = await fetch(`${served.url}/`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).toContain('id="explorer"');
    // Every script and stylesheet is a file of this server.
    for (const [, url] of html.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url!.startsWith('/')).toBe(true);
  });

  it('answers a browser’s GET /graphql with the playground, and everything else on /graphql with GraphQL', async () => {
    const page = await fetch(`${served.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('vary')).toContain('Accept');
    expect(await page.text()).toContain('id="playground"');

    const get = await fetch(
      `${served.url}/graphql?query=${encodeURIComponent('{ actor(id: "person:rustem-umerov") { name } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { actor: { name: 'Rustem Umerov' } } });

    const post = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ actor(id: "org:ua-nsdc") { id } }' }),
    });
    expect(post.headers.get('content-type')).toContain('json');
    expect(await post.json()).toEqual({ data: { actor: { id: 'org:ua-nsdc' } } });

    // No Accept header at all (curl's default is */*): GraphQL, never the page.
    const plain = await fetch(`${served.url}/graphql`, { headers: { accept: '*/*' } });
    expect(plain.headers.get('content-type')).not.toContain('text/html');
  });

  it('serves the hashed assets as immutable and leaves unknown paths to a 404', async () => {
    const asset = fs.readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const response = await fetch(`${served.url}/assets/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${served.url}/no-such-page`)).status).toBe(404);
  });
});

describe('without a build', () => {
  let server: Server;
  let url: string;
  let emptyDist: string;
  beforeAll(async () => {
    emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-no-dist-'));
    const app = express();
    app.use(webApp({ distDir: emptyDist }));
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(emptyDist, { recursive: true, force: true });
  });

  it('answers 503 with the command that builds the pages', async () => {
    for (const [pathname, what] of [
      ['/', 'explorer'],
      ['/graphql', 'GraphQL playground'],
    ] as const) {
      const response = await fetch(`${url}${pathname}`, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain(`The ${what} is not built`);
      expect(html).toContain('npm run build:web');
    }
  });
});
