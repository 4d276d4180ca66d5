/**
 * Loaders and type resolution over fake repositories: the nested fields of a list ask their repository once
 * for the whole list, a loader answers each id once per request, and every record resolves to its own type.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeRecord } from '../../src/repositories/records.js';
import type { AdjacencyKey } from '../../src/repositories/relationRepository.js';
import { graphql } from '../__generated__/gql.js';
import { useFakeApi } from '../helpers/fakeRepositories.js';
import { countryRecord, eventRecord, findIn, personRecord, STATED, statementRecord } from '../helpers/fakeRecords.js';

const UMEROV = personRecord('person:rustem-umerov', 'Rustem Umerov');
const ZELENSKYY = personRecord('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy');
const UKRAINE = countryRecord('country:ukraine', 'Ukraine');
const TALKS = eventRecord('event:talks', 'Talks in Istanbul');
const OFFER = statementRecord('statement:offer', 'We offer talks.');
const KNOWN: NodeRecord[] = [UMEROV, ZELENSKYY, UKRAINE, TALKS, OFFER];

/** Each actor's only relationship: CITIZEN_OF Ukraine. */
async function adjacent(keys: readonly AdjacencyKey[]) {
  return keys.map((key) => ({
    total: 1,
    rows: [
      {
        key: `${key.id}:citizen`,
        record: {
          relation: {
            id: `${key.id}:citizen`,
            type: 'CITIZEN_OF',
            direction: 'OUT' as const,
            nodeId: UKRAINE.id,
            properties: {},
            evidenceIds: [],
            ...STATED,
          },
          node: UKRAINE,
        },
      },
    ],
  }));
}

const nodes = { findByIds: vi.fn(findIn(KNOWN)), search: vi.fn() };
const relations = { adjacent: vi.fn(adjacent) };
const api = useFakeApi({ nodes, relations });

beforeEach(() => {
  vi.clearAllMocks();
  nodes.search.mockResolvedValue(KNOWN.map((node, i) => ({ node, score: 1 - i / 10 })));
});

describe('loaders', () => {
  it('node(id) fields of one request ask findByIds once, for every id at once, each id once', async () => {
    const data = await api.query(`{
      a: node(id: "${UMEROV.id}") { id }
      b: node(id: "${ZELENSKYY.id}") { id }
      c: node(id: "${UMEROV.id}") { id }
      d: node(id: "person:nobody") { id }
    }`);
    expect(data).toEqual({ a: { id: UMEROV.id }, b: { id: ZELENSKYY.id }, c: { id: UMEROV.id }, d: null });
    expect(nodes.findByIds).toHaveBeenCalledTimes(1);
    expect(nodes.findByIds.mock.calls[0]?.[0]).toEqual([UMEROV.id, ZELENSKYY.id, 'person:nobody']);
  });

  it('a nested field over a list of actors asks its repository once, with one key per actor', async () => {
    const data = await api.query(`{
      a: actor(id: "${UMEROV.id}") { ... on Person { country { name } } }
      b: actor(id: "${ZELENSKYY.id}") { ... on Person { country { name } } }
    }`);
    expect(data).toEqual({ a: { country: { name: 'Ukraine' } }, b: { country: { name: 'Ukraine' } } });
    expect(relations.adjacent).toHaveBeenCalledTimes(1);
    expect(relations.adjacent.mock.calls[0]?.[0].map((k) => k.id)).toEqual([UMEROV.id, ZELENSKYY.id]);
  });

  // Through search: below a node by id, relations are compiled into that node's own query (nodes:tree).
  it('neighbours arrive whole: asking for them by id afterwards costs no query', async () => {
    await api.query(`{
      a: actor(id: "${UMEROV.id}") { ... on Person { country { name } } }
      b: search(text: "Zelenskyy") { node { ... on Actor { relations { node { ... on Country { name } } } } } }
    }`);
    expect(nodes.findByIds).toHaveBeenCalledTimes(1);
  });

  it('loaders live for one request: the next one asks again', async () => {
    const query = `{ node(id: "${UMEROV.id}") { id } }`;
    await api.query(query);
    await api.query(query);
    expect(nodes.findByIds).toHaveBeenCalledTimes(2);
  });
});

describe('type resolution', () => {
  const SEARCH = graphql(`
    query UnitSearchTypes($text: String!) {
      search(text: $text) {
        caption
        node {
          __typename
          id
          ... on Actor {
            kind
          }
        }
      }
    }
  `);

  it('every record resolves to the GraphQL type it names, through the Node and Actor interfaces', async () => {
    const { search } = await api.query(SEARCH, { text: 'anything' });
    expect(search.map((hit) => hit.node)).toEqual([
      { __typename: 'Person', id: UMEROV.id, kind: 'PERSON' },
      { __typename: 'Person', id: ZELENSKYY.id, kind: 'PERSON' },
      { __typename: 'Country', id: UKRAINE.id, kind: 'COUNTRY' },
      { __typename: 'Event', id: TALKS.id },
      { __typename: 'Statement', id: OFFER.id },
    ]);
  });

  it('captions name actors, title events and quote statements', async () => {
    const { search } = await api.query(SEARCH, { text: 'anything' });
    expect(search.map((hit) => hit.caption)).toEqual([
      UMEROV.name,
      ZELENSKYY.name,
      UKRAINE.name,
      TALKS.title,
      `“${OFFER.text}”`,
    ]);
  });
});
