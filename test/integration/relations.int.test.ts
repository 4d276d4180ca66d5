/**
 * Actor.relations and the Relation type: ids stable and unique, direction seen from the asking actor,
 * the node at the other end, public properties and evidence; the types and direction filters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { useTestApi } from '../helpers/api.js';
import { edgesAt, seedEdges } from '../helpers/seedEdges.js';
import { evidenceKeys, seedFacts, sorted } from '../helpers/seedFacts.js';

const api = useTestApi();

const facts = seedFacts();
const RELATIONS = `query($id: ID!, $types: [String!], $direction: Direction) {
  node(id: $id) {
    ... on Actor { relations(types: $types, direction: $direction) { id type direction node { __typename id } properties evidence { start end excerpt source { id } } } }
    ... on Event { relations(types: $types, direction: $direction) { id type direction node { __typename id } properties evidence { start end excerpt source { id } } } }
  }
}`;
interface Rel {
  id: string;
  type: string;
  direction: 'OUT' | 'IN';
  node: { __typename: string; id: string };
  properties: Record<string, unknown>;
  evidence: Array<{ start: number; end: number; excerpt: string; source: { id: string } }>;
}
/** Unset filters are left out of the variables (an explicit null is another request: see below). */
const relationsOf = async (id: string, types?: string[], direction?: string): Promise<Rel[]> =>
  (await api.query(RELATIONS, { id, ...(types ? { types } : {}), ...(direction ? { direction } : {}) })).node.relations;

/** Relations seen from every actor and event, keyed by the node they were asked on. */
let seen: Map<string, Rel[]>;
beforeAll(async () => {
  seen = new Map();
  for (const id of [...facts.actors.map((a) => a.id), ...facts.events.map((e) => e.id)])
    seen.set(id, await relationsOf(id));
});

const key = (id: string, type: string, direction: string, node: string) => `${id} ${type} ${direction} ${node}`;

