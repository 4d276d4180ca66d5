/**
 * The argument checks of the root resolvers, over fake repositories: a bad argument is BAD_USER_INPUT naming
 * it, before any repository is asked; good arguments reach the repository with their defaults filled in.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { errorCodes } from '../helpers/api.js';
import { useFakeApi } from '../helpers/fakeRepositories.js';
import { findIn, personRecord, statementRecord } from '../helpers/fakeRecords.js';

const UMEROV = personRecord('person:rustem-umerov', 'Rustem Umerov');
const STATEMENT = statementRecord('statement:one', 'We are ready to talk.');

const nodes = { findByIds: vi.fn(findIn([UMEROV, STATEMENT])), actorByName: vi.fn(), search: vi.fn() };
const graph = { neighbourhood: vi.fn(), paths: vi.fn() };
const api = useFakeApi({ nodes, graph });

beforeEach(() => {
  vi.clearAllMocks();
  nodes.actorByName.mockResolvedValue(UMEROV);
  nodes.search.mockResolvedValue([]);
  graph.neighbourhood.mockResolvedValue({ nodes: [UMEROV], edges: [], truncated: false, hubsCapped: [] });
  graph.paths.mockResolvedValue([]);
});

/** The code and argumentName of the one error of a response. */
async function refusal(query: string): Promise<{ code: unknown; argumentName: unknown }> {
  const result = await api.execute(query);
  expect(errorCodes(result), query).toHaveLength(1);
  return { code: errorCodes(result)[0], argumentName: result.errors?.[0]?.extensions?.argumentName };
}

describe('actor(id, name)', () => {
  const ACTOR = graphql(`
    query UnitActor($id: ID, $name: String) {
      actor(id: $id, name: $name) {
        __typename
        id
        name
      }
    }
  `);

  it.each([
    ['neither', {}, 'id'],
    ['both', { id: UMEROV.id, name: 'Umerov' }, 'name'],
  ])('with %s of id and name is BAD_USER_INPUT, asking nothing of the repositories', async (_, vars, argument) => {
    const result = await api.execute(ACTOR, vars);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.argumentName).toBe(argument);
    expect(nodes.findByIds).not.toHaveBeenCalled();
    expect(nodes.actorByName).not.toHaveBeenCalled();
  });

  it('by name asks actorByName with the name as given', async () => {
    const data = await api.query(ACTOR, { name: 'umerov' });
    expect(nodes.actorByName).toHaveBeenCalledWith('umerov');
    expect(data.actor).toEqual({ __typename: 'Person', id: UMEROV.id, name: UMEROV.name });
  });

  it('by the id of a node that is not an actor is null', async () => {
    expect((await api.query(ACTOR, { id: STATEMENT.id })).actor).toBeNull();
    expect((await api.query(ACTOR, { id: UMEROV.id })).actor?.id).toBe(UMEROV.id);
  });
});

describe('search(text, first)', () => {
  it('refuses a text without a word', async () => {
    expect(await refusal(`{ search(text: "   ") { score } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'text',
    });
    expect(nodes.search).not.toHaveBeenCalled();
  });

  it.each([-1, 101])('refuses first: %i', async (first) => {
    expect(await refusal(`{ search(text: "Umerov", first: ${first}) { score } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });

  it('passes the text and a first of 10 by default', async () => {
    await api.query(`{ search(text: "Umerov") { score } }`);
    expect(nodes.search).toHaveBeenCalledWith('Umerov', 10);
  });
});

describe('neighborhood and expand', () => {
  it.each([
    ['depth: 0', 'depth'],
    ['depth: 4', 'depth'],
    ['limit: 0', 'limit'],
    ['limit: 1001', 'limit'],
  ])('refuse %s before any Cypher runs', async (args, argumentName) => {
    for (const query of [
      `{ neighborhood(id: "${UMEROV.id}", ${args}) { truncated } }`,
      `{ expand(ids: ["${UMEROV.id}"], ${args}) { truncated } }`,
    ]) {
      expect(await refusal(query)).toEqual({ code: 'BAD_USER_INPUT', argumentName });
    }
    expect(graph.neighbourhood).not.toHaveBeenCalled();
  });

  it('expand refuses an empty list of ids', async () => {
    expect(await refusal(`{ expand(ids: []) { truncated } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'ids',
    });
  });

  it('neighborhood asks for depth 1 and 200 nodes, unfiltered, by default', async () => {
    await api.query(`{ neighborhood(id: "${UMEROV.id}") { truncated } }`);
    expect(graph.neighbourhood).toHaveBeenCalledWith([UMEROV.id], 1, 200, {
      types: null,
      basis: null,
      at: null,
      certainty: 'CERTAIN',
    });
  });

  it('says truncated, and which hubs were capped, as the repository found', async () => {
    graph.neighbourhood.mockResolvedValue({ nodes: [UMEROV], edges: [], truncated: true, hubsCapped: [UMEROV.id] });
    expect(
      (await api.query(`{ neighborhood(id: "${UMEROV.id}", limit: 1) { truncated hubsCapped } }`)).neighborhood,
    ).toEqual({ truncated: true, hubsCapped: [UMEROV.id] });
  });
});

describe('shortestPath and paths', () => {
  it.each([0, 7])('refuse maxHops: %i', async (maxHops) => {
    for (const field of ['shortestPath', 'paths']) {
      expect(await refusal(`{ ${field}(from: "a", to: "b", maxHops: ${maxHops}) { length } }`)).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'maxHops',
      });
    }
    expect(graph.paths).not.toHaveBeenCalled();
  });

  it.each([0, 21])('paths refuses first: %i', async (first) => {
    expect(await refusal(`{ paths(from: "a", to: "b", first: ${first}) { length } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
  });

  it('from a node to itself is the path of length 0, with no path query', async () => {
    const data = await api.query(`{ shortestPath(from: "${UMEROV.id}", to: "${UMEROV.id}") { length nodes { id } } }`);
    expect(data.shortestPath).toEqual({ length: 0, nodes: [{ id: UMEROV.id }] });
    expect(graph.paths).not.toHaveBeenCalled();
  });

  it('asks for one path for shortestPath and `first` for paths, more than one only for paths', async () => {
    await api.query(`{ shortestPath(from: "a", to: "b") { length } }`);
    await api.query(`{ paths(from: "a", to: "b", maxHops: 3) { length } }`);
    expect(graph.paths.mock.calls).toEqual([
      ['a', 'b', 4, 1, { types: null, basis: null, at: null, certainty: 'CERTAIN' }, false],
      ['a', 'b', 3, 5, { types: null, basis: null, at: null, certainty: 'CERTAIN' }, true],
    ]);
  });
});

describe('a repository that fails', () => {
  it('is INTERNAL_SERVER_ERROR without its message or stack', async () => {
    nodes.search.mockRejectedValue(new Error('secret internals'));
    const result = await api.execute(`{ search(text: "Umerov") { score } }`);
    expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(result)).not.toContain('secret internals');
  });
});
