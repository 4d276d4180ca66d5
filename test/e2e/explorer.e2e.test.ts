/**
 * The explorer at / in a real browser: search, the graph, growing it, the date control, the path
 * finder, and the side panel down to the highlighted source sentence. Nothing may be fetched from
 * any host but the server.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { apiQuery, DOCS_DIR, openPage, useAppInBrowser, type RecordedPage } from '../helpers/browser.js';

const UMEROV = 'person:rustem-umerov';
const COUNCIL = 'org:ua-nsdc';
const STATEMENT = 'stmt:zelenskyy-confirms-umerov-invitation';

// The functions passed to page.evaluate run in the browser, where globalThis is the window and
// window.actorgraphExplorer.cy the page's Cytoscape instance.

/** Waits until the graph holds these nodes (and lacks those) and has stopped moving. */
async function waitForGraph(page: Page, { has = [], lacks = [] }: { has?: string[]; lacks?: string[] }): Promise<void> {
  await page.waitForFunction(
    ({ has, lacks }) => {
      const g = (globalThis as any).actorgraphExplorer;
      const box = (globalThis as any).document.querySelector('[data-testid=graph]');
      return (
        g &&
        box?.dataset.state === 'ready' &&
        has.every((id: string) => g.cy.getElementById(id).nonempty()) &&
        lacks.every((id: string) => g.cy.getElementById(id).empty())
      );
    },
    { has, lacks },
  );
}

const graphNodeIds = (page: Page) =>
  page.evaluate(() => (globalThis as any).actorgraphExplorer.cy.nodes().map((n: any) => n.id()) as string[]);

