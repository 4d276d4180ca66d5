/**
 * The peer: @neo4j/graphql 7 serving the same Neo4j database through its generated
 * resolvers, from a small hand-written mapping of the labels and relationship types
 * that actorgraph's ingest writes (src/ingest/writeFacts.ts).
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

/**
 * Every node carries the `Node` label, whose `id` has actorgraph's unique constraint: naming it
 * in @node lets the peer's id lookups use that index, as actorgraph's own lookups do.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Actor @node(labels: ["Actor", "Node"]) @mutation(operations: []) {
    id: ID!
    kind: String!
    name: String!
    said: [Statement!]! @relationship(type: "SAID", direction: OUT)
  }

  type Person @node(labels: ["Person", "Node"]) @mutation(operations: []) {
    id: ID!
    name: String!
    roles: [Role!]! @relationship(type: "HOLDS", direction: OUT, properties: "Tenure")
  }

  type Tenure @relationshipProperties {
    id: ID!
    start: String
    startPrecision: String
    end: String
    endPrecision: String
    current: Boolean!
    note: String
  }

  type Role @node(labels: ["Role", "Node"]) @mutation(operations: []) {
    id: ID!
    title: String!
  }

  type Event @node(labels: ["Event", "Node"]) @mutation(operations: []) {
    id: ID!
    type: String!
    title: String!
  }

  union Subject = Actor | Event | Statement

  type Statement @node(labels: ["Statement", "Node"]) @mutation(operations: []) {
    id: ID!
    text: String!
    kind: String!
    date: String
    sortKey: String!
    speaker: [Actor!]! @relationship(type: "SAID", direction: IN)
    addressees: [Actor!]! @relationship(type: "ADDRESSED_TO", direction: OUT)
    about: [Subject!]! @relationship(type: "ABOUT", direction: OUT)
  }
`;

export async function createPeerSchema(driver: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  return neoSchema.getSchema();
}
