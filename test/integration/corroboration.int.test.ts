/**
 * Corroboration through the API: two wire reports quote one speaker in two translations. The second report's
 * draft, corroborated against the graph, merges into the first's statement and event (sourceCount 2); its
 * near match is flagged and kept apart; loading the same draft again changes nothing. Every fact the test
 * loads has a `test-` id and is removed afterwards, and the graph is checked to be as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corroborate, knownInGraph, type Corroborated } from '../../src/ingest/corroborate.js';
import type { FactsFileInput } from '../../src/ingest/factsSchema.js';
import { importFacts } from '../../src/ingest/writeFacts.js';
import { CorroborationRepository } from '../../src/repositories/corroborationRepository.js';
import { useTestApi } from '../helpers/api.js';
import { evidenceIds, graphSnapshot, removeTestFacts, type GraphSnapshot } from '../helpers/graph.js';
import { tempDir } from '../helpers/processes.js';

const api = useTestApi();
const SPEAKER = 'person:test-corroboration-envoy';

// No word a documented search ranks by ("ceasefire"): the full-text index counts deleted documents in its
// statistics until it merges them, so this test's statements would reorder the docs' search answers.
const TEXTS = {
  a:
    'GENEVA (Test Wire) - A peace envoy, Ivana Testova, said on Saturday: "Everything must be done to secure a truce." ' +
    'She pledged to keep the channel open. "The sanctions will hurt ordinary Russians," she said.',
  b:
    'GENEVA (Other Wire) - "Everything should be done to achieve a truce," envoy Ivana Testova said on Saturday. ' +
    'Testova pledged to keep the channel open. "Sanctions will hurt Russian exporters most," she added.',
};

/** Evidence for the first occurrence of `excerpt` in the text, offsets computed. */
function at(text: string, excerpt: string) {
  const start = text.indexOf(excerpt);
  if (start < 0) throw new Error(`"${excerpt}" is not in the text`);
  return [{ start, end: start + excerpt.length, excerpt }];
}

function draftOf(name: 'a' | 'b', quotes: [string, string], pledge: string): FactsFileInput {
  const text = TEXTS[name];
  const statement = (i: number, quote: string) => ({
    id: `stmt:test-corroboration-${name}-${i}`,
    kind: 'QUOTE' as const,
    text: quote,
    speaker: SPEAKER,
    date: '2025-07-19',
    extractedBy: 'test',
    evidence: at(text, quote),
  });
  return {
    sources: [
      {
        id: `source:test-corroboration-${name}`,
        title: `Envoy report ${name}`,
        publisher: name === 'a' ? 'Test Wire' : 'Other Wire',
        published: '2025-07-19',
        textFile: `${name}.txt`,
      },
    ],
    actors:
      name === 'a' ? [{ id: SPEAKER, kind: 'PERSON', name: 'Ivana Testova', evidence: at(text, 'Ivana Testova') }] : [],
    events: [
      {
        id: `event:test-corroboration-${name}-pledge`,
        type: 'PLEDGE',
        title: 'Envoy pledges to keep the channel open',
        date: '2025-07-19',
        participants: [{ actor: SPEAKER, role: 'PLEDGER', evidence: at(text, pledge) }],
        evidence: at(text, pledge),
      },
    ],
    statements: quotes.map((q, i) => statement(i, q)),
  };
}

const DRAFT_A = draftOf(
  'a',
  ['Everything must be done to secure a truce.', 'The sanctions will hurt ordinary Russians,'],
  'pledged to keep the channel open',
);
const DRAFT_B = draftOf(
  'b',
  ['Everything should be done to achieve a truce,', 'Sanctions will hurt Russian exporters most,'],
  'pledged to keep the channel open',
);

