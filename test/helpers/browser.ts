/**
 * What the end-to-end tests share: the app of src/server.ts on a real socket against the test run's
 * Neo4j, and Debian's Chromium driven headless by playwright-core, with every request recorded.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';
import { WEB_DIST } from '../../src/http/webApp.js';
import { testDatabase, type UntypedData } from './api.js';
import { openForTests } from './hooks.js';
import type { AppOptions } from '../../src/server.js';
import { serve, type Served } from './served.js';

/** Debian's package (`apt-get install chromium`): Playwright's own browser downloads do not work offline. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium calls Google's hosts at start-up. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Where the screenshots go: docs/ (the README shows them) when UPDATE_SCREENSHOTS=1, else a temporary
 * folder, so that `npm test` leaves the checkout as it found it.
 */
export const DOCS_DIR =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? path.join(PROJECT_ROOT, 'docs')
    : fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-screens-'));

export function assertWebBuilt(): void {
  for (const page of ['index.html', 'graphiql.html']) {
    if (!fs.existsSync(path.join(WEB_DIST, page))) {
      throw new Error(
        `${path.join(WEB_DIST, page)} is missing: run \`npm run build:web\` first (\`npm test\` does it for you).`,
      );
    }
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package with \`apt-get update && apt-get install -y chromium\`.`,
    );
  }
}

export type { Served };

/** The app on 127.0.0.1 against the test run's Neo4j. */
export const serveApp = (options: AppOptions = {}): Promise<Served> => serve(testDatabase(), options);

export async function launchBrowser(): Promise<Browser> {
  // launch() gives every browser a fresh, empty profile (--user-data-dir in a new temporary folder).
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface AppInBrowser {
  readonly served: Served;
  readonly browser: Browser;
}

/**
 * The app and a browser for the tests of one file: the web build checked, the app served and the browser
 * launched before the tests, both closed after them. Read `served` and `browser` inside tests and hooks.
 */
export function useAppInBrowser(options: AppOptions = {}): AppInBrowser {
  const served = openForTests(
    'the app',
    async () => {
      assertWebBuilt();
      return serveApp(options);
    },
    (opened) => opened.close(),
  );
  // Opened after the app, so closed before it (vitest runs after-hooks in reverse).
  const browser = openForTests('the browser', launchBrowser, (opened) => opened.close());
  return {
    get served() {
      return served();
    },
    get browser() {
      return browser();
    },
  };
}

export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page, its frames and its workers asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to anything but the server under test (data: and blob: URLs never leave the browser). */
  foreignRequests(host: string): string[];
}

export async function openPage(browser: Browser, url: string): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  // Generous: the machines that run CI are often busy, and the playground's editor is large.
  page.setDefaultTimeout(45_000);
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  return {
    context,
    page,
    requests,
    errors,
    foreignRequests: (host) =>
      [...new Set(requests)].filter((u) => {
        const parsed = new URL(u);
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
        return parsed.host !== host;
      }),
  };
}

/** POSTs an operation to the server under test: the tests' oracle is the API itself. */
export async function apiQuery<T = UntypedData>(
  served: Served,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
