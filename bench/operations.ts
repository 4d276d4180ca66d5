/**
 * The operations the bench measures, each written three ways: as an actorgraph GraphQL
 * query, as a query of the peer's generated schema (@neo4j/graphql), and as one hand-written
 * Cypher query (the floor). Each way's answer is turned into the same plain shape, so the
 * bench can check that all three return the same data before timing them.
 */

import { graphql } from './__generated__/gql.js';
import type { TypedDocumentString } from './__generated__/graphql.js';

export type System = 'actorgraph' | 'peer' | 'floor';

/**
 * The peer's answers and the floor's rows, as far as the normalisers need them: the peer's schema is
 * @neo4j/graphql's, generated at run time, so only actorgraph's answers have generated types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON of the peer and the floor
type Data = Record<string, any>;

/** `A` is the data type of the actorgraph document, generated from it (bench/__generated__/). */
export interface Operation<A = unknown> {
  key: string;
  title: string;
  /** Sent as text; a generated document, so its answer is typed and checked against the schema. */
  actorgraph: TypedDocumentString<A, never>;
  peer: string;
  floor: { cypher: string; params: Record<string, unknown> };
  /** Turn each system's answer (GraphQL `data`, or the floor's rows) into one comparable shape. */
  normalise: {
    actorgraph(data: A): unknown;
    peer(data: Data): unknown;
    floor(rows: Data): unknown;
  };
}

const UMEROV = 'person:rustem-umerov';
const ZELENSKYY = 'person:volodymyr-zelenskyy';

const byId = <T extends { id: string }>(list: T[]): T[] => [...list].sort((a, b) => a.id.localeCompare(b.id));
const single = (list: Data[], what: string): Data => {
  if (list.length !== 1) throw new Error(`expected exactly one ${what}, got ${list.length}`);
  return list[0]!;
};

interface Tenure {
  title: string;
  start: string | null;
  startPrecision: string | null;
  end: string | null;
  endPrecision: string | null;
  current: boolean;
  note: string | null;
}
const tenure = (t: Data, title: string): Tenure => ({
  title,
  start: t.start ?? null,
  startPrecision: t.startPrecision ?? null,
  end: t.end ?? null,
  endPrecision: t.endPrecision ?? null,
  current: Boolean(t.current),
  note: t.note ?? null,
});

/** Actor name, event title or statement text: what a node is called in a list. */
const caption = (n: Data) => ({ id: String(n.id), caption: String(n.name ?? n.title ?? n.text) });

/** Types an operation's actorgraph normaliser from its document; the list then holds them all alike. */
const operation = <A>(op: Operation<A>): Operation => op;

