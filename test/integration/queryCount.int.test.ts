/**
 * One round trip: every root field of Query, asked for the scalar fields of its result, runs exactly
 * one Cypher query; nested lists are batched, so the number of queries does not grow with the list.
 * Counted with Database.onQuery.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';
import { countQueries, useTestApi } from '../helpers/api.js';
import { seedFacts } from '../helpers/seedFacts.js';

const facts = seedFacts();
/** The root fields the schema declares, read synchronously so that every one gets its own test. */
const ROOT_FIELDS = Object.keys(buildSchema(loadTypeDefs()).getQueryType()!.getFields());

const api = useTestApi();

const GRAPH_NODE = `id labels caption properties`;
const GRAPH_EDGE = `id type source target properties`;
const PATH = `length nodes { ${GRAPH_NODE} } edges { ${GRAPH_EDGE} }`;
const GRAPH = `truncated hubsCapped nodes { ${GRAPH_NODE} } edges { ${GRAPH_EDGE} }`;
const ACTOR_SCALARS = `id kind name aliases description`;

/** Per root field, operations that select only scalar fields of its result (and of records the same query returns). */
const ROOT_CASES: Record<string, string[]> = {
  node: [
    `{ node(id: "person:rustem-umerov") { id ... on Person { ${ACTOR_SCALARS} } } }`,
    `{ node(id: "stmt:peskov-acknowledges-more-momentum") { id ... on Statement { text kind date datePrecision dateNote } } }`,
    `{ node(id: "person:nobody") { id } }`,
  ],
  actor: [
    `{ actor(id: "person:rustem-umerov") { ${ACTOR_SCALARS} } }`,
    `{ actor(name: "Zelensky") { ${ACTOR_SCALARS} } }`,
    `{ actor(name: "zelenskiy") { id name } }`,
  ],
  actors: [
    `{ actors(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ACTOR_SCALARS} } } } }`,
    `{ actors(kind: PERSON, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`,
  ],
  search: [
    `{ search(text: "Umerov") { caption score node { id } } }`,
    `{ search(text: "ceasefire", first: 20) { caption score node { id } } }`,
  ],
  statements: [
    `{ statements(first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id text kind date datePrecision dateNote } } } }`,
    `{ statements(speaker: "person:volodymyr-zelenskyy", kind: QUOTE, from: "2025-07-01", first: 2) { totalCount edges { node { id text } } } }`,
  ],
  events: [
    `{ events { id type title description date datePrecision dateNote status } }`,
    `{ events(actor: "person:rustem-umerov", from: "2025-01-01") { id title date } }`,
  ],
  eventsConnection: [
    `{ eventsConnection(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type title date status } } } }`,
  ],
  sources: [`{ sources { id title publisher url published publishedPrecision publishedNote dateline language text } }`],
  shortestPath: [
    `{ shortestPath(from: "person:maria-zakharova", to: "person:donald-trump") { ${PATH} } }`,
    `{ shortestPath(from: "person:rustem-umerov", to: "org:ua-nsdc", types: ["HEADS", "HOLDS", "POST_IN"], at: "2025-06-01", maxHops: 3) { ${PATH} } }`,
    `{ shortestPath(from: "person:donald-trump", to: "person:donald-trump") { ${PATH} } }`,
  ],
  paths: [`{ paths(from: "person:maria-zakharova", to: "person:donald-trump", first: 10) { ${PATH} } }`],
  neighborhood: [
    `{ neighborhood(id: "person:rustem-umerov") { ${GRAPH} } }`,
    `{ neighborhood(id: "country:russia", depth: 2, limit: 30, at: "2025-07-20") { ${GRAPH} } }`,
  ],
  expand: [`{ expand(ids: ["person:rustem-umerov", "person:donald-trump"], depth: 2) { ${GRAPH} } }`],
  timeline: [
    `{ timeline(actor: "person:rustem-umerov") { kind date datePrecision caption parts node { id } tenure { id start startPrecision end endPrecision current note } } }`,
    `{ timeline(actor: "person:volodymyr-zelenskyy", from: "2025-07-01") { kind date caption node { id } } }`,
  ],
  auditLog: [
    `{ auditLog(first: 5) { pageInfo { hasNextPage endCursor } edges { cursor node { id at by mutation extractor reason addedNodes addedEdges retractedNodes retractedEdges } } } }`,
    `{ auditLog(actor: "person:rustem-umerov", from: "2025-01-01T00:00:00Z", first: 2) { edges { node { id mutation } } } }`,
  ],
  timelineConnection: [
    `{ timelineConnection(actor: "person:rustem-umerov", first: 3) { edges { cursor node { kind date caption parts node { id } tenure { id } } } pageInfo { hasNextPage endCursor } } }`,
  ],
};

