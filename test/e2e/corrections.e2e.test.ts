/**
 * Correcting facts from the explorer's side panel with a write token, end to end: one page adds and removes
 * an addressee, adds an alias and retracts a statement; a second page, open on the same graph with no token,
 * sees each change arrive over the factsChanged subscription.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/api.js';
import { apiQuery, openPage, useAppInBrowser, type RecordedPage } from '../helpers/browser.js';
import { bearer, post, quote, removeTestWrites, TEST_AUTH, TEST_TEXT, WRITER_KEY } from '../helpers/writes.js';

const SOURCE = 'source:test-writes-e2e';
const OLENA = 'person:test-writes-e2e-olena';
const IVAN = 'person:test-writes-e2e-ivan';
const TESTLAND = 'country:test-writes-e2e-testland';
const STATEMENT = 'stmt:test-writes-e2e-resume';
const TO_IVAN = `${STATEMENT}>ADDRESSED_TO>${IVAN}`;

const app = useAppInBrowser({ auth: TEST_AUTH });
const pages: RecordedPage[] = [];

async function write(query: string, variables: Record<string, unknown>) {
  const answer = await post(app.served.url, query, variables, bearer(WRITER_KEY));
  expect(answer.errors).toBeUndefined();
}

const actor = (id: string, name: string) =>
  write('mutation($input: ActorInput!) { addActor(input: $input) { change { id } } }', {
    input: { id, kind: id.startsWith('person:') ? 'PERSON' : 'COUNTRY', name, evidence: [quote(name, SOURCE)] },
  });

/** What the page's window offers a test (the tests run without the DOM's types). */
interface ExplorerWindow {
  actorgraphExplorer?: { cy: { getElementById(id: string): { nonempty(): boolean; empty(): boolean } } };
  sessionStorage: { getItem(key: string): string | null };
}

/** Waits until the page's canvas holds these elements (nodes or edges) and lacks those. */
async function waitForCanvas(page: Page, { has = [], lacks = [] }: { has?: string[]; lacks?: string[] }) {
  await page.waitForFunction(
    ({ has, lacks }) => {
      const cy = (globalThis as unknown as ExplorerWindow).actorgraphExplorer?.cy;
      return (
        cy &&
        has.every((id: string) => cy.getElementById(id).nonempty()) &&
        lacks.every((id: string) => cy.getElementById(id).empty())
      );
    },
    { has, lacks },
  );
}

beforeAll(async () => {
  await write('mutation($input: SourceInput!) { addSource(input: $input) { change { id } } }', {
    input: { id: SOURCE, title: 'Test wire', publisher: 'Test Wire', published: '2025-07-21', text: TEST_TEXT },
  });
  await actor(OLENA, 'Olena Testenko');
  await actor(TESTLAND, 'Testland');
  await actor(IVAN, 'Ivan Probov');
  await write('mutation($input: StatementInput!) { addStatement(input: $input) { change { id } } }', {
    input: {
      id: STATEMENT,
      kind: 'PARAPHRASE',
      text: 'Talks must resume.',
      speaker: OLENA,
      addressees: [{ id: TESTLAND }],
      evidence: [quote('told the Test Council on Monday that talks must resume', SOURCE)],
    },
  });
});

afterAll(async () => {
  for (const p of pages) await p.context.close();
  const db = testDatabase();
  await removeTestWrites(db);
  await db.close();
});

describe('corrections from the side panel', () => {
  it('adds and removes an addressee, adds an alias and retracts a statement; a second page sees each arrive', async () => {
    const url = `${app.served.url}/?focus=${encodeURIComponent(STATEMENT)}`;
    const watcher = await openPage(app.browser, url);
    const editor = await openPage(app.browser, url);
    pages.push(watcher, editor);
    const { page } = editor;
    const panel = page.getByTestId('details');
    await waitForCanvas(watcher.page, { has: [STATEMENT, TESTLAND, OLENA] });
    await waitForCanvas(page, { has: [STATEMENT] });

    // No token, no corrections; the token is pasted in the settings box and kept for the tab.
    expect(await panel.getByTestId('corrections').count()).toBe(0);
    await page.getByTestId('token-settings').click();
    await page.getByTestId('token-input').fill(WRITER_KEY);
    await page.getByRole('button', { name: 'Save' }).click();
    expect(
      await page.evaluate(() => (globalThis as unknown as ExplorerWindow).sessionStorage.getItem('actorgraph:token')),
    ).toBe(WRITER_KEY);

    // Add Ivan as an addressee: picked by search, as a person would.
    await panel.getByTestId('add-addressee').fill('Ivan Probov');
    const hit = panel.locator(`[role=option][data-node-id="${IVAN}"]`);
    await hit.click();
    await panel.getByTestId(`remove-addressee-${IVAN}`).waitFor();
    await waitForCanvas(watcher.page, { has: [IVAN, TO_IVAN] });

    // Remove him again, with a reason: the edge leaves the other page's graph.
    await panel.getByTestId(`remove-addressee-${IVAN}`).click();
    await panel.getByTestId('reason').locator('input').fill('He is the subject, not an addressee');
    await panel.getByTestId('reason').getByRole('button', { name: 'Remove addressee' }).click();
    await waitForCanvas(watcher.page, { lacks: [TO_IVAN] });
    await panel.getByTestId(`remove-addressee-${IVAN}`).waitFor({ state: 'detached' });

    // An alias for the speaker, from the speaker's panel.
    await panel.getByRole('button', { name: 'Olena Testenko' }).first().click();
    await panel.getByRole('heading', { name: 'Olena Testenko' }).waitFor();
    await panel.getByTestId('add-alias').locator('input').fill('O. Testenko');
    await panel.getByTestId('add-alias').getByRole('button', { name: 'Add alias' }).click();
    await panel.getByText('O. Testenko').waitFor();
    const { node } = await apiQuery(app.served, `{ node(id: "${OLENA}") { ... on Actor { aliases } } }`);
    expect(node.aliases).toContain('O. Testenko');

    // Back to the statement (the token outlives a reload of the tab); retracted, it leaves the other page's
    // graph and the API's default reads.
    await page.goto(url);
    await waitForCanvas(page, { has: [STATEMENT] });
    await panel.getByTestId('retract').click();
    await panel.getByTestId('reason').locator('input').fill('Misattributed: the wire corrected it');
    await panel.getByTestId('reason').getByRole('button', { name: 'Retract' }).click();
    await waitForCanvas(watcher.page, { lacks: [STATEMENT] });
    const gone = await apiQuery(app.served, `{ node(id: "${STATEMENT}") { id } }`);
    expect(gone.node).toBeNull();

    expect(watcher.foreignRequests(app.served.host)).toEqual([]);
    expect(editor.errors).toEqual([]);
    expect(watcher.errors).toEqual([]);
  }, 240_000);
});
