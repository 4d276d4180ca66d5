/**
 * Loading at scale, through the public entry points: a synthetic corpus (npm run synth) goes in batches of
 * IMPORT_BATCH_ROWS, each its own transaction, and the API answers from it; `npm run import` stopped part-way
 * says how far it got and how to finish, and the re-run ends at exactly the graph an uninterrupted load makes.
 * Everything a test writes is removed again, and only that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEFAULT_NEO4J_TIMEOUTS } from '../../src/config.js';
import { connect } from '../../src/db/database.js';
import { loadFacts, type LoadProgress } from '../../src/ingest/writeFacts.js';
import { corpusContents, synthesize, type SynthFile } from '../../src/ingest/synthCorpus.js';
import { useTestApi } from '../helpers/api.js';
import { evidenceIds, graphSnapshot, removeTestFacts, type GraphSnapshot } from '../helpers/graph.js';
import { cleanEnv, neo4jEnv, runTsx, startTsx, STACK_FRAME, tempDir } from '../helpers/processes.js';

const api = useTestApi();
// Whole-graph snapshots of a few thousand nodes can outlast the API's 4 s read timeout on a busy machine.
const patient = connect(inject('neo4j'), { timeouts: { ...DEFAULT_NEO4J_TIMEOUTS, readMs: 120_000 } });
const snapshot = () => graphSnapshot(patient);
const corpusDir = tempDir('bulk');
const corpus: SynthFile[] = synthesize({ nodes: 1000, seed: 11, files: 2 });
const nodeIds = corpus.flatMap((f) =>
  [...f.facts.sources, ...f.facts.actors, ...f.facts.roles, ...f.facts.events, ...f.facts.statements].map((x) => x.id),
);
let before: GraphSnapshot;
let evidenceBefore: Set<string>;

async function removeCorpus(): Promise<void> {
  const made = [...(await evidenceIds(patient))].filter((id) => !evidenceBefore.has(id));
  await removeTestFacts(patient, nodeIds, made);
}

beforeAll(async () => {
  for (const [name, text] of corpusContents(corpus)) {
    fs.mkdirSync(path.dirname(path.join(corpusDir.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(corpusDir.dir, name), text);
  }
  before = await snapshot();
  evidenceBefore = await evidenceIds(patient);
});

afterAll(async () => {
  await removeCorpus();
  corpusDir.remove();
  expect((await snapshot()).fingerprint === before.fingerprint, 'graph restored').toBe(true);
  await patient.close();
});

describe('a large input', () => {
  let uninterrupted: GraphSnapshot;

  it('is written in batches of the given size, one transaction each, and the API answers from it', async () => {
    const transactions: string[] = [];
    const progress: LoadProgress[] = [];
    const unsubscribe = api.db.onQuery((q) => q.mode === 'WRITE' && transactions.push(q.name));
    const summary = await loadFacts(api.db, [corpusDir.dir], { batchRows: 500, onProgress: (p) => progress.push(p) });
    unsubscribe();

    const rows = summary.facts.evidence! + nodeIds.length + summary.facts.relations!;
    const batches = Math.ceil(rows / 500);
    expect(batches).toBeGreaterThan(5);
    expect(transactions.filter((name) => name === 'ingest:facts-file')).toHaveLength(batches);
    expect(progress.map((p) => p.batch)).toEqual(Array.from({ length: batches + 1 }, (_, i) => i));
    expect(progress.at(-1)).toEqual({ batch: batches, batches, rowsWritten: rows, rows });

    uninterrupted = await snapshot();
    expect(uninterrupted.nodes - before.nodes).toBe(summary.nodesCreated);
    expect(summary.nodesCreated).toBe(nodeIds.length + summary.facts.evidence!);

    const statement = corpus.at(-1)!.facts.statements.at(-1)!;
    const data = await api.query(`query ($id: ID!) { node(id: $id) { ... on Statement { text } } }`, {
      id: statement.id,
    });
    expect(data.node).toEqual({ text: statement.text });
  }, 300_000);

  it('stopped part-way by a signal says what it loaded and how to finish, and the re-run ends at the same graph', async () => {
    await removeCorpus();
    expect((await snapshot()).fingerprint === before.fingerprint, 'corpus removed').toBe(true);

    const env = cleanEnv({ ...neo4jEnv(), IMPORT_BATCH_ROWS: '200' });
    const load = startTsx('src/cli/import.ts', [corpusDir.dir], env);
    await load.waitFor(/batch 3\/\d+/, 180_000);
    const stopped = await load.stop('SIGTERM');
    expect(stopped.code).toBe(1);
    expect(load.output()).toMatch(/Load interrupted after batch \d+ of \d+ \(\d+ of \d+ rows written/);
    expect(load.output()).toContain('Run the same command again to finish');
    expect(load.output()).not.toMatch(STACK_FRAME);
    const partial = await snapshot();
    expect(partial.nodes).toBeGreaterThan(before.nodes);
    expect(partial.nodes + partial.relationships).toBeLessThan(uninterrupted.nodes + uninterrupted.relationships);

    const rerun = await runTsx('src/cli/import.ts', [corpusDir.dir], env, 240_000);
    expect(rerun.code, rerun.stderr).toBe(0);
    const resumed = await snapshot();
    expect(resumed.nodes).toBe(uninterrupted.nodes);
    expect(resumed.relationships).toBe(uninterrupted.relationships);
    expect(resumed.fingerprint === uninterrupted.fingerprint, 'same graph as the uninterrupted load').toBe(true);
  }, 420_000);
});