/** The root fields the running API reports (introspection: no Cypher). */
async function rootFields(): Promise<string[]> {
  const data = await api.query<{ __schema: { queryType: { fields: Array<{ name: string }> } } }>(
    `{ __schema { queryType { fields { name } } } }`,
  );
  return data.__schema.queryType.fields.map((f) => f.name);
}

/** Runs an operation that must succeed; returns its data and the queries it ran. */
async function counted(query: string): Promise<{ data: Record<string, unknown>; queries: string[] }> {
  const { result, queries } = await countQueries(api, () => api.query(query));
  return { data: result, queries };
}

describe('every root field of Query runs exactly one Cypher query', () => {
  it('there is a case for every root field of the schema', async () => {
    const fields = await rootFields();
    expect(fields.sort()).toEqual([...ROOT_FIELDS].sort());
    for (const name of [
      'node',
      'actor',
      'actors',
      'search',
      'statements',
      'events',
      'sources',
      'shortestPath',
      'paths',
      'neighborhood',
      'expand',
      'timeline',
    ]) {
      expect(fields).toContain(name);
    }
    expect(fields.filter((f) => !ROOT_CASES[f])).toEqual([]);
  });

  // One test per root field of the schema (a case for a field the schema lacks is not run).
  for (const field of ROOT_FIELDS) {
    (ROOT_CASES[field] ?? []).forEach((query, i) => {
      it(`${field} (${i + 1}): one query`, async () => {
        const { data, queries: ran } = await counted(query);
        expect(field in data).toBe(true);
        expect(ran, query).toHaveLength(1);
      });
    });
  }
});

