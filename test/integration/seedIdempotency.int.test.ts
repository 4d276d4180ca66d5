/**
 * Loading the seed again, and migrating again, changes nothing: not a node, a relationship or a property.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrations.js';
import { isEmpty, loadSeed } from '../../src/ingest/seed.js';
import { importFacts } from '../../src/ingest/writeFacts.js';
import { useTestApi } from '../helpers/api.js';
import { graphSnapshot } from '../helpers/graph.js';
import { SEED_FACTS_FILE, seedFacts } from '../helpers/seedFacts.js';

const api = useTestApi();

describe('the seed', () => {
  it('is loaded: the database is not empty and holds every node the facts file defines', async () => {
    expect(await isEmpty(api.db)).toBe(false);
    const f = seedFacts();
    const ids = [...f.sources, ...f.actors, ...f.roles, ...f.events, ...f.statements].map((x) => x.id);
    const rows = await api.db.read<{ n: number }>(
      'test:count-seed-ids',
      'MATCH (n:Node) WHERE n.id IN $ids RETURN count(n) AS n',
      { ids },
    );
    expect(rows[0]?.n).toBe(ids.length);
  });

  it('imported again creates nothing and changes no property', async () => {
    const before = await graphSnapshot(api.db);
    const summary = await importFacts(api.db, SEED_FACTS_FILE);
    expect(summary.nodesCreated).toBe(0);
    expect(summary.relationshipsCreated).toBe(0);
    const after = await graphSnapshot(api.db);
    expect({ nodes: after.nodes, relationships: after.relationships, properties: after.properties }).toEqual({
      nodes: before.nodes,
      relationships: before.relationships,
      properties: before.properties,
    });
    expect(
      after.fingerprint === before.fingerprint,
      'every node and relationship, with every property value, is unchanged',
    ).toBe(true);
  });

  it('loaded twice more with loadSeed leaves the graph as it was, relation ids included', async () => {
    const before = await graphSnapshot(api.db);
    const relationIds = await api.query(`{ actor(id: "person:donald-trump") { relations { id } } }`);
    const lines: string[] = [];
    await loadSeed(api.db, [SEED_FACTS_FILE, SEED_FACTS_FILE], (line) => lines.push(line));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/created 0 nodes and 0 relationships/);
    const after = await graphSnapshot(api.db);
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);
    expect(after.properties).toBe(before.properties);
    expect(after.fingerprint === before.fingerprint).toBe(true);
    expect(await api.query(`{ actor(id: "person:donald-trump") { relations { id } } }`)).toEqual(relationIds);
  });

  it('migrations run again change neither the data nor the indexes', async () => {
    const indexes = async () =>
      (await api.db.read<{ name: string }>('test:indexes', 'SHOW INDEXES YIELD name RETURN name ORDER BY name')).map(
        (r) => r.name,
      );
    const before = { graph: await graphSnapshot(api.db), indexes: await indexes() };
    await migrate(api.db);
    expect(await indexes()).toEqual(before.indexes);
    expect((await graphSnapshot(api.db)).fingerprint === before.graph.fingerprint).toBe(true);
  });
});
