/**
 * The GraphQL playground on a browser's GET /graphql: bundled GraphiQL with the example operations,
 * schema docs and autocomplete, and not one request to another host.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../web/src/playground/examples.js';
import { apiQuery, DOCS_DIR, openPage, useAppInBrowser, type RecordedPage } from '../helpers/browser.js';

const app = useAppInBrowser();

/** Monaco draws text with non-breaking spaces and only the lines in view. */
const editorText = async (page: Page, selector: string) =>
  ((await page.locator(`${selector} .view-lines`).first().textContent()) ?? '').replace(/\s+/g, ' ');

async function runAndWaitFor(page: Page, text: string): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(
    (wanted) =>
      ((globalThis as any).document.querySelector('.graphiql-response .view-lines')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .includes(wanted),
    text,
  );
  return editorText(page, '.graphiql-response');
}

const operationName = (query: string) => /query (\w+)/.exec(query)?.[1];

describe('the playground at /graphql', () => {
  let recorded: RecordedPage | undefined;
  afterAll(() => recorded?.context.close());

  it('opens GraphiQL with the example operations, runs them, and has docs and autocomplete, all offline', async () => {
    recorded = await openPage(app.browser, `${app.served.url}/graphql`);
    const { page } = recorded;
    await page.locator('.graphiql-query-editor .view-lines').waitFor();

    // One tab per example, named after its operation.
    const tabs = page.locator('.graphiql-tab');
    await page.waitForFunction(
      (n) => (globalThis as any).document.querySelectorAll('.graphiql-tab').length === n,
      EXAMPLES.length,
    );
    const titles = (await tabs.allTextContents()).map((t) => t.trim());
    EXAMPLES.forEach((example, i) => expect(titles[i]).toContain(operationName(example.query)));

    // Who said what to whom, with its variables (addressed to Russia).
    await page.waitForFunction(() =>
      ((globalThis as any).document.querySelector('.graphiql-editor-tool .view-lines')?.textContent ?? '').includes(
        'country:russia',
      ),
    );
    const response = await runAndWaitFor(page, 'totalCount');
    const expected = await apiQuery(app.served, EXAMPLES[0]!.query, EXAMPLES[0]!.variables);
    expect(response).toContain(`"totalCount": ${expected.statements.totalCount}`);
    expect(response).toContain(expected.statements.edges[0].node.speaker.name);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(DOCS_DIR, 'playground.png') });

    // Roles on a date: another tab, its own variables.
    await tabs.nth(3).click();
    await page.waitForFunction(() =>
      ((globalThis as any).document.querySelector('.graphiql-editor-tool .view-lines')?.textContent ?? '').includes(
        '2025-07-01',
      ),
    );
    expect(await runAndWaitFor(page, 'rolesThatDay')).toContain('Minister of Defence of Ukraine');

    // Schema docs.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    await docs.getByRole('link', { name: 'Query' }).first().click();
    await docs.getByText('shortestPath').first().waitFor();
    expect(await docs.textContent()).toContain('neighborhood');
    await page.getByRole('button', { name: 'Hide Documentation Explorer' }).click();

    // Autocomplete from the schema, in a new tab.
    await page.getByRole('button', { name: 'New tab' }).click();
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ shortest');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'shortestPath' });
    await suggestion.first().waitFor();

    expect(recorded.foreignRequests(app.served.host)).toEqual([]);
    expect(recorded.errors).toEqual([]);
  }, 180_000);

  it('sends a pasted token as Authorization: Bearer with every request from the tab', async () => {
    const { page, context } = await openPage(app.browser, `${app.served.url}/graphql`);
    try {
      await page.locator('.graphiql-query-editor .view-lines').waitFor();
      await page.getByTestId('token-input').fill('test-token-123');
      await page.getByRole('button', { name: 'Use' }).click();
      await page.getByTestId('token-state').getByText('Sent with every request').waitFor();
      const sent = page.waitForRequest(
        (r) =>
          r.method() === 'POST' && new URL(r.url()).pathname === '/graphql' && r.headers().authorization !== undefined,
      );
      await page.locator('.graphiql-execute-button').click();
      expect((await sent).headers().authorization).toBe('Bearer test-token-123');
    } finally {
      await context.close();
    }
  }, 120_000);
});
