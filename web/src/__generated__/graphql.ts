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

/** Whether an event happened, or is only proposed, planned, awaited, or reported as not having happened. */
export type EventStatus =
  | 'NOT_OCCURRED'
  | 'OCCURRED'
  | 'PENDING'
  | 'PLANNED'
  | 'PROPOSED';

export type StatementKind =
  /** Reported speech. */
  | 'PARAPHRASE'
  /** A direct quotation. */
  | 'QUOTE';

export type ExplorerGraphNodeFragment = { id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> };

export type ExplorerGraphEdgeFragment = { id: string, type: string, source: string, target: string, properties: Record<string, unknown> };

export type ExplorerGraphFragment = { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type ExplorerExpandQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  at?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerExpandQuery = { expand: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } };

export type ExplorerShortestPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  at?: string | null | undefined;
}>;


export type ExplorerShortestPathQuery = { shortestPath: { length: number, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ caption: string, score: number, node:
      | { __typename: 'Country', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Group', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Role', id: string }
      | { __typename: 'Source', id: string }
      | { __typename: 'Statement', id: string }
     }> };

export type ExplorerStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStartQuery = { actors: { edges: Array<{ node:
        | { id: string, name: string, statements: { totalCount: number } }
        | { id: string, name: string, statements: { totalCount: number } }
        | { id: string, name: string, statements: { totalCount: number } }
        | { id: string, name: string, statements: { totalCount: number } }
       }> } };

type ExplorerNodeRef_Country_Fragment = { __typename: 'Country', name: string, id: string };

type ExplorerNodeRef_Event_Fragment = { __typename: 'Event', title: string, id: string };

type ExplorerNodeRef_Group_Fragment = { __typename: 'Group', name: string, id: string };

type ExplorerNodeRef_Organization_Fragment = { __typename: 'Organization', name: string, id: string };

type ExplorerNodeRef_Person_Fragment = { __typename: 'Person', name: string, id: string };

type ExplorerNodeRef_Role_Fragment = { __typename: 'Role', title: string, id: string };

type ExplorerNodeRef_Source_Fragment = { __typename: 'Source', title: string, id: string };

type ExplorerNodeRef_Statement_Fragment = { __typename: 'Statement', text: string, id: string };

export type ExplorerNodeRefFragment =
  | ExplorerNodeRef_Country_Fragment
  | ExplorerNodeRef_Event_Fragment
  | ExplorerNodeRef_Group_Fragment
  | ExplorerNodeRef_Organization_Fragment
  | ExplorerNodeRef_Person_Fragment
  | ExplorerNodeRef_Role_Fragment
  | ExplorerNodeRef_Source_Fragment
  | ExplorerNodeRef_Statement_Fragment
;

type ExplorerActorRef_Country_Fragment = { __typename: 'Country', id: string, name: string };

type ExplorerActorRef_Group_Fragment = { __typename: 'Group', id: string, name: string };

type ExplorerActorRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string };

type ExplorerActorRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

export type ExplorerActorRefFragment =
  | ExplorerActorRef_Country_Fragment
  | ExplorerActorRef_Group_Fragment
  | ExplorerActorRef_Organization_Fragment
  | ExplorerActorRef_Person_Fragment
;

export type ExplorerEvidenceFragment = { excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } };

export type ExplorerTenureFragment = { id: string, start: string | null, startPrecision: DatePrecision | null, end: string | null, endPrecision: DatePrecision | null, current: boolean, note: string | null, role: { id: string, title: string, organization: { __typename: 'Organization', id: string, name: string } | null }, person: { __typename: 'Person', id: string, name: string }, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> };

export type ExplorerNodeDetailsQueryVariables = Exact<{
  id: string | number;
  at?: string | null | undefined;
  dated: boolean;
}>;