// The actorgraph documents spell their ids out: codegen reads documents whole, without interpolation.
export const OPERATIONS: Operation[] = [
  operation({
    key: 'actor',
    title: '1. actor by id, with its name',
    actorgraph: graphql(`
      query BenchActor {
        actor(id: "person:rustem-umerov") {
          id
          name
        }
      }
    `),
    peer: `{ actors(where: { id: { eq: "${UMEROV}" } }) { id name } }`,
    floor: { cypher: 'MATCH (a:Node:Actor {id: $id}) RETURN a.id AS id, a.name AS name', params: { id: UMEROV } },
    normalise: {
      actorgraph: (d) => d.actor,
      peer: (d) => single(d.actors, 'actor'),
      floor: (rows) => single(rows as Data[], 'row'),
    },
  }),
  operation({
    key: 'statements',
    title: '2. statements (first 15), each with speaker, addressees and text',
    // Newest first: both order by the stored sortKey (actorgraph's keyset order); addressees by id.
    actorgraph: graphql(`
      query BenchStatements {
        statements(first: 15) {
          edges {
            node {
              text
              speaker {
                name
              }
              addressees {
                name
              }
            }
          }
        }
      }
    `),
    peer: `{ statements(limit: 15, sort: [{ sortKey: ASC }]) { text speaker { name } addressees(sort: [{ id: ASC }]) { name } } }`,
    floor: {
      cypher: `MATCH (s:Statement) WITH s ORDER BY s.sortKey LIMIT $first
               RETURN s.text AS text,
                      COLLECT { MATCH (sp:Actor)-[:SAID]->(s) RETURN sp.name } AS speaker,
                      COLLECT { MATCH (s)-[:ADDRESSED_TO]->(a:Actor) RETURN a.name ORDER BY a.id } AS addressees`,
      params: { first: 15 },
    },
    normalise: {
      actorgraph: (d) =>
        d.statements.edges.map(({ node: s }) => ({
          text: s.text,
          speaker: s.speaker.name,
          addressees: s.addressees.map((a) => a.name),
        })),
      // The peer's relationship fields are lists (v7 has no 1:1 relationships): the one speaker is speaker[0].
      peer: (d) =>
        d.statements.map((s: Data) => ({
          text: s.text,
          speaker: single(s.speaker, 'speaker').name,
          addressees: s.addressees.map((a: Data) => a.name),
        })),
      floor: (rows) =>
        (rows as Data[]).map((r) => ({
          text: r.text,
          speaker: single(r.speaker, 'speaker'),
          addressees: r.addressees,
        })),
    },
  }),
  operation({
    key: 'roles',
    title: "3. a person's roles (HOLDS edges with their properties)",
    // actorgraph orders current first, then latest start; the peer sorts on the edge properties.
    actorgraph: graphql(`
      query BenchRoles {
        actor(id: "person:rustem-umerov") {
          ... on Person {
            roles {
              start
              startPrecision
              end
              endPrecision
              current
              note
              role {
                title
              }
            }
          }
        }
      }
    `),
    peer: `{ people(where: { id: { eq: "${UMEROV}" } }) {
      rolesConnection(sort: [{ edge: { current: DESC } }, { edge: { start: DESC } }, { edge: { id: ASC } }]) {
        edges { properties { start startPrecision end endPrecision current note } node { title } } } } }`,
    floor: {
      cypher: `MATCH (:Node:Person {id: $id})-[h:HOLDS]->(r:Role)
               RETURN r.title AS title, h.start AS start, h.startPrecision AS startPrecision, h.end AS end,
                      h.endPrecision AS endPrecision, h.current AS current, h.note AS note
               ORDER BY h.current DESC, coalesce(h.start, '') DESC, h.id`,
      params: { id: UMEROV },
    },
    normalise: {
      actorgraph: (d) => (d.actor && 'roles' in d.actor ? d.actor.roles : []).map((t) => tenure(t, t.role.title)),
      peer: (d) =>
        single(d.people, 'person').rolesConnection.edges.map((e: Data) => tenure(e.properties, e.node.title)),
      floor: (rows) => (rows as Data[]).map((r) => tenure(r, r.title)),
    },
  }),
  operation({
    key: 'two-hop',
    title: '4. two hops: actor -SAID-> statements -ABOUT-> actors, events, statements',
    // actorgraph walks its generic `relations` field; the peer needs a typed field per hop and a
    // union for the mixed targets of ABOUT (whose members cannot be sorted: compared as sets).
    actorgraph: graphql(`
      query BenchTwoHops {
        actor(id: "person:volodymyr-zelenskyy") {
          relations(types: ["SAID"], direction: OUT) {
            node {
              ... on Statement {
                id
                text
                about {
                  id
                  ... on Actor {
                    name
                  }
                  ... on Event {
                    title
                  }
                  ... on Statement {
                    text
                  }
                }
              }
            }
          }
        }
      }
    `),
    peer: `{ actors(where: { id: { eq: "${ZELENSKYY}" } }) { said(sort: [{ id: ASC }]) {
      id text about { ... on Actor { id name } ... on Event { id title } ... on Statement { id text } } } } }`,
    floor: {
      cypher: `MATCH (:Node:Actor {id: $id})-[:SAID]->(s:Statement)
               RETURN s.id AS id, s.text AS text,
                      COLLECT { MATCH (s)-[:ABOUT]->(m:Node) RETURN {id: m.id, name: m.name, title: m.title, text: m.text} ORDER BY m.id } AS about
               ORDER BY id`,
      params: { id: ZELENSKYY },
    },
    normalise: {
      actorgraph: (d) =>
        byId(
          (d.actor?.relations ?? []).flatMap(({ node: s }) =>
            'about' in s ? [{ id: s.id, text: s.text, about: byId(s.about.map(caption)) }] : [],
          ),
        ),
      peer: (d) =>
        byId(
          single(d.actors, 'actor').said.map((s: Data) => ({
            id: s.id,
            text: s.text,
            about: byId(s.about.map(caption)),
          })),
        ),
      floor: (rows) =>
        byId((rows as Data[]).map((r) => ({ id: r.id, text: r.text, about: byId(r.about.map(caption)) }))),
    },
  }),
];
