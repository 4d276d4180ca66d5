/**
 * Pages that seek, on a synthetic graph of 10k nodes (npm run synth) loaded beside the seed: walking every
 * page of a connection with its cursors gives each match once, in order, and nothing else, checked against
 * a direct Cypher query; totalCount is the direct count; one shape of request sends one query text, whatever
 * its arguments (Neo4j plans it once). Everything the test loads is removed again, and only that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_NEO4J_TIMEOUTS } from '../../src/config.js';
import { connect } from '../../src/db/database.js';
import { corpusContents, synthesize } from '../../src/ingest/synthCorpus.js';
import { loadFacts } from '../../src/ingest/writeFacts.js';
import { useTestApi } from '../helpers/api.js';
import { evidenceIds, removeTestFacts } from '../helpers/graph.js';
import { tempDir } from '../helpers/processes.js';

const api = useTestApi();
// Direct counts over thousands of nodes can outlast the API's 4 s read bound on a busy machine.
const direct = connect(inject('neo4j'), { timeouts: { ...DEFAULT_NEO4J_TIMEOUTS, readMs: 120_000 } });
const corpusDir = tempDir('seek');
const corpus = synthesize({ nodes: 10_000, seed: 5, files: 1 });
const facts = corpus[0]!.facts;
const nodeIds = [...facts.sources, ...facts.actors, ...facts.roles, ...facts.events, ...facts.statements].map(
  (x) => x.id,
);
let evidenceBefore: Set<string>;

/** The most and the least frequent speaker, and the most frequent addressee, as the corpus says. */
function ranked(ids: string[]): string[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
const speakers = ranked(facts.statements.map((s) => s.speaker));
const addressees = ranked(
  facts.statements.flatMap((s) => (s.addressees ?? []).map((a) => (typeof a === 'string' ? a : a.id))),
);
const hub = speakers[0]!;
const leaf = speakers.at(-1)!;

/**
 * An addressee of middling rank (the top tenth's last) whose statements get dates of every precision and
 * shape around the period asked below, so the seek's bounds (src/domain/statementKeys.ts) are tested where
 * they cut: a year, a month and a week that reach into the period from before it, an open range and one
 * longer than a year (both stored with undated sort keys), an undated statement, and days on both sides.
 */
const vague = addressees[Math.floor(addressees.length / 10)]!;
const PERIOD = { from: '2022-07-01', to: '2022-12-31' };
const VAGUE_DATES = [
  '2022',
  '2022-06',
  '2022-06-27/2022-07-03',
  '../2022-07-02',
  '2021-01-01/2023-12-31',
  null,
  '2022-06-30',
  '2022-07-01',
  '2022-12-31',
  '2023-01-01',
  '2021',
];
facts.statements
  .filter((st) => (st.addressees ?? []).some((a) => (typeof a === 'string' ? a : a.id) === vague))
  .forEach((st, i) => {
    st.date = VAGUE_DATES[i % VAGUE_DATES.length];
    st.datePrecision = null;
  });

beforeAll(async () => {
  for (const [name, text] of corpusContents(corpus)) {
    fs.mkdirSync(path.dirname(path.join(corpusDir.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(corpusDir.dir, name), text);
  }
  evidenceBefore = await evidenceIds(direct);
  await loadFacts(api.db, [corpusDir.dir]);
}, 900_000);

afterAll(async () => {
  const made = [...(await evidenceIds(direct))].filter((id) => !evidenceBefore.has(id));
  await removeTestFacts(direct, nodeIds, made);
  corpusDir.remove();
  await direct.close();
}, 300_000);

interface Connection {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
}

/** Every page of a connection at `path` of the answer, walked with its cursors; the first page's totalCount. */
async function walk(
  query: string,
  variables: Record<string, unknown>,
  at: (data: Record<string, unknown>) => Connection,
  first: number,
): Promise<{ ids: string[]; pages: number; total: number | undefined }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total: number | undefined;
  for (let pages = 1; ; pages++) {
    const page = at(await api.query(query, { ...variables, first, after }));
    total ??= page.totalCount;
    expect(page.edges.length).toBeLessThanOrEqual(first);
    if (page.pageInfo.hasNextPage) expect(page.edges).toHaveLength(first);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, pages, total };
    after = page.pageInfo.endCursor;
  }
}

/** Ids in order from a direct Cypher query (the test's own, not the API's). */
async function directIds(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  return (await direct.read<{ id: string }>('test:direct-ids', cypher, params)).map((r) => r.id);
}

const STATEMENTS = `query ($speaker: ID, $addressee: ID, $from: Date, $to: Date, $first: Int, $after: String) {
  statements(speaker: $speaker, addressee: $addressee, from: $from, to: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const statements = (d: Record<string, unknown>) => d.statements as Connection;

describe('statement pages at 10k nodes', () => {
  it('every statement once, newest first, across all pages, and totalCount is the direct count', async () => {
    const expected = await directIds('MATCH (s:Statement) RETURN s.id AS id ORDER BY s.sortKey');
    expect(expected.length).toBeGreaterThan(5000);
    const { ids, pages, total } = await walk(STATEMENTS, {}, statements, 100);
    expect(pages).toBeGreaterThan(50);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    expect(total).toBe(expected.length);
  }, 300_000);

  it.each([
    ['the hub', hub],
    ['a leaf', leaf],
  ])(
    "a speaker's statements (%s): all of them once, in order",
    async (_, speaker) => {
      const expected = await directIds(
        'MATCH (:Node {id: $speaker})-[:SAID]->(s:Statement) RETURN s.id AS id ORDER BY s.sortKey',
        { speaker },
      );
      expect(expected.length).toBeGreaterThan(0);
      const { ids, total } = await walk(STATEMENTS, { speaker }, statements, 20);
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
    },
    300_000,
  );

  it("an addressee's statements in a period: those whose dates overlap it, once, in order", async () => {
    const [addressee, from, to] = [addressees[0]!, '2023-01-01', '2024-06-30'];
    const expected = await directIds(
      `MATCH (s:Statement)-[:ADDRESSED_TO]->(:Node {id: $addressee})
       WHERE s.dateLatest >= date($from) AND s.dateEarliest <= date($to) RETURN s.id AS id ORDER BY s.sortKey`,
      { addressee, from, to },
    );
    expect(expected.length).toBeGreaterThan(20);
    const { ids, total } = await walk(STATEMENTS, { addressee, from, to }, statements, 20);
    expect(ids).toEqual(expected);
    expect(total).toBe(expected.length);
  }, 300_000);

  it.each([1, 3, 20])(
    "an addressee's statements in a period, dated by year, month, week, open and long ranges: each overlapping one once, in order (pages of %i)",
    async (first) => {
      const expected = await directIds(
        `MATCH (s:Statement)-[:ADDRESSED_TO]->(:Node {id: $addressee})
         WHERE s.dateEdtf IS NOT NULL AND coalesce(s.dateLatest, date('9999-12-31')) >= date($from)
           AND coalesce(s.dateEarliest, date('0001-01-01')) <= date($to)
         RETURN s.id AS id ORDER BY s.sortKey`,
        { addressee: vague, ...PERIOD },
      );
      // Every shape of date is there, and the period keeps some and drops others.
      const all = await directIds('MATCH (s:Statement)-[:ADDRESSED_TO]->(:Node {id: $id}) RETURN s.id AS id', {
        id: vague,
      });
      expect(all.length).toBeGreaterThanOrEqual(VAGUE_DATES.length);
      expect(expected.length).toBeGreaterThan(4);
      expect(expected.length).toBeLessThan(all.length);
      const { ids, total } = await walk(STATEMENTS, { addressee: vague, ...PERIOD }, statements, first);
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
    },
    300_000,
  );

  it("a speaker's statements in a period, across pages: the same seek on the SAID edges", async () => {
    const expected = await directIds(
      // An open range ("../2022-07-02", among the vague dates above) has no earliest day and overlaps the period.
      `MATCH (:Node {id: $speaker})-[:SAID]->(s:Statement)
       WHERE s.dateEdtf IS NOT NULL AND coalesce(s.dateLatest, date('9999-12-31')) >= date($from)
         AND coalesce(s.dateEarliest, date('0001-01-01')) <= date($to)
       RETURN s.id AS id ORDER BY s.sortKey`,
      { speaker: hub, ...PERIOD },
    );
    expect(expected.length).toBeGreaterThan(20);
    const { ids, total } = await walk(STATEMENTS, { speaker: hub, ...PERIOD }, statements, 20);
    expect(ids).toEqual(expected);
    expect(total).toBe(expected.length);
  }, 300_000);

  it("each actor of a page with its own first statements (one batched query for the page's actors)", async () => {
    const data = await api.query(
      `{ actors(first: 40) { edges { node { id statements(first: 5) { totalCount edges { node { id } } } } } } }`,
    );
    const actors = (data.actors as { edges: Array<{ node: { id: string; statements: Connection } }> }).edges;
    for (const { node } of actors) {
      const expected = await directIds(
        'MATCH (:Node {id: $id})-[:SAID]->(s:Statement) RETURN s.id AS id ORDER BY s.sortKey',
        { id: node.id },
      );
      expect(
        node.statements.edges.map((e) => e.node.id),
        node.id,
      ).toEqual(expected.slice(0, 5));
      expect(node.statements.totalCount, node.id).toBe(expected.length);
    }
  }, 300_000);
});

describe('actor and event pages at 10k nodes', () => {
  it('every actor once, in name order, and totalCount', async () => {
    const expected = await directIds('MATCH (a:Actor) RETURN a.id AS id ORDER BY a.sortKey');
    const { ids, total } = await walk(
      `query ($first: Int, $after: String) { actors(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      {},
      (d) => d.actors as Connection,
      100,
    );
    expect(ids).toEqual(expected);
    expect(total).toBe(expected.length);
  }, 300_000);

  it.each([
    ['every event', null],
    ["the hub's events", hub],
  ])(
    '%s once, oldest first, and totalCount',
    async (_, actor) => {
      const expected = await directIds(
        `MATCH (e:Event) WHERE $actor IS NULL OR EXISTS { (:Node {id: $actor})-[r]-(e) WHERE r.role IS NOT NULL }
       RETURN e.id AS id ORDER BY e.sortKey`,
        { actor },
      );
      expect(expected.length).toBeGreaterThan(20);
      const { ids, total } = await walk(
        `query ($actor: ID, $first: Int, $after: String) { eventsConnection(actor: $actor, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { actor },
        (d) => d.eventsConnection as Connection,
        50,
      );
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
    },
    300_000,
  );

  it('actor(name:) finds every actor by its name and by each alias, in any case', async () => {
    for (const actor of facts.actors.slice(0, 30)) {
      for (const name of [actor.name, actor.name.toUpperCase(), ...(actor.aliases ?? [])]) {
        const data = await api.query(`query ($name: String) { actor(name: $name) { id } }`, { name });
        expect((data.actor as { id: string } | null)?.id, name).toBe(actor.id);
      }
    }
    const none = await api.query(`query ($name: String) { actor(name: $name) { id } }`, { name: 'Nobody Atall' });
    expect(none.actor).toBeNull();
  }, 300_000);
});

describe('one shape, one query text', () => {
  it('statement pages of different speakers, sizes and cursors send the same Cypher text', async () => {
    const texts = new Set<string>();
    const stop = api.db.onQuery((e) => e.cypher && texts.add(e.cypher));
    try {
      const first = statements(await api.query(STATEMENTS, { speaker: hub, first: 3 }));
      await api.query(STATEMENTS, { speaker: hub, first: 7, after: first.pageInfo.endCursor });
      await api.query(STATEMENTS, { speaker: leaf, first: 20 });
    } finally {
      stop();
    }
    expect(texts.size).toBe(1);
  });

  it('actors with their statements, speakers and addressees: one text per level, whatever the sizes and actors', async () => {
    const texts = new Map<string, Set<string>>();
    const stop = api.db.onQuery((e) => e.cypher && texts.set(e.name, (texts.get(e.name) ?? new Set()).add(e.cypher)));
    const query = `query ($first: Int, $inner: Int, $after: String) { actors(first: $first, after: $after) {
      pageInfo { endCursor } edges { node { id statements(first: $inner) { edges { node { id speaker { id } addressees { id } } } } } } } }`;
    try {
      const first = await api.query(query, { first: 3, inner: 2 });
      await api.query(query, { first: 30, inner: 9, after: first.actors.pageInfo.endCursor });
    } finally {
      stop();
    }
    expect([...texts.keys()].sort()).toEqual(['actors:page', 'statements:pages']);
    expect([...texts.values()].map((t) => t.size)).toEqual([1, 1]);
  });
});
