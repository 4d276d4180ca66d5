/**
 * RAW_NODE and TENURE_PROPERTIES project only the stored properties the mappers read, not the bookkeeping
 * (name keys, timeline keys, certainty bounds): every node and HOLDS edge of the seed maps to the same record
 * through the projection as through all its properties, so no field is left out. Through the API, a node by
 * id answers every field of its record.
 */
import { describe, expect, it } from 'vitest';
import { RAW_NODE, TENURE_PROPERTIES, toNodeRecord, type RawNode } from '../../src/repositories/mapNode.js';
import { toTenure } from '../../src/repositories/relationRepository.js';
import { useTestApi } from '../helpers/api.js';
import { seedFacts } from '../helpers/seedFacts.js';

const api = useTestApi();
const facts = seedFacts();

describe('record projections', () => {
  it('every node maps to the record its whole property map gives, with less read', async () => {
    const rows = await api.db.read<{ projected: RawNode; whole: RawNode }>(
      'test:node-projection',
      `MATCH (n:Node) WHERE n:Actor OR n:Statement OR n:Event OR n:Role OR n:Source
       RETURN ${RAW_NODE('n')} AS projected, {labels: labels(n), props: properties(n)} AS whole`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(facts.actors.length + facts.statements.length + facts.events.length);
    for (const { projected, whole } of rows) expect(toNodeRecord(projected)).toEqual(toNodeRecord(whole));
    // The bookkeeping stays behind: an actor's name keys are stored but not projected.
    const actor = rows.find((r) => r.whole.labels.includes('Actor'))!;
    expect(actor.whole.props.nameKeys).toBeDefined();
    expect(actor.projected.props).not.toHaveProperty('nameKeys');
  });

  it('every HOLDS edge maps to the tenure its whole property map gives', async () => {
    const rows = await api.db.read<{ projected: Record<string, unknown>; whole: Record<string, unknown> }>(
      'test:tenure-projection',
      `MATCH (:Person)-[h:HOLDS]->(:Role) RETURN ${TENURE_PROPERTIES('h')} AS projected, properties(h) AS whole`,
    );
    expect(rows).toHaveLength(facts.tenures.length);
    for (const { projected, whole } of rows) expect(toTenure(projected, 'p', 'r')).toEqual(toTenure(whole, 'p', 'r'));
  });

  it('an actor by id, with its roles (one compiled query), answers every field of its record', async () => {
    const person = facts.actors.find((a) => facts.tenures.some((t) => t.person === a.id))!;
    const data = await api.query(
      `query ($id: ID!) { actor(id: $id) { id name kind aliases description basis
         ... on Person { roles { id start end current note basis role { id title aliases } } } } }`,
      { id: person.id },
    );
    expect(data.actor).toMatchObject({ id: person.id, name: person.name, kind: person.kind });
    expect(data.actor.aliases).toEqual(expect.arrayContaining(person.aliases ?? []));
    expect(data.actor.roles).toHaveLength(facts.tenures.filter((t) => t.person === person.id).length);
    for (const tenure of data.actor.roles) expect(tenure.role.title).toEqual(expect.any(String));
  });
});