describe('corroborating a second report against the graph', () => {
  const dir = tempDir('actorgraph-corroboration-');
  let before: GraphSnapshot;
  let evidenceBefore: Set<string>;
  let second: Corroborated;

  /** The draft corroborated against what the graph holds now, written beside its text and loaded. */
  async function corroborateAndLoad(name: 'a' | 'b', draft: FactsFileInput) {
    const result = corroborate(draft, await knownInGraph(new CorroborationRepository(api.db), draft));
    fs.writeFileSync(path.join(dir.dir, `${name}.txt`), TEXTS[name]);
    const file = path.join(dir.dir, `${name}.yaml`);
    fs.writeFileSync(file, stringify(result.facts));
    return { result, summary: await importFacts(api.db, file) };
  }

  beforeAll(async () => {
    before = await graphSnapshot(api.db);
    evidenceBefore = await evidenceIds(api.db);
    const first = await corroborateAndLoad('a', DRAFT_A);
    expect(first.result.flags).toEqual([]);
    second = (await corroborateAndLoad('b', DRAFT_B)).result;
  });

  afterAll(async () => {
    const made = [...(await evidenceIds(api.db))].filter((id) => !evidenceBefore.has(id));
    const ids = [DRAFT_A, DRAFT_B].flatMap((d) =>
      [...d.sources, ...(d.actors ?? []), ...(d.events ?? []), ...(d.statements ?? [])].map((x) => x.id),
    );
    await removeTestFacts(api.db, ids, made);
    expect((await graphSnapshot(api.db)).fingerprint === before.fingerprint, 'graph restored').toBe(true);
    dir.remove();
  });

  const STATEMENTS = `query Envoy($speaker: ID!) {
    statements(speaker: $speaker) { totalCount edges { node { id text sourceCount evidence { excerpt source { id } } } } }
    eventsConnection(actor: $speaker) { edges { node { id sourceCount evidence { source { id } } } } }
  }`;

  it('loads two translations of one quote as one statement with sourceCount 2 and evidence from each', async () => {
    const data = await api.query(STATEMENTS, { speaker: SPEAKER });
    const merged = data.statements.edges.find(
      (e: { node: { id: string } }) => e.node.id === 'stmt:test-corroboration-a-0',
    ).node;
    expect(merged.text).toBe('Everything must be done to secure a truce.');
    expect(merged.sourceCount).toBe(2);
    expect(merged.evidence.map((e: { excerpt: string }) => e.excerpt).sort()).toEqual([
      'Everything must be done to secure a truce.',
      'Everything should be done to achieve a truce,',
    ]);
    // The pledge, reported by both, is one event too.
    expect(data.eventsConnection.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: 'event:test-corroboration-a-pledge',
        sourceCount: 2,
        evidence: expect.arrayContaining([
          { source: { id: 'source:test-corroboration-a' } },
          { source: { id: 'source:test-corroboration-b' } },
        ]),
      },
    ]);
  });

  it('flags the near match and keeps it apart, each with its one source', async () => {
    expect(second.flags).toEqual([
      expect.objectContaining({
        kind: 'AMBIGUOUS_MATCH',
        factId: 'stmt:test-corroboration-b-1',
        candidates: ['stmt:test-corroboration-a-1'],
      }),
    ]);
    const data = await api.query(STATEMENTS, { speaker: SPEAKER });
    const counts = Object.fromEntries(
      data.statements.edges.map((e: { node: { id: string; sourceCount: number } }) => [e.node.id, e.node.sourceCount]),
    );
    expect(counts).toEqual({
      'stmt:test-corroboration-a-0': 2,
      'stmt:test-corroboration-a-1': 1,
      'stmt:test-corroboration-b-1': 1,
    });
  });

  it('loading the same draft again changes nothing', async () => {
    const snapshot = await graphSnapshot(api.db);
    const again = await corroborateAndLoad('b', DRAFT_B);
    expect(again.result.facts).toEqual(second.facts);
    expect(again.summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect((await graphSnapshot(api.db)).fingerprint === snapshot.fingerprint).toBe(true);
  });

  it('counts the sources of a whole page in one query', async () => {
    const queries: string[] = [];
    const stop = api.db.onQuery((e) => queries.push(e.name));
    try {
      await api.query('{ statements(first: 50) { edges { node { sourceCount } } } }');
    } finally {
      stop();
    }
    expect(queries.filter((q) => q === 'corroboration:source-counts')).toHaveLength(1);
  });
});