/** Clicks a node where it is drawn on the canvas, as a user would. */
async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((nodeId) => {
    const cy = (globalThis as any).actorgraphExplorer.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

const details = (page: Page) => page.getByTestId('details');

const app = useAppInBrowser();

describe('the explorer at /', () => {
  let recorded: RecordedPage | undefined;
  afterAll(() => recorded?.context.close());

  it('searches Umerov from the keyboard, shows the council in his graph, and highlights a statement’s excerpt in its source', async () => {
    recorded = await openPage(app.browser, `${app.served.url}/`);
    const { page } = recorded;

    // It opens on a graph (the most quoted actor) before anything is typed.
    await waitForGraph(page, {});
    expect((await graphNodeIds(page)).length).toBeGreaterThan(1);

    // "/" focuses the search box; the hits are a listbox; Enter takes the highlighted one.
    await page.keyboard.press('/');
    await page.keyboard.type('Umerov');
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await first.getAttribute('data-node-id')).toBe(UMEROV);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await waitForGraph(page, { has: [UMEROV, COUNCIL, STATEMENT] });
    await details(page).getByRole('heading', { name: 'Rustem Umerov' }).waitFor();
    const personPanel = await details(page).textContent();
    expect(personPanel).toContain('Secretary of the National Security and Defence Council of Ukraine');
    expect(personPanel).toContain('Minister of Defence of Ukraine');

    // Clicking the statement on the canvas: speaker, role that day, and the sentence in the source.
    await clickNode(page, STATEMENT);
    const mark = page.getByTestId('evidence-highlight');
    await mark.waitFor();
    const { node } = await apiQuery(
      app.served,
      `query($id: ID!) { node(id: $id) { ... on Statement { speaker { name } speakerRole { title } evidence { excerpt start end source { text } } } } }`,
      { id: STATEMENT },
    );
    const evidence = node.evidence[0];
    expect(await mark.textContent()).toBe(evidence.excerpt);
    expect(evidence.source.text.slice(evidence.start, evidence.end)).toBe(evidence.excerpt);
    expect(await mark.getAttribute('data-start')).toBe(String(evidence.start));
    expect(await mark.getAttribute('data-end')).toBe(String(evidence.end));
    expect(await page.getByTestId('source-text').textContent()).toContain(evidence.source.text.slice(0, 60));
    expect(await mark.isVisible()).toBe(true);
    const statementPanel = await details(page).textContent();
    expect(statementPanel).toContain(node.speaker.name);
    expect(statementPanel).toContain(node.speakerRole.title);

    // The click also grew the graph around the statement: its speaker is now drawn.
    await waitForGraph(page, { has: [STATEMENT, 'person:volodymyr-zelenskyy'] });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(DOCS_DIR, 'explorer.png') });

    expect(recorded.foreignRequests(app.served.host)).toEqual([]);
    expect(recorded.errors).toEqual([]);
  }, 180_000);

  it('grows the graph when a node is clicked (expand) and opens linked nodes from the side panel', async () => {
    const { page } = await openPage(app.browser, `${app.served.url}/?focus=${UMEROV}`);
    try {
      await waitForGraph(page, { has: [UMEROV, 'country:ukraine'] });
      const before = new Set(await graphNodeIds(page));
      const { expand } = await apiQuery(
        app.served,
        `query($ids: [ID!]!) { expand(ids: $ids, limit: 150) { nodes { id } } }`,
        { ids: ['country:ukraine'] },
      );
      const expected: string[] = expand.nodes.map((n: { id: string }) => n.id);
      expect(expected.some((id) => !before.has(id))).toBe(true);

      await clickNode(page, 'country:ukraine');
      await waitForGraph(page, { has: expected });
      expect((await graphNodeIds(page)).length).toBeGreaterThan(before.size);
      await details(page).getByRole('heading', { name: 'Ukraine' }).waitFor();

      // An event from the side panel: its participants, each with its part.
      await page.goto(`${app.served.url}/?focus=${UMEROV}`);
      await details(page).getByRole('heading', { name: 'Rustem Umerov' }).waitFor();
      await details(page)
        .getByRole('button', { name: 'Ukraine invites Russia to a fresh round of peace talks' })
        .first()
        .click();
      await details(page).getByRole('heading', { name: 'Participants' }).waitFor();
      const eventPanel = await details(page).textContent();
      expect(eventPanel).toContain('Rustem Umerov');
      expect(eventPanel).toContain('inviter');
      await waitForGraph(page, { has: ['event:ua-invitation-fresh-talks'] });
    } finally {
      await page.context().close();
    }
  }, 180_000);

  it('shows the graph as of a date (at:) and marks the roles held that day', async () => {
    const { page, context } = await openPage(app.browser, `${app.served.url}/?focus=${UMEROV}`);
    try {
      await waitForGraph(page, { has: [UMEROV, COUNCIL] });
      await page.getByTestId('as-of').fill('2025-07-01');
      // On 1 July 2025 Umerov was still defence minister: the council is not his yet.
      await waitForGraph(page, { has: [UMEROV, 'org:ua-ministry-of-defence'], lacks: [COUNCIL] });
      const { neighborhood } = await apiQuery(
        app.served,
        `query($id: ID!) { neighborhood(id: $id, at: "2025-07-01", limit: 150) { nodes { id } } }`,
        { id: UMEROV },
      );
      expect(new Set(await graphNodeIds(page))).toEqual(new Set(neighborhood.nodes.map((n: { id: string }) => n.id)));
      expect(page.url()).toContain('at=2025-07-01');

      const held = details(page).locator('.tenures li', { has: page.locator('.tag.held') });
      await held.first().waitFor();
      expect(await held.count()).toBe(1);
      expect(await held.textContent()).toContain('Minister of Defence of Ukraine');

      await page.getByRole('button', { name: 'all dates' }).click();
      await waitForGraph(page, { has: [UMEROV, COUNCIL] });
    } finally {
      await context.close();
    }
  }, 180_000);

  it('finds the shortest path between two actors and highlights it', async () => {
    const { page, context } = await openPage(app.browser, `${app.served.url}/`);
    try {
      await waitForGraph(page, {});
      const pick = async (testId: string, text: string, id: string) => {
        await page.getByTestId(testId).fill(text);
        await page.locator(`[role=option][data-node-id="${id}"]`).click();
      };
      await pick('path-from', 'Zakharova', 'person:maria-zakharova');
      await pick('path-to', 'Umerov', UMEROV);
      await page.getByTestId('find-path').click();

      const { shortestPath } = await apiQuery(
        app.served,
        `query { shortestPath(from: "person:maria-zakharova", to: "${UMEROV}", maxHops: 6) { length nodes { id } edges { id } } }`,
      );
      const summary = page.getByTestId('path-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain(`${shortestPath.length} hops`);
      await waitForGraph(page, { has: shortestPath.nodes.map((n: { id: string }) => n.id) });
      const highlighted = await page.evaluate(() => {
        const cy = (globalThis as any).actorgraphExplorer.cy;
        return {
          nodes: cy.nodes('.on-path').map((n: any) => n.id()),
          edges: cy.edges('.on-path').map((e: any) => e.id()),
        };
      });
      expect(new Set(highlighted.nodes)).toEqual(new Set(shortestPath.nodes.map((n: { id: string }) => n.id)));
      expect(new Set(highlighted.edges)).toEqual(new Set(shortestPath.edges.map((e: { id: string }) => e.id)));
    } finally {
      await context.close();
    }
  }, 180_000);

  it('draws inferred edges dashed and shows their reasoning in the side panel', async () => {
    const RUSSIA = 'country:russia';
    const { page, context } = await openPage(app.browser, `${app.served.url}/?focus=${RUSSIA}`);
    try {
      const { neighborhood } = await apiQuery(
        app.served,
        `query($id: ID!) { neighborhood(id: $id, limit: 150) { edges { id properties } } }`,
        { id: RUSSIA },
      );
      const inferred = (neighborhood.edges as Array<{ id: string; properties: Record<string, unknown> }>).filter(
        (e) => e.properties.basis === 'INFERRED',
      );
      expect(inferred.length).toBeGreaterThan(0);
      await waitForGraph(page, { has: [RUSSIA] });
      const drawn = await page.evaluate(() =>
        (globalThis as any).actorgraphExplorer.cy
          .edges()
          .map((e: any) => ({ id: e.id(), line: e.style('line-style') })),
      );
      const lineOf = new Map(drawn.map((e: { id: string; line: string }) => [e.id, e.line]));
      for (const edge of inferred) expect(lineOf.get(edge.id), edge.id).toBe('dashed');
      const stated = drawn.filter((e: { id: string }) => !inferred.some((i) => i.id === e.id));
      expect(stated.some((e: { line: string }) => e.line === 'solid')).toBe(true);

      // Selecting an inferred edge puts its reasoning first in the panel.
      const chosen = inferred[0]!;
      await page.evaluate((id) => (globalThis as any).actorgraphExplorer.cy.getElementById(id).emit('tap'), chosen.id);
      await details(page)
        .getByText(`Inferred: ${String(chosen.properties.reasoning)}`)
        .waitFor();
    } finally {
      await context.close();
    }
  }, 180_000);
});