describe('Actor.relations', () => {
  it.each(facts.actors.map((a) => a.id))('%s: every edge the facts file draws at it, and no other', (id) => {
    const answered = seen.get(id)!.map((r) => key(r.id, r.type, r.direction, r.node.id));
    expect(sorted(answered)).toEqual(sorted(edgesAt(id).map((e) => key(e.id, e.type, e.direction, e.node))));
  });

  it('each relation carries the evidence of the fact it records', () => {
    for (const [id, rels] of seen) {
      const expected = edgesAt(id);
      for (const r of rels) {
        const fact = expected.find((e) => e.id === r.id && e.type === r.type && e.direction === r.direction);
        if (!fact) continue; // an unexpected edge: reported by the test above
        expect(evidenceKeys(r.evidence), `${id}: ${r.id}`).toEqual(evidenceKeys(fact.evidence));
      }
    }
  });

  it('each relation carries the properties the facts file gives it', () => {
    for (const [id, rels] of seen) {
      for (const r of rels) {
        const fact = edgesAt(id).find((e) => e.id === r.id && e.type === r.type);
        if (fact) expect(r.properties, `${id}: ${r.id}`).toMatchObject(fact.properties);
      }
    }
  });

  it('properties hold facts only, not bookkeeping (ids, evidence ids, validity, sort keys)', () => {
    for (const rels of seen.values()) {
      for (const r of rels) {
        for (const internal of ['id', 'evidenceIds', 'validFrom', 'validTo', 'sortKey', 'nameKeys', 'aliasesText'])
          expect(r.properties).not.toHaveProperty(internal);
      }
    }
  });

  it('types keeps only relations of those types', async () => {
    const rels = await relationsOf('person:rustem-umerov', ['HOLDS', 'HEADS']);
    expect(sorted(rels.map((r) => r.id))).toEqual(
      sorted(
        edgesAt('person:rustem-umerov')
          .filter((e) => ['HOLDS', 'HEADS'].includes(e.type))
          .map((e) => e.id),
      ),
    );
    expect(await relationsOf('person:rustem-umerov', ['NO_SUCH_TYPE'])).toEqual([]);
  });

  it.each(['OUT', 'IN'] as const)(
    'direction %s keeps only relations in that direction, seen from the actor',
    async (direction) => {
      for (const actor of facts.actors) {
        const rels = await relationsOf(actor.id, undefined, direction);
        expect(sorted(rels.map((r) => `${r.id} ${r.type}`)), `${actor.id} ${direction}`).toEqual(
          sorted(
            edgesAt(actor.id)
              .filter((e) => e.direction === direction)
              .map((e) => `${e.id} ${e.type}`),
          ),
        );
      }
    },
  );

  it('an explicit direction: null is read as the default BOTH (or refused), not as "no relations"', async () => {
    const result = await api.execute(
      graphql(`
        query TestNullDirection {
          actor(id: "person:rustem-umerov") {
            relations(direction: null) {
              id
            }
          }
        }
      `),
    );
    if (result.errors) expect(result.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    else
      expect(sorted(result.data?.actor?.relations.map((r) => r.id) ?? [])).toEqual(
        sorted(edgesAt('person:rustem-umerov').map((e) => e.id)),
      );
  });

  it('types and direction combine', async () => {
    const said = await relationsOf('person:volodymyr-zelenskyy', ['SAID'], 'OUT');
    expect(sorted(said.map((r) => r.node.id))).toEqual(
      sorted(facts.statements.filter((s) => s.speaker === 'person:volodymyr-zelenskyy').map((s) => s.id)),
    );
    for (const r of said) expect(r.node.__typename).toBe('Statement');
    expect(await relationsOf('person:volodymyr-zelenskyy', ['SAID'], 'IN')).toEqual([]);
  });
});

describe('Relation ids', () => {
  it('are unique in each list', () => {
    for (const [id, rels] of seen) {
      const keys = rels.map((r) => r.id);
      expect(new Set(keys).size, id).toBe(keys.length);
    }
  });

  it('name one relationship each, whichever end it is seen from, and both ends agree on it', () => {
    const byId = new Map<
      string,
      { triple: string; type: string; properties: unknown; evidence: string[]; ends: string[] }
    >();
    for (const [viewer, rels] of seen) {
      for (const r of rels) {
        const [from, to] = r.direction === 'OUT' ? [viewer, r.node.id] : [r.node.id, viewer];
        const triple = `${from} ${r.type} ${to}`;
        const known = byId.get(r.id);
        if (!known)
          byId.set(r.id, {
            triple,
            type: r.type,
            properties: r.properties,
            evidence: evidenceKeys(r.evidence),
            ends: [viewer],
          });
        else {
          expect(triple, r.id).toBe(known.triple);
          expect(r.properties, r.id).toEqual(known.properties);
          expect(evidenceKeys(r.evidence), r.id).toEqual(known.evidence);
          known.ends.push(viewer);
        }
      }
    }
    // Every relationship between two actors or events is seen from both of its ends.
    const viewers = new Set(seen.keys());
    for (const [id, r] of byId) {
      const [from, , to] = r.triple.split(' ');
      if (viewers.has(from!) && viewers.has(to!) && from !== to)
        expect(sorted(r.ends), id).toEqual(sorted([from!, to!]));
    }
  });

  it('of the file’s relations are "from>TYPE>to"', () => {
    for (const r of facts.relations) {
      const id = `${r.from}>${r.type}>${r.to}`;
      const at = seen.get(r.from) ?? seen.get(r.to)!;
      expect(
        at.map((x) => x.id),
        id,
      ).toContain(id);
    }
  });

  it('are all different across the whole graph: as many ids as relationships the facts file draws', () => {
    const all = new Set([...seen.values()].flatMap((rels) => rels.map((r) => r.id)));
    const expected = new Set(
      seedEdges()
        .filter((e) => seen.has(e.from) || seen.has(e.to))
        .map((e) => e.id),
    );
    expect(all.size).toBe(expected.size);
  });
});

describe('Relation.node', () => {
  it('resolves to its own type, with its fields', async () => {
    const data = await api.query(
      `{ actor(id: "org:ua-nsdc") { relations { type direction node { __typename ... on Person { name } ... on Role { title } ... on Country { name } } } } }`,
    );
    expect(data.actor.relations).toEqual(
      expect.arrayContaining([
        { type: 'HEADS', direction: 'IN', node: { __typename: 'Person', name: 'Rustem Umerov' } },
        {
          type: 'POST_IN',
          direction: 'IN',
          node: { __typename: 'Role', title: 'Secretary of the National Security and Defence Council of Ukraine' },
        },
        { type: 'PART_OF', direction: 'OUT', node: { __typename: 'Country', name: 'Ukraine' } },
      ]),
    );
  });
});
