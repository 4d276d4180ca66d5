/**
 * Migrations at start: the index statements run every time (they are cheap and idempotent), each backfill
 * once per graph, remembered by the :Migration ledger, also when several replicas start at once. A graph
 * loaded before the ledger existed is backfilled once, to the keys the loader writes; the ledger never
 * shows through the API.
 */
import { describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/db/database.js';
import { BACKFILLS, migrate } from '../../src/db/migrations.js';
import { countQueries, useTestApi } from '../helpers/api.js';
import { forgetBackfills } from '../helpers/graph.js';

const api = useTestApi();
const BACKFILL_NAMES = BACKFILLS.map((m) => m.name);
const backfillQueries = (queries: string[]) => queries.filter((q) => q.startsWith('migrate:backfill:'));

/** Every key a backfill writes, on every fact of the seed, in a stable order. */
const KEYS = `CALL () {
    MATCH (a)-[r:SAID|HOLDS]->(b)
    RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.id, '') AS fact,
           [r.timelineKey, r.timelineStartKey, r.timelineEndKey] AS keys
    UNION ALL
    MATCH (e:Event) RETURN e.id AS fact, [e.sortKey, e.timelineKey] AS keys
  }
  RETURN fact, keys ORDER BY fact`;

type KeyRow = { fact: string; keys: Array<string | null> };
const keys = () => api.db.read<KeyRow>('test:backfilled-keys', KEYS);

/** The graph as an older version left it: no ledger, and none of the keys the backfills compute. */
async function asBeforeTheLedger(): Promise<void> {
  await forgetBackfills(api.db);
  await api.db.write(
    'test:forget-keys',
    `MATCH ()-[r:SAID|HOLDS]->() REMOVE r.timelineKey, r.timelineStartKey, r.timelineEndKey
     WITH count(*) AS edges MATCH (e:Event) REMOVE e.sortKey, e.timelineKey`,
  );
  expect((await keys()).every((r) => r.keys.every((k) => k === null))).toBe(true);
}

async function ledger(): Promise<Array<{ id: string; labels: string[] }>> {
  return api.db.read('test:ledger', 'MATCH (m:Migration) RETURN m.id AS id, labels(m) AS labels ORDER BY id');
}

describe('migrations', () => {
  it('a start on a migrated graph runs the schema statements and no backfill', async () => {
    const { result, queries } = await countQueries(api, () => migrate(api.db));
    expect(result.backfilled).toEqual([]);
    expect(backfillQueries(queries)).toEqual([]);
    expect(queries).toContain('migrate:ledger');
    expect(queries).toContain('migrate:node-id-unique');
    expect((await ledger()).map((m) => m.id)).toEqual([...BACKFILL_NAMES].sort());
  });

  it('a graph loaded before the ledger existed is backfilled once, to the keys the loader wrote', async () => {
    const written = await keys();
    expect(written.filter((r) => r.keys.some((k) => k !== null)).length).toBeGreaterThan(10);
    await asBeforeTheLedger();

    const first = await countQueries(api, () => migrate(api.db));
    expect(first.result.backfilled).toEqual(BACKFILL_NAMES);
    expect(backfillQueries(first.queries)).toEqual(BACKFILL_NAMES.map((n) => `migrate:backfill:${n}`));
    expect(await keys()).toEqual(written);

    const second = await countQueries(api, () => migrate(api.db));
    expect(second.result.backfilled).toEqual([]);
    expect(backfillQueries(second.queries)).toEqual([]);
  });

  it('replicas starting at once all succeed, and each backfill runs in one of them only', async () => {
    const written = await keys();
    await asBeforeTheLedger();
    const replicas = [connect(inject('neo4j')), connect(inject('neo4j')), connect(inject('neo4j'))];
    try {
      const reports = await Promise.all(replicas.map((db) => migrate(db)));
      expect(reports.flatMap((r) => r.backfilled).sort()).toEqual([...BACKFILL_NAMES].sort());
    } finally {
      await Promise.all(replicas.map((db) => db.close()));
    }
    expect((await ledger()).map((m) => m.id)).toEqual([...BACKFILL_NAMES].sort());
    expect(await keys()).toEqual(written);
  });

  it('keeps its ledger out of the API: the nodes carry no :Node, so no read finds them', async () => {
    const entries = await ledger();
    expect(entries.map((m) => m.labels)).toEqual(entries.map(() => ['Migration']));
    for (const { id } of entries) {
      expect(await api.query(`query ($id: ID!) { node(id: $id) { id } }`, { id })).toEqual({ node: null });
    }
  });
});
