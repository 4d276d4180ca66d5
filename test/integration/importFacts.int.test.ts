/**
 * Importing facts files into the seeded graph: a valid file's facts join the seed's and are answered by the API;
 * a file that fails a check is refused whole, with a message that names the file, the entry and the field, and
 * the graph is left exactly as it was. Everything a test writes is removed again, and only that.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactsFileError } from '../../src/ingest/readFacts.js';
import { importFacts } from '../../src/ingest/writeFacts.js';
import { graphql } from '../__generated__/gql.js';
import { useTestApi } from '../helpers/api.js';
import { evidenceIds, existingNodeIds, graphSnapshot, removeTestFacts, type GraphSnapshot } from '../helpers/graph.js';
import { ARTICLE_ID, fixture, seedText, type SeedFacts } from '../helpers/seedFacts.js';

const api = useTestApi();

/** The ids of the nodes a fixture defines (tenures and relations are relationships). */
function nodeIdsOf(file: string): string[] {
  const f = parse(fs.readFileSync(file, 'utf8')) as Partial<SeedFacts>;
  return [
    ...(f.sources ?? []),
    ...(f.actors ?? []),
    ...(f.roles ?? []),
    ...(f.events ?? []),
    ...(f.statements ?? []),
  ].map((x) => x.id);
}

/** Imports a fixture that must be refused: its FactsFileError, whose message names the file. */
async function refusal(name: string): Promise<FactsFileError> {
  const file = fixture(name);
  const error = await importFacts(api.db, file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FactsFileError);
  expect((error as FactsFileError).message).toContain(file);
  return error as FactsFileError;
}

describe('a valid facts file that builds on the seed', () => {
  const file = fixture('valid-analyst-notes.yaml');
  const ids = nodeIdsOf(file);
  let before: GraphSnapshot;
  let evidenceBefore: Set<string>;
  let created: string[] = [];

  beforeAll(async () => {
    // The fixture's ids are its own: none is in the graph yet, so removing them later removes only its facts.
    expect(await existingNodeIds(api.db, ids)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z]+:test-/);
    before = await graphSnapshot(api.db);
    evidenceBefore = await evidenceIds(api.db);
  });

  afterAll(async () => {
    created = [...(await evidenceIds(api.db))].filter((id) => !evidenceBefore.has(id));
    await removeTestFacts(api.db, ids, created);
    const after = await graphSnapshot(api.db);
    // Cleaned up exactly: the graph is as it was before the import, property for property.
    expect(after.fingerprint === before.fingerprint, 'graph restored').toBe(true);
  });

  it('imports, creating one node per fact defined and one per new piece of evidence', async () => {
    const summary = await importFacts(api.db, file);
    const newEvidence = [...(await evidenceIds(api.db))].filter((id) => !evidenceBefore.has(id));
    expect(newEvidence.length).toBeGreaterThan(0);
    expect(summary.nodesCreated).toBe(ids.length + newEvidence.length);
    const after = await graphSnapshot(api.db);
    expect(after.nodes - before.nodes).toBe(summary.nodesCreated);
    expect(after.relationships - before.relationships).toBe(summary.relationshipsCreated);
    expect(await existingNodeIds(api.db, ids)).toHaveLength(ids.length);
  });

  it('imported twice, creates nothing the second time', async () => {
    const snapshot = await graphSnapshot(api.db);
    const summary = await importFacts(api.db, file);
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect((await graphSnapshot(api.db)).fingerprint === snapshot.fingerprint).toBe(true);
  });

  it('its actor is found by name, diacritics ignored, with country, post and what it said', async () => {
    const data = await api.query(`{ actor(name: "TESTENKO") { id ... on Person {
      country { id }
      roles { id current startPrecision role { title organization { id ... on Organization { heads { id } } } } }
      statements { totalCount edges { node { id text addressees { id } about { id } respondsTo { id } speakerRole { id }
        evidence { start end excerpt source { id text } } } } }
      events { role relationType event { id status } }
    } } }`);
    const a = data.actor;
    expect(a.id).toBe('person:test-olena-testenko');
    expect(a.country).toEqual({ id: 'country:ukraine' });
    expect(a.roles).toEqual([
      {
        id: 'tenure:test-testenko-director',
        current: true,
        startPrecision: 'MONTH',
        role: {
          title: 'Director of the Test Observatory',
          organization: { id: 'org:test-observatory', heads: [{ id: 'person:test-olena-testenko' }] },
        },
      },
    ]);
    expect(a.statements.totalCount).toBe(1);
    const s = a.statements.edges[0].node;
    expect(s).toMatchObject({
      id: 'stmt:test-testenko-stark-ultimatum',
      addressees: [{ id: 'country:russia' }],
      about: [{ id: 'event:trump-ultimatum-russia-2025-07-14' }],
      respondsTo: [{ id: 'stmt:trump-ultimatum-to-russia' }],
      speakerRole: { id: 'role:test-observatory-director' },
    });
    // Its evidence cites the seed article's text, at the offsets the fixture gives.
    for (const e of s.evidence) {
      expect(e.source.id).toBe(ARTICLE_ID);
      expect(e.source.text.slice(e.start, e.end)).toBe(e.excerpt);
    }
    expect(a.events).toEqual([
      { role: 'HOST', relationType: 'HOSTED', event: { id: 'event:test-stakes-briefing', status: 'PLANNED' } },
    ]);
    expect((await api.query(`{ actor(name: "Olena Tëstenko") { id } }`)).actor).toEqual({
      id: 'person:test-olena-testenko',
    });
  });

  it('joins the seed’s facts: the seed statement it answers lists it, Russia received it, search finds it', async () => {
    const data = await api.query(
      graphql(`
        query TestImportJoinsSeed {
          node(id: "stmt:trump-ultimatum-to-russia") {
            ... on Statement {
              responses {
                id
              }
            }
          }
          actor(id: "country:russia") {
            statementsReceived(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
          events(type: "TEST_BRIEFING", actor: "country:russia") {
            id
            participants {
              role
              actor {
                id
              }
            }
          }
          search(text: "Testenko") {
            node {
              id
            }
          }
        }
      `),
    );
    const responses = data.node && 'responses' in data.node ? data.node.responses : [];
    expect(responses.map((r) => r.id)).toContain('stmt:test-testenko-stark-ultimatum');
    expect(data.actor?.statementsReceived.edges.map((e) => e.node.id)).toContain('stmt:test-testenko-stark-ultimatum');
    expect(data.events).toHaveLength(1);
    expect(data.events[0]?.participants).toEqual(
      expect.arrayContaining([{ role: 'TARGET', actor: { id: 'country:russia' } }]),
    );
    expect(data.search[0]?.node.id).toBe('person:test-olena-testenko');
  });

  it('its source cites the seed article, and its own relation carries its properties', async () => {
    const data = await api.query(`{
      node(id: "source:test-analyst-notes") { ... on Source { text cites { id } } }
      actor(id: "person:test-olena-testenko") { relations(types: ["TEST_WATCHES"]) { id direction properties node { id } evidence { excerpt } } }
    }`);
    expect(data.node).toEqual({ text: '', cites: [{ id: ARTICLE_ID }] });
    expect(data.actor.relations).toEqual([
      {
        id: 'person:test-olena-testenko>TEST_WATCHES>country:russia',
        direction: 'OUT',
        properties: { since: 2025, focus: 'ultimatum', basis: 'STATED' },
        node: { id: 'country:russia' },
        evidence: [{ excerpt: seedText().slice(2147, 2177) }],
      },
    ]);
  });
});