describe('nested lists are batched: the number of queries does not depend on the length of the list', () => {
  const statementsQuery = (first: number, fields: string) =>
    `{ statements(first: ${first}) { totalCount edges { node { id ${fields} } } } }`;

  it('statements with speaker { name } speakerRole { title } addressees { name } evidence { excerpt }: one query (the page fetches them) for first: 2, 8 and 15', async () => {
    const fields = `speaker { name } speakerRole { title } addressees { name } evidence { excerpt }`;
    const counts: number[] = [];
    for (const first of [2, 8, facts.statements.length]) {
      const { data, queries } = await counted(statementsQuery(first, fields));
      const edges = (data.statements as { edges: Array<{ node: { addressees: unknown[]; evidence: unknown[] } }> })
        .edges;
      expect(edges).toHaveLength(first);
      expect(edges.every((e) => e.node.evidence.length > 0)).toBe(true);
      counts.push(queries.length);
    }
    expect(counts).toEqual([1, 1, 1]);
  });

  it("an actor or node by id with its relations, their statements' subjects and its roles: one query (compiled), for a short and a long list", async () => {
    const query = (root: string, id: string) => `{ ${root}(id: "${id}") { id ... on Actor { relations { type node { id
      ... on Statement { text about { id ... on Actor { name } } } } } } ... on Person { roles { start role { title } } } } }`;
    const byDegree = [...new Set(facts.statements.map((s) => s.speaker))]
      .map((id) => ({ id, said: facts.statements.filter((s) => s.speaker === id).length }))
      .sort((a, b) => a.said - b.said);
    for (const root of ['actor', 'node']) {
      for (const { id } of [byDegree[0]!, byDegree.at(-1)!]) {
        const { data, queries } = await counted(query(root, id));
        expect((data[root] as { relations: unknown[] }).relations.length, id).toBeGreaterThan(0);
        expect(queries, `${root} ${id}`).toEqual(['nodes:tree']);
      }
    }
  });

  it('statements with every nested field: the same count for first: 2 and 15', async () => {
    const fields = `speaker { name } speakerRole { title } addressees { name } about { id } respondsTo { id } responses { id }
      thread { depth node { id } } evidence { excerpt start end source { title } }`;
    const small = await counted(statementsQuery(2, fields));
    const all = await counted(statementsQuery(facts.statements.length, fields));
    expect(all.queries.length).toBe(small.queries.length);
  });

  it('actors with their statements, each with its speaker and addressees: one query per level (2), for a short page and a long one', async () => {
    // 40 actors × 2 statements stays under the query cost bound (docs/queries.md).
    const query = (first: number) =>
      `{ actors(first: ${first}) { edges { node { id statements(first: 2) { edges { node { id speaker { id } addressees { id } } } } } } } }`;
    const small = await counted(query(2));
    const all = await counted(query(40));
    const withSpeakers = (all.data.actors as { edges: Array<{ node: { statements: { edges: unknown[] } } }> }).edges;
    expect(withSpeakers.some((e) => e.node.statements.edges.length > 0)).toBe(true);
    expect([small.queries.length, all.queries.length]).toEqual([2, 2]);
  });

  it('actors with their statements, relations, events, interlocutors, evidence, roles and heads: the same count for a short page (a Person and an Organization in it) and all', async () => {
    const query = (first: number) => `{ actors(first: ${first}) { edges { node { id
      statements(first: 2) { totalCount }
      relations { type }
      events { role }
      interlocutors { addressed }
      evidence { excerpt }
      ... on Person { roles { id } }
      ... on Organization { heads { name } }
    } } } }`;
    // The small page must hold a Person and an Organization, or it would skip their type-specific fields'
    // queries and compare fewer query shapes than the whole list makes.
    const order = await counted('{ actors(first: 100) { edges { node { __typename } } } }');
    const types = (order.data.actors as { edges: Array<{ node: { __typename: string } }> }).edges.map(
      (e) => e.node.__typename,
    );
    const smallSize = Math.max(2, types.indexOf('Person') + 1, types.indexOf('Organization') + 1);
    expect(smallSize).toBeLessThan(types.length);
    const small = await counted(query(smallSize));
    const all = await counted(query(100));
    expect((all.data.actors as { edges: unknown[] }).edges).toHaveLength(facts.actors.length);
    expect(all.queries.length).toBe(small.queries.length);
  });

  it('events with participants and evidence: the same count for one event and for all', async () => {
    const query = (args: string) =>
      `{ events${args} { id participants { role actor { name } evidence { excerpt } } relations { type node { id } } evidence { excerpt source { title } } } }`;
    const one = await counted(query('(type: "ULTIMATUM")'));
    const all = await counted(query(''));
    expect((one.data.events as unknown[]).length).toBe(1);
    expect((all.data.events as unknown[]).length).toBe(facts.events.length);
    expect(all.queries.length).toBe(one.queries.length);
  });

  it('timeline entries with their statements, events and tenures: the same count for a short and a long timeline', async () => {
    const query = (actor: string, bounds: string) => `{ timeline(actor: "${actor}"${bounds}) { kind
      node { id ... on Statement { speaker { name } evidence { excerpt } } ... on Event { participants { role actor { name } } evidence { excerpt } } }
      tenure { id role { title } person { name } evidence { excerpt } } } }`;
    const pairs: Array<[string, string, string]> = [
      // Statements and events: the day of the address only, then all of them.
      ['person:volodymyr-zelenskyy', ', from: "2025-07-19", to: "2025-07-19"', ''],
      // Events only: the ultimatum week, then all of 2025.
      ['country:russia', ', from: "2025-07-14", to: "2025-07-14"', ', from: "2025-01-01", to: "2025-12-31"'],
      // Tenure ends and starts, and events.
      ['person:rustem-umerov', ', from: "2025-07-07", to: "2025-07-07"', ''],
    ];
    for (const [actor, narrow, wide] of pairs) {
      const short = await counted(query(actor, narrow));
      const long = await counted(query(actor, wide));
      const kinds = (d: Record<string, unknown>) =>
        [...new Set((d.timeline as Array<{ kind: string }>).map((e) => e.kind))].sort();
      expect((long.data.timeline as unknown[]).length, actor).toBeGreaterThan(
        (short.data.timeline as unknown[]).length,
      );
      expect(kinds(short.data).filter((k) => k !== 'TENURE_START' && k !== 'TENURE_END')).toEqual(
        kinds(long.data).filter((k) => k !== 'TENURE_START' && k !== 'TENURE_END'),
      );
      expect(long.queries.length, actor).toBe(short.queries.length);
    }
  });
});
