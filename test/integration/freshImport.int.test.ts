/**
 * `npm run import -- --fresh`, the first load of an empty local Neo4j through neo4j-admin database import, in a
 * temporary ACTORGRAPH_HOME: it builds the very graph the transactional loader builds (compared with that
 * loader's load of the same corpus into the test database, then removed), its search index answers, it
 * refuses a database that exists in one line, and a plain re-run over it creates nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_NEO4J_TIMEOUTS } from '../../src/config.js';
import { connect } from '../../src/db/database.js';
import { SEARCH_INDEX } from '../../src/db/migrations.js';
import { startLocalNeo4j } from '../../src/db/localNeo4j.js';
import { loadFacts } from '../../src/ingest/writeFacts.js';
import { corpusContents, synthesize } from '../../src/ingest/synthCorpus.js';
import { evidenceIds, graphSnapshot, removeTestFacts, type GraphSnapshot } from '../helpers/graph.js';
import { localHome } from '../helpers/localApi.js';
import { cleanEnv, runTsx, STACK_FRAME, tempDir } from '../helpers/processes.js';

const home = localHome('actorgraph-fresh-');
// A busy machine starts Neo4j and writes slowly: the bounds are generous, as in bulkLoad.int.test.ts.
const env = cleanEnv({ ACTORGRAPH_HOME: home.dir, NEO4J_WRITE_TIMEOUT_MS: '600000' });
const patientTimeouts = { ...DEFAULT_NEO4J_TIMEOUTS, readMs: 120_000, writeMs: 300_000 };
const testDb = connect(inject('neo4j'), { timeouts: patientTimeouts });
const corpusDir = tempDir('fresh');
const corpus = synthesize({ nodes: 400, seed: 23, files: 2 });
const nodeIds = corpus.flatMap((f) =>
  [...f.facts.sources, ...f.facts.actors, ...f.facts.roles, ...f.facts.events, ...f.facts.statements].map((x) => x.id),
);

/** The fresh instance's whole graph, its evidence ids, and what a full-text search for `phrase` finds. */
async function readFreshInstance(phrase?: string) {
  const local = await startLocalNeo4j({
    homeDir: home.dir,
    instanceDir: home.instanceDir,
    reuseRunning: false,
    startTimeoutMs: 600_000,
  });
  const db = connect(
    { uri: local.uri, user: 'neo4j', password: local.password, database: undefined },
    {
      timeouts: patientTimeouts,
    },
  );
  try {
    const found = phrase
      ? await db.read<{ id: string }>(
          'test:fresh-search',
          `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $q) YIELD node RETURN node.id AS id`,
          { q: `"${phrase}"` },
        )
      : [];
    return { snapshot: await graphSnapshot(db), evidence: await evidenceIds(db), found: found.map((r) => r.id) };
  } finally {
    await db.close();
    await local.stop();
  }
}

beforeAll(() => {
  for (const [name, text] of corpusContents(corpus)) {
    fs.mkdirSync(path.dirname(path.join(corpusDir.dir, name)), { recursive: true });
    fs.writeFileSync(path.join(corpusDir.dir, name), text);
  }
});

afterAll(async () => {
  await testDb.close();
  corpusDir.remove();
  home.remove();
});

describe('npm run import -- --fresh', () => {
  let fresh: GraphSnapshot;

  it('builds the graph the transactional loader builds, and its search index answers', async () => {
    const run = await runTsx('src/cli/import.ts', ['--fresh', corpusDir.dir], env, 900_000);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/IMPORT DONE/);
    const actor = corpus[0]!.facts.actors.at(-1)!;
    const read = await readFreshInstance(actor.name);
    fresh = read.snapshot;
    expect(read.found).toContain(actor.id);
    expect(run.stdout).toContain(`created ${fresh.nodes} nodes and ${fresh.relationships} relationships`);

    const evidenceBefore = await evidenceIds(testDb);
    const made = [...read.evidence].filter((id) => !evidenceBefore.has(id));
    expect(made).toHaveLength(read.evidence.size); // the comparison below sees only the corpus's own evidence
    const summary = await loadFacts(testDb, [corpusDir.dir]);
    try {
      const loaded = await graphSnapshot(testDb, [...nodeIds, ...made]);
      expect(summary.nodesCreated).toBe(fresh.nodes);
      expect(loaded.nodes).toBe(fresh.nodes);
      expect(loaded.relationships).toBe(fresh.relationships);
      expect(loaded.properties).toBe(fresh.properties);
      expect(loaded.fingerprint === fresh.fingerprint, 'same nodes, relationships and properties').toBe(true);
    } finally {
      await removeTestFacts(testDb, nodeIds, made);
    }
  }, 1_200_000);

  it('refuses a database that exists in one line, and a plain re-run over it creates nothing', async () => {
    const again = await runTsx('src/cli/import.ts', ['--fresh', corpusDir.dir], env, 120_000);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has a database: --fresh only creates one\. Load without --fresh/);
    expect(again.stderr).not.toMatch(STACK_FRAME);

    const plain = await runTsx('src/cli/import.ts', [corpusDir.dir], env, 900_000);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    expect(plain.stdout).toContain('created 0 nodes and 0 relationships');
    expect((await readFreshInstance()).snapshot.fingerprint === fresh.fingerprint, 'unchanged').toBe(true);
  }, 1_200_000);
});