describe('facts files that fail a check are refused whole, and the graph is left as it was', () => {
  let before: GraphSnapshot;
  beforeAll(async () => {
    before = await graphSnapshot(api.db);
  });
  afterAll(async () => {
    expect((await graphSnapshot(api.db)).fingerprint === before.fingerprint, 'nothing was written').toBe(true);
  });

  it('a YAML syntax error', async () => {
    const error = await refusal('invalid-yaml-syntax.yaml');
    expect(error.problems[0]).toMatch(/^line \d+, column \d+/);
  });

  it('a schema error', async () => {
    const error = await refusal('invalid-schema.yaml');
    expect(error.message).toContain('statements[0] (stmt:test-no-speaker).speaker');
  });

  it('an excerpt that does not match its offsets in the seed article', async () => {
    const error = await refusal('invalid-excerpt.yaml');
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^statements\[0\] \(stmt:test-misquoted-zelenskyy\)\.evidence\[0\]\.excerpt: does not match the text at 428-473/,
        ),
        expect.stringMatching(
          /^actors\[0\] \(person:test-misplaced-analyst\)\.evidence\[0\]: offsets 2340-2400 lie outside/,
        ),
      ]),
    );
  });

  it('a duplicate id', async () => {
    const error = await refusal('invalid-duplicate-id.yaml');
    expect(error.message).toContain('statements[1].id: "stmt:test-twice" is defined twice (first at statements[0])');
  });

  it('a reference to an id neither in the file nor in the graph, named with the entry and field that make it', async () => {
    const error = await refusal('invalid-unknown-reference.yaml');
    expect(error.message).toContain('country:test-atlantis');
    expect(error.message).toContain('event:test-never-happened');
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('statements[0] (stmt:test-addressed-to-atlantis).addressees[0]'),
        expect.stringContaining('statements[0] (stmt:test-addressed-to-atlantis).about[0]'),
      ]),
    );
  });
});

describe('evidence that cites a source already in the graph', () => {
  const file = fixture('valid-evidence-from-graph-source.yaml');
  const ids = nodeIdsOf(file);
  let before: GraphSnapshot;
  let evidenceBefore: Set<string>;

  beforeAll(async () => {
    expect(await existingNodeIds(api.db, ids)).toEqual([]);
    before = await graphSnapshot(api.db);
    evidenceBefore = await evidenceIds(api.db);
  });
  afterAll(async () => {
    const created = [...(await evidenceIds(api.db))].filter((id) => !evidenceBefore.has(id));
    await removeTestFacts(api.db, ids, created);
    expect((await graphSnapshot(api.db)).fingerprint === before.fingerprint, 'graph restored').toBe(true);
  });

  it('is checked against that source’s text in the graph, even when the file does not cite it', async () => {
    const outcome = await importFacts(api.db, file).then(
      () => 'imported',
      (e: unknown) => (e as Error).message,
    );
    expect(outcome).toBe('imported');
    const data = await api.query(
      `{ node(id: "stmt:test-uncited-despite-this") { ... on Statement { speaker { id } evidence { excerpt source { id } } } } }`,
    );
    expect(data.node).toEqual({
      speaker: { id: 'person:dmitry-peskov' },
      evidence: [{ excerpt: 'Despite this', source: { id: ARTICLE_ID } }],
    });
  });
});
