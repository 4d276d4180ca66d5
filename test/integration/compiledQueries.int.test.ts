/**
 * One compiled query per root field: a node by id with its relations, what each related statement is
 * about, and a person's roles is one Cypher statement (nodes:tree), answers what the batched loaders
 * answer, and sends one query text per selection shape whatever the arguments (Neo4j plans it once).
 */
import { describe, expect, it } from 'vitest';
import { countQueries, useTestApi, type UntypedData } from '../helpers/api.js';
import { seedFacts } from '../helpers/seedFacts.js';

const api = useTestApi();
const facts = seedFacts();

const RELATION = `type direction properties node { id ... on Statement { text about { id ... on Actor { name } } } }`;
const TENURE = `id start end current note role { id title }`;
const ACTOR = `id name relations(types: $types, direction: $direction) { ${RELATION} } ... on Person { roles { ${TENURE} } }`;

/** By id: the compiled query. */
const BY_ID = `query ($id: ID!, $types: [String!], $direction: Direction) { actor(id: $id) { ${ACTOR} } }`;
/** In a page of actors: the same fields through the loaders (one batched query per level). */
const IN_PAGE = `query ($types: [String!], $direction: Direction) { actors(first: 20) { edges { node { ${ACTOR} } } } }`;

async function ran(query: string, variables: Record<string, unknown>): Promise<{ data: UntypedData; names: string[] }> {
  const { result, queries } = await countQueries(api, () => api.query(query, variables));
  return { data: result, names: queries };
}

describe('a node with its relations, their subjects and its roles: one query', () => {
  const cases: Array<Record<string, unknown>> = [
    {},
    { types: ['SAID'], direction: 'OUT' },
    { types: ['ADDRESSED_TO', 'HOLDS'], direction: 'BOTH' },
  ];

  it('answers what the loaders answer for every actor, in one query each', async () => {
    for (const variables of cases) {
      const { data: page, names: pageQueries } = await ran(IN_PAGE, variables);
      const actors = page.actors.edges.map((e: UntypedData) => e.node);
      expect(actors).toHaveLength(facts.actors.length);
      // The page goes through the loaders: more than one query, so the comparison is of two paths.
      expect(pageQueries.length).toBeGreaterThan(1);
      for (const actor of actors) {
        const { data, names } = await ran(BY_ID, { ...variables, id: actor.id });
        expect(data.actor, `${actor.id} ${JSON.stringify(variables)}`).toEqual(actor);
        expect(names).toEqual(['nodes:tree']);
      }
    }
  });

  it('the two hops of the bench, actor -SAID-> statements -ABOUT-> subjects, come back non-empty', async () => {
    const speaker = facts.statements[0]!.speaker;
    const { data, names } = await ran(BY_ID, { id: speaker, types: ['SAID'], direction: 'OUT' });
    const said = data.actor.relations.map((r: UntypedData) => r.node);
    expect(said.length).toBeGreaterThan(0);
    expect(said.some((s: UntypedData) => s.about.length > 0)).toBe(true);
    expect(names).toEqual(['nodes:tree']);
  });

  it('a node without plannable fields keeps the batched node look-up; an unknown id is null', async () => {
    expect((await ran(`{ actor(id: "${facts.actors[0]!.id}") { id name } }`, {})).names).toEqual(['nodes:by-ids']);
    const missing = await ran(BY_ID, { id: 'person:nobody' });
    expect(missing.data.actor).toBeNull();
    expect(missing.names).toEqual(['nodes:tree']);
  });
});

describe('one shape, one query text', () => {
  it('different actors, types and directions send the same Cypher text', async () => {
    const texts = new Set<string>();
    const stop = api.db.onQuery((e) => e.name === 'nodes:tree' && e.cypher && texts.add(e.cypher));
    try {
      await api.query(BY_ID, { id: facts.actors[0]!.id });
      await api.query(BY_ID, { id: facts.actors[1]!.id, types: ['SAID'], direction: 'OUT' });
      await api.query(BY_ID, { id: facts.events[0]!.id, types: ['TARGETS'], direction: 'IN' });
    } finally {
      stop();
    }
    expect(texts.size).toBe(1);
  });
});