export type ExplorerNodeDetailsQuery = { node:
    | { __typename: 'Country', name: string, kind: ActorKind, aliases: Array<string>, description: string | null, id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }>, events: Array<{ role: string, event: { __typename: 'Event', id: string, title: string } }>, statements: { totalCount: number }, statementsReceived: { totalCount: number } }
    | { __typename: 'Event', title: string, type: string, status: EventStatus, description: string | null, date: string | null, datePrecision: DatePrecision | null, dateNote: string | null, id: string, participants: Array<{ role: string, relationType: string, actor:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Group', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         }>, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }
    | { __typename: 'Group', name: string, kind: ActorKind, aliases: Array<string>, description: string | null, id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }>, events: Array<{ role: string, event: { __typename: 'Event', id: string, title: string } }>, statements: { totalCount: number }, statementsReceived: { totalCount: number } }
    | { __typename: 'Organization', name: string, kind: ActorKind, aliases: Array<string>, description: string | null, id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }>, events: Array<{ role: string, event: { __typename: 'Event', id: string, title: string } }>, statements: { totalCount: number }, statementsReceived: { totalCount: number }, country: { __typename: 'Country', id: string, name: string } | null, heads: Array<{ __typename: 'Person', id: string, name: string }> }
    | { __typename: 'Person', name: string, kind: ActorKind, aliases: Array<string>, description: string | null, id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }>, events: Array<{ role: string, event: { __typename: 'Event', id: string, title: string } }>, statements: { totalCount: number }, statementsReceived: { totalCount: number }, country: { __typename: 'Country', id: string, name: string } | null, roles: Array<{ id: string, start: string | null, startPrecision: DatePrecision | null, end: string | null, endPrecision: DatePrecision | null, current: boolean, note: string | null, role: { id: string, title: string, organization: { __typename: 'Organization', id: string, name: string } | null }, person: { __typename: 'Person', id: string, name: string }, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }>, rolesOnDate?: Array<{ id: string }> }
    | { __typename: 'Role', title: string, aliases: Array<string>, id: string, organization: { __typename: 'Organization', id: string, name: string } | null, country: { __typename: 'Country', id: string, name: string } | null, holders: Array<{ id: string, start: string | null, startPrecision: DatePrecision | null, end: string | null, endPrecision: DatePrecision | null, current: boolean, note: string | null, role: { id: string, title: string, organization: { __typename: 'Organization', id: string, name: string } | null }, person: { __typename: 'Person', id: string, name: string }, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }>, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }
    | { __typename: 'Source', title: string, publisher: string, published: string | null, dateline: string | null, url: string | null, text: string, id: string }
    | { __typename: 'Statement', text: string, date: string | null, datePrecision: DatePrecision | null, dateNote: string | null, id: string, statementKind: StatementKind, speaker:
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      , speakerRole: { __typename: 'Role', id: string, title: string } | null, addressees: Array<
        | { __typename: 'Country', id: string, name: string }
        | { __typename: 'Group', id: string, name: string }
        | { __typename: 'Organization', id: string, name: string }
        | { __typename: 'Person', id: string, name: string }
      >, about: Array<
        | { __typename: 'Country', name: string, id: string }
        | { __typename: 'Event', title: string, id: string }
        | { __typename: 'Group', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Role', title: string, id: string }
        | { __typename: 'Source', title: string, id: string }
        | { __typename: 'Statement', text: string, id: string }
      >, respondsTo: Array<
        | { __typename: 'Country', name: string, id: string }
        | { __typename: 'Event', title: string, id: string }
        | { __typename: 'Group', name: string, id: string }
        | { __typename: 'Organization', name: string, id: string }
        | { __typename: 'Person', name: string, id: string }
        | { __typename: 'Role', title: string, id: string }
        | { __typename: 'Source', title: string, id: string }
        | { __typename: 'Statement', text: string, id: string }
      >, responses: Array<{ __typename: 'Statement', id: string, text: string, date: string | null, speaker:
          | { __typename: 'Country', id: string, name: string }
          | { __typename: 'Group', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
          | { __typename: 'Person', id: string, name: string }
         }>, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }
   | null };

export type ExplorerEdgeEvidenceQueryVariables = Exact<{
  id: string | number;
  type: string;
  at?: string | null | undefined;
}>;


export type ExplorerEdgeEvidenceQuery = { node:
    | { relations: Array<{ id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }> }
    | { relations: Array<{ id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }> }
    | { relations: Array<{ id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }> }
    | { relations: Array<{ id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }> }
    | { relations: Array<{ id: string, evidence: Array<{ excerpt: string, start: number, end: number, source: { id: string, title: string, publisher: string, published: string | null, url: string | null } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExplorerSourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerSourceTextQuery = { node:
    | { text: string }
    | Record<PropertyKey, never>
   | null };

export type ExplorerFactsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ExplorerFactsChangedSubscription = { factsChanged: { id: string, mutation: string, added: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, properties: Record<string, unknown> }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: Record<string, unknown> }> }, retracted: { nodes: Array<{ id: string }>, edges: Array<{ id: string }> } } };

export type ExplorerAddAddresseeMutationVariables = Exact<{
  statement: string | number;
  addressee: string | number;
}>;


export type ExplorerAddAddresseeMutation = { addAddressee: { change: { id: string } } };

export type ExplorerRemoveAddresseeMutationVariables = Exact<{
  statement: string | number;
  addressee: string | number;
  reason: string;
}>;


export type ExplorerRemoveAddresseeMutation = { removeAddressee: { change: { id: string } } };

export type ExplorerRetractMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ExplorerRetractMutation = { retract: { change: { id: string } } };

export type ExplorerAddAliasMutationVariables = Exact<{
  actor: string | number;
  alias: string;
}>;


export type ExplorerAddAliasMutation = { addAlias: { change: { id: string } } };

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
export const ExplorerGraphNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerGraphNode on GraphNode {
  id
  labels
  caption
  properties
}
    `, {"fragmentName":"ExplorerGraphNode"}) as unknown as TypedDocumentString<ExplorerGraphNodeFragment, unknown>;
export const ExplorerGraphEdgeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerGraphEdge on GraphEdge {
  id
  type
  source
  target
  properties
}
    `, {"fragmentName":"ExplorerGraphEdge"}) as unknown as TypedDocumentString<ExplorerGraphEdgeFragment, unknown>;
export const ExplorerGraphFragmentDoc = new TypedDocumentString(`
    fragment ExplorerGraph on Graph {
  truncated
  nodes {
    ...ExplorerGraphNode
  }
  edges {
    ...ExplorerGraphEdge
  }
}
    fragment ExplorerGraphNode on GraphNode {
  id
  labels
  caption
  properties
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  type
  source
  target
  properties
}`, {"fragmentName":"ExplorerGraph"}) as unknown as TypedDocumentString<ExplorerGraphFragment, unknown>;
export const ExplorerNodeRefFragmentDoc = new TypedDocumentString(`
    fragment ExplorerNodeRef on Node {
  __typename
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
  ... on Role {
    title
  }
  ... on Source {
    title
  }
}
    `, {"fragmentName":"ExplorerNodeRef"}) as unknown as TypedDocumentString<ExplorerNodeRefFragment, unknown>;
export const ExplorerActorRefFragmentDoc = new TypedDocumentString(`
    fragment ExplorerActorRef on Actor {
  __typename
  id
  name
}
    `, {"fragmentName":"ExplorerActorRef"}) as unknown as TypedDocumentString<ExplorerActorRefFragment, unknown>;
export const ExplorerEvidenceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEvidence on Evidence {
  excerpt
  start
  end
  source {
    id
    title
    publisher
    published
    url
  }
}
    `, {"fragmentName":"ExplorerEvidence"}) as unknown as TypedDocumentString<ExplorerEvidenceFragment, unknown>;
export const ExplorerTenureFragmentDoc = new TypedDocumentString(`
    fragment ExplorerTenure on Tenure {
  id
  start
  startPrecision
  end
  endPrecision
  current
  note
  role {
    id
    title
    organization {
      ...ExplorerActorRef
    }
  }
  person {
    ...ExplorerActorRef
  }
  evidence {
    ...ExplorerEvidence
  }
}
    fragment ExplorerActorRef on Actor {
  __typename
  id
  name
}
fragment ExplorerEvidence on Evidence {
  excerpt
  start
  end
  source {
    id
    title
    publisher
    published
    url
  }
}`, {"fragmentName":"ExplorerTenure"}) as unknown as TypedDocumentString<ExplorerTenureFragment, unknown>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $at: Date, $limit: Int) {
  neighborhood(id: $id, depth: 1, limit: $limit, at: $at) {
    ...ExplorerGraph
  }
}
    fragment ExplorerGraphNode on GraphNode {
  id
  labels
  caption
  properties
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  type
  source
  target
  properties
}
fragment ExplorerGraph on Graph {
  truncated
  nodes {
    ...ExplorerGraphNode
  }
  edges {
    ...ExplorerGraphEdge
  }
}`) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerExpandDocument = new TypedDocumentString(`
    query ExplorerExpand($ids: [ID!]!, $at: Date, $limit: Int) {
  expand(ids: $ids, depth: 1, limit: $limit, at: $at) {
    ...ExplorerGraph
  }
}
    fragment ExplorerGraphNode on GraphNode {
  id
  labels
  caption
  properties
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  type
  source
  target
  properties
}
fragment ExplorerGraph on Graph {
  truncated
  nodes {
    ...ExplorerGraphNode
  }
  edges {
    ...ExplorerGraphEdge
  }
}`) as unknown as TypedDocumentString<ExplorerExpandQuery, ExplorerExpandQueryVariables>;
export const ExplorerShortestPathDocument = new TypedDocumentString(`
    query ExplorerShortestPath($from: ID!, $to: ID!, $at: Date) {
  shortestPath(from: $from, to: $to, maxHops: 6, at: $at) {
    length
    nodes {
      ...ExplorerGraphNode
    }
    edges {
      ...ExplorerGraphEdge
    }
  }
}
    fragment ExplorerGraphNode on GraphNode {
  id
  labels
  caption
  properties
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  type
  source
  target
  properties
}`) as unknown as TypedDocumentString<ExplorerShortestPathQuery, ExplorerShortestPathQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!) {
  search(text: $text, first: 12) {
    caption
    score
    node {
      __typename
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerStartDocument = new TypedDocumentString(`
    query ExplorerStart {
  actors(first: 100) {
    edges {
      node {
        id
        name
        statements(first: 1) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerStartQuery, ExplorerStartQueryVariables>;
export const ExplorerNodeDetailsDocument = new TypedDocumentString(`
    query ExplorerNodeDetails($id: ID!, $at: Date, $dated: Boolean!) {
  node(id: $id) {
    __typename
    id
    ... on Actor {
      name
      kind
      aliases
      description
      evidence {
        ...ExplorerEvidence
      }
      events {
        role
        event {
          __typename
          id
          title
        }
      }
      statements(first: 1) {
        totalCount
      }
      statementsReceived(first: 1) {
        totalCount
      }
    }
    ... on Person {
      country {
        ...ExplorerActorRef
      }
      roles {
        ...ExplorerTenure
      }
      rolesOnDate: roles(at: $at) @include(if: $dated) {
        id
      }
    }
    ... on Organization {
      country {
        ...ExplorerActorRef
      }
      heads(at: $at) {
        ...ExplorerActorRef
      }
    }
    ... on Statement {
      text
      statementKind: kind
      date
      datePrecision
      dateNote
      speaker {
        ...ExplorerActorRef
      }
      speakerRole {
        __typename
        id
        title
      }
      addressees {
        ...ExplorerActorRef
      }
      about {
        ...ExplorerNodeRef
      }
      respondsTo {
        ...ExplorerNodeRef
      }
      responses {
        __typename
        id
        text
        date
        speaker {
          ...ExplorerActorRef
        }
      }
      evidence {
        ...ExplorerEvidence
      }
    }
    ... on Event {
      title
      type
      status
      description
      date
      datePrecision
      dateNote
      participants {
        role
        relationType
        actor {
          ...ExplorerActorRef
        }
      }
      evidence {
        ...ExplorerEvidence
      }
    }
    ... on Role {
      title
      aliases
      organization {
        ...ExplorerActorRef
      }
      country {
        ...ExplorerActorRef
      }
      holders {
        ...ExplorerTenure
      }
      evidence {
        ...ExplorerEvidence
      }
    }
    ... on Source {
      title
      publisher
      published
      dateline
      url
      text
    }
  }
}
    fragment ExplorerNodeRef on Node {
  __typename
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
  ... on Role {
    title
  }
  ... on Source {
    title
  }
}
fragment ExplorerActorRef on Actor {
  __typename
  id
  name
}
fragment ExplorerEvidence on Evidence {
  excerpt
  start
  end
  source {
    id
    title
    publisher
    published
    url
  }
}
fragment ExplorerTenure on Tenure {
  id
  start
  startPrecision
  end
  endPrecision
  current
  note
  role {
    id
    title
    organization {
      ...ExplorerActorRef
    }
  }
  person {
    ...ExplorerActorRef
  }
  evidence {
    ...ExplorerEvidence
  }
}`) as unknown as TypedDocumentString<ExplorerNodeDetailsQuery, ExplorerNodeDetailsQueryVariables>;
export const ExplorerEdgeEvidenceDocument = new TypedDocumentString(`
    query ExplorerEdgeEvidence($id: ID!, $type: String!, $at: Date) {
  node(id: $id) {
    ... on Actor {
      relations(types: [$type], direction: OUT, at: $at) {
        id
        evidence {
          ...ExplorerEvidence
        }
      }
    }
    ... on Event {
      relations(types: [$type], direction: OUT, at: $at) {
        id
        evidence {
          ...ExplorerEvidence
        }
      }
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  excerpt
  start
  end
  source {
    id
    title
    publisher
    published
    url
  }
}`) as unknown as TypedDocumentString<ExplorerEdgeEvidenceQuery, ExplorerEdgeEvidenceQueryVariables>;
export const ExplorerSourceTextDocument = new TypedDocumentString(`
    query ExplorerSourceText($id: ID!) {
  node(id: $id) {
    ... on Source {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerSourceTextQuery, ExplorerSourceTextQueryVariables>;
export const ExplorerFactsChangedDocument = new TypedDocumentString(`
    subscription ExplorerFactsChanged {
  factsChanged {
    id
    mutation
    added {
      ...ExplorerGraph
    }
    retracted {
      nodes {
        id
      }
      edges {
        id
      }
    }
  }
}
    fragment ExplorerGraphNode on GraphNode {
  id
  labels
  caption
  properties
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  type
  source
  target
  properties
}
fragment ExplorerGraph on Graph {
  truncated
  nodes {
    ...ExplorerGraphNode
  }
  edges {
    ...ExplorerGraphEdge
  }
}`) as unknown as TypedDocumentString<ExplorerFactsChangedSubscription, ExplorerFactsChangedSubscriptionVariables>;
export const ExplorerAddAddresseeDocument = new TypedDocumentString(`
    mutation ExplorerAddAddressee($statement: ID!, $addressee: ID!) {
  addAddressee(statement: $statement, addressee: {id: $addressee}) {
    change {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerAddAddresseeMutation, ExplorerAddAddresseeMutationVariables>;
export const ExplorerRemoveAddresseeDocument = new TypedDocumentString(`
    mutation ExplorerRemoveAddressee($statement: ID!, $addressee: ID!, $reason: String!) {
  removeAddressee(statement: $statement, addressee: $addressee, reason: $reason) {
    change {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerRemoveAddresseeMutation, ExplorerRemoveAddresseeMutationVariables>;
export const ExplorerRetractDocument = new TypedDocumentString(`
    mutation ExplorerRetract($id: ID!, $reason: String!) {
  retract(id: $id, reason: $reason) {
    change {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerRetractMutation, ExplorerRetractMutationVariables>;
export const ExplorerAddAliasDocument = new TypedDocumentString(`
    mutation ExplorerAddAlias($actor: ID!, $alias: String!) {
  addAlias(actor: $actor, alias: $alias) {
    change {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerAddAliasMutation, ExplorerAddAliasMutationVariables>;