/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** GROUP: a named collective, such as "Russian representatives", that is no formal organization. */
export type ActorKind =
  | 'COUNTRY'
  | 'GROUP'
  | 'ORGANIZATION'
  | 'PERSON';

/** How exact a date is. A WEEK date is the Monday of its week, a MONTH date the 1st, a YEAR date 1 January. */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

export type TestActorEventsQueryVariables = Exact<{
  id: string | number;
}>;


export type TestActorEventsQuery = { actor:
    | { events: Array<{ role: string, actor:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , event: { id: string } }> }
    | { events: Array<{ role: string, actor:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , event: { id: string } }> }
    | { events: Array<{ role: string, actor:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , event: { id: string } }> }
    | { events: Array<{ role: string, actor:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , event: { id: string } }> }
   | null };

export type TestStatementPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> };

export type TestStatementsMadeQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TestStatementsMadeQuery = { actor:
    | { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
    | { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
    | { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
    | { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
   | null };

export type TestStatementsReceivedQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TestStatementsReceivedQuery = { actor:
    | { statementsReceived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
    | { statementsReceived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
    | { statementsReceived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
    | { statementsReceived: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, date: string | null } }> } }
   | null };

export type TestSourceTextsQueryVariables = Exact<{ [key: string]: never; }>;


export type TestSourceTextsQuery = { sources: Array<{ id: string, text: string }> };

export type TestImportJoinsSeedQueryVariables = Exact<{ [key: string]: never; }>;


export type TestImportJoinsSeedQuery = { node:
    | { responses: Array<{ id: string }> }
    | Record<PropertyKey, never>
   | null, actor:
    | { statementsReceived: { edges: Array<{ node: { id: string } }> } }
    | { statementsReceived: { edges: Array<{ node: { id: string } }> } }
    | { statementsReceived: { edges: Array<{ node: { id: string } }> } }
    | { statementsReceived: { edges: Array<{ node: { id: string } }> } }
   | null, events: Array<{ id: string, participants: Array<{ role: string, actor:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> }>, search: Array<{ node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type TestGraphFragment = { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> };

export type TestNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
  at?: string | null | undefined;
}>;


export type TestNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type TestExpandQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  limit?: number | null | undefined;
  at?: string | null | undefined;
}>;


export type TestExpandQuery = { expand: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type TestRelationsOfQueryVariables = Exact<{
  id: string | number;
}>;


export type TestRelationsOfQuery = { node:
    | { relations: Array<{ id: string, type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ id: string, type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ id: string, type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | { relations: Array<{ id: string, type: string, direction: Direction, node:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         }> }
    | Record<PropertyKey, never>
   | null };

export type TestPathFragment = { length: number, nodes: Array<{ id: string, labels: Array<string>, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> };

export type TestShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  at?: string | null | undefined;
}>;


export type TestShortestPathQuery = { shortestPath: { length: number, nodes: Array<{ id: string, labels: Array<string>, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } | null };

export type TestPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  types?: Array<string> | string | null | undefined;
  at?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TestPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, labels: Array<string>, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> }> };

export type TestEdgesAroundQueryVariables = Exact<{
  id: string | number;
}>;


export type TestEdgesAroundQuery = { neighborhood: { edges: Array<{ id: string, source: string, target: string }> } };

export type TestNullDirectionQueryVariables = Exact<{ [key: string]: never; }>;


export type TestNullDirectionQuery = { actor:
    | { relations: Array<{ id: string }> }
    | { relations: Array<{ id: string }> }
    | { relations: Array<{ id: string }> }
    | { relations: Array<{ id: string }> }
   | null };

export type TestSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type TestSourcesQuery = { sources: Array<{ id: string, title: string, publisher: string, url: string | null, published: string | null, publishedPrecision: DatePrecision | null, publishedNote: string | null, dateline: string | null, language: string | null, text: string, cites: Array<{ id: string, title: string }> }> };

export type TestSourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type TestSourceTextQuery = { node:
    | { text: string }
    | Record<PropertyKey, never>
   | null };

export type TestCitationQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type TestCitationQuery = { a:
    | { publisher: string, cites: Array<{ id: string, publisher: string, published: string | null }> }
    | Record<PropertyKey, never>
   | null, b:
    | { text: string, cites: Array<{ id: string }> }
    | Record<PropertyKey, never>
   | null };

export type UnitActorQueryVariables = Exact<{
  id?: string | number | null | undefined;
  name?: string | null | undefined;
}>;


export type UnitActorQuery = { actor:
    | { __typename: 'Country', id: string, name: string }
    | { __typename: 'Group', id: string, name: string }
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, name: string }
   | null };

export type UnitSearchTypesQueryVariables = Exact<{
  text: string;
}>;


export type UnitSearchTypesQuery = { search: Array<{ caption: string, node:
      | { __typename: 'Country', kind: ActorKind, id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Group', kind: ActorKind, id: string }
      | { __typename: 'Organization', kind: ActorKind, id: string }
      | { __typename: 'Person', kind: ActorKind, id: string }
      | { __typename: 'Role', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Statement', id: string }
     }> };

export type UnitActorsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitActorsPageQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TestStatementPageFragmentDoc = new TypedDocumentString(`
    fragment TestStatementPage on StatementConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    cursor
    node {
      id
      date
    }
  }
}
    `, {"fragmentName":"TestStatementPage"}) as unknown as TypedDocumentString<TestStatementPageFragment, unknown>;
export const TestGraphFragmentDoc = new TypedDocumentString(`
    fragment TestGraph on Graph {
  nodes {
    id
    labels
    caption
    properties
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
}
    `, {"fragmentName":"TestGraph"}) as unknown as TypedDocumentString<TestGraphFragment, unknown>;
export const TestPathFragmentDoc = new TypedDocumentString(`
    fragment TestPath on Path {
  length
  nodes {
    id
    labels
    properties
  }
  edges {
    id
    type
    source
    target
    properties
  }
}
    `, {"fragmentName":"TestPath"}) as unknown as TypedDocumentString<TestPathFragment, unknown>;
export const TestActorEventsDocument = new TypedDocumentString(`
    query TestActorEvents($id: ID!) {
  actor(id: $id) {
    events {
      role
      actor {
        id
      }
      event {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestActorEventsQuery, TestActorEventsQueryVariables>;
export const TestStatementsMadeDocument = new TypedDocumentString(`
    query TestStatementsMade($id: ID!, $first: Int, $after: String) {
  actor(id: $id) {
    statements(first: $first, after: $after) {
      ...TestStatementPage
    }
  }
}
    fragment TestStatementPage on StatementConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    cursor
    node {
      id
      date
    }
  }
}`) as unknown as TypedDocumentString<TestStatementsMadeQuery, TestStatementsMadeQueryVariables>;
export const TestStatementsReceivedDocument = new TypedDocumentString(`
    query TestStatementsReceived($id: ID!, $first: Int, $after: String) {
  actor(id: $id) {
    statementsReceived(first: $first, after: $after) {
      ...TestStatementPage
    }
  }
}
    fragment TestStatementPage on StatementConnection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
  edges {
    cursor
    node {
      id
      date
    }
  }
}`) as unknown as TypedDocumentString<TestStatementsReceivedQuery, TestStatementsReceivedQueryVariables>;
export const TestSourceTextsDocument = new TypedDocumentString(`
    query TestSourceTexts {
  sources {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<TestSourceTextsQuery, TestSourceTextsQueryVariables>;
export const TestImportJoinsSeedDocument = new TypedDocumentString(`
    query TestImportJoinsSeed {
  node(id: "stmt:trump-ultimatum-to-russia") {
    ... on Statement {
      responses {
        id
      }
    }
  }
  actor(id: "country:russia") {
    statementsReceived(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
  events(type: "TEST_BRIEFING", actor: "country:russia") {
    id
    participants {
      role
      actor {
        id
      }
    }
  }
  search(text: "Testenko") {
    node {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestImportJoinsSeedQuery, TestImportJoinsSeedQueryVariables>;
export const TestNeighborhoodDocument = new TypedDocumentString(`
    query TestNeighborhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit, at: $at) {
    ...TestGraph
  }
}
    fragment TestGraph on Graph {
  nodes {
    id
    labels
    caption
    properties
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
}`) as unknown as TypedDocumentString<TestNeighborhoodQuery, TestNeighborhoodQueryVariables>;
export const TestExpandDocument = new TypedDocumentString(`
    query TestExpand($ids: [ID!]!, $depth: Int, $types: [String!], $limit: Int, $at: Date) {
  expand(ids: $ids, depth: $depth, types: $types, limit: $limit, at: $at) {
    ...TestGraph
  }
}
    fragment TestGraph on Graph {
  nodes {
    id
    labels
    caption
    properties
  }
  edges {
    id
    type
    source
    target
    properties
  }
  truncated
}`) as unknown as TypedDocumentString<TestExpandQuery, TestExpandQueryVariables>;
export const TestRelationsOfDocument = new TypedDocumentString(`
    query TestRelationsOf($id: ID!) {
  node(id: $id) {
    ... on Actor {
      relations {
        id
        type
        direction
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestRelationsOfQuery, TestRelationsOfQueryVariables>;
export const TestShortestPathDocument = new TypedDocumentString(`
    query TestShortestPath($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops, types: $types, at: $at) {
    ...TestPath
  }
}
    fragment TestPath on Path {
  length
  nodes {
    id
    labels
    properties
  }
  edges {
    id
    type
    source
    target
    properties
  }
}`) as unknown as TypedDocumentString<TestShortestPathQuery, TestShortestPathQueryVariables>;
export const TestPathsDocument = new TypedDocumentString(`
    query TestPaths($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $at: Date, $first: Int) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    types: $types
    at: $at
    first: $first
  ) {
    ...TestPath
  }
}
    fragment TestPath on Path {
  length
  nodes {
    id
    labels
    properties
  }
  edges {
    id
    type
    source
    target
    properties
  }
}`) as unknown as TypedDocumentString<TestPathsQuery, TestPathsQueryVariables>;
export const TestEdgesAroundDocument = new TypedDocumentString(`
    query TestEdgesAround($id: ID!) {
  neighborhood(id: $id, limit: 1000) {
    edges {
      id
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<TestEdgesAroundQuery, TestEdgesAroundQueryVariables>;
export const TestNullDirectionDocument = new TypedDocumentString(`
    query TestNullDirection {
  actor(id: "person:rustem-umerov") {
    relations(direction: null) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<TestNullDirectionQuery, TestNullDirectionQueryVariables>;
export const TestSourcesDocument = new TypedDocumentString(`
    query TestSources {
  sources {
    id
    title
    publisher
    url
    published
    publishedPrecision
    publishedNote
    dateline
    language
    text
    cites {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<TestSourcesQuery, TestSourcesQueryVariables>;
export const TestSourceTextDocument = new TypedDocumentString(`
    query TestSourceText($id: ID!) {
  node(id: $id) {
    ... on Source {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<TestSourceTextQuery, TestSourceTextQueryVariables>;
export const TestCitationDocument = new TypedDocumentString(`
    query TestCitation($a: ID!, $b: ID!) {
  a: node(id: $a) {
    ... on Source {
      publisher
      cites {
        id
        publisher
        published
      }
    }
  }
  b: node(id: $b) {
    ... on Source {
      text
      cites {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TestCitationQuery, TestCitationQueryVariables>;
export const UnitActorDocument = new TypedDocumentString(`
    query UnitActor($id: ID, $name: String) {
  actor(id: $id, name: $name) {
    __typename
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UnitActorQuery, UnitActorQueryVariables>;
export const UnitSearchTypesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<UnitSearchTypesQuery, UnitSearchTypesQueryVariables>;
export const UnitActorsPageDocument = new TypedDocumentString(`
    query UnitActorsPage($first: Int, $after: String) {
  actors(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitActorsPageQuery, UnitActorsPageQueryVariables>;