/**
 * Every operation the explorer sends. Their result types are generated from these documents and the schema
 * (`npm run codegen`, web/src/__generated__/). Only the public GraphQL API is used, so this file doubles as a
 * worked example for other frontends.
 */
import { graphql } from '../__generated__/gql';
import type {
  ExplorerEvidenceFragment,
  ExplorerFactsChangedSubscription,
  ExplorerGraphFragment,
  ExplorerGraphEdgeFragment,
  ExplorerGraphNodeFragment,
  ExplorerNodeDetailsQuery,
  ExplorerSearchQuery,
  ExplorerShortestPathQuery,
  ExplorerTenureFragment,
} from '../__generated__/graphql';
import { request } from '../shared/graphql';
import { subscribe } from '../shared/live';

// ── graph ────────────────────────────────────────────────────────────────────────────────────────

graphql(`
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
  }
`);

export type GraphNode = ExplorerGraphNodeFragment;
export type GraphEdge = ExplorerGraphEdgeFragment;
export type Graph = ExplorerGraphFragment;
export type Path = NonNullable<ExplorerShortestPathQuery['shortestPath']>;

/** Nodes kept per neighbourhood: enough for every actor of the seed, few enough to read. */
export const GRAPH_LIMIT = 150;

const NEIGHBORHOOD = graphql(`
  query ExplorerNeighborhood($id: ID!, $at: Date, $limit: Int) {
    neighborhood(id: $id, depth: 1, limit: $limit, at: $at) {
      ...ExplorerGraph
    }
  }
`);

export async function neighborhood(id: string, at: string | null): Promise<Graph> {
  return (await request(NEIGHBORHOOD, { id, at, limit: GRAPH_LIMIT })).neighborhood;
}

const EXPAND = graphql(`
  query ExplorerExpand($ids: [ID!]!, $at: Date, $limit: Int) {
    expand(ids: $ids, depth: 1, limit: $limit, at: $at) {
      ...ExplorerGraph
    }
  }
`);

export async function expand(ids: string[], at: string | null): Promise<Graph> {
  const limit = GRAPH_LIMIT * Math.max(1, Math.min(ids.length, 6));
  return (await request(EXPAND, { ids, at, limit })).expand;
}

const SHORTEST_PATH = graphql(`
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
`);

export async function shortestPath(from: string, to: string, at: string | null): Promise<Path | null> {
  return (await request(SHORTEST_PATH, { from, to, at })).shortestPath ?? null;
}

// ── search ───────────────────────────────────────────────────────────────────────────────────────

const SEARCH = graphql(`
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
`);

export type SearchHit = ExplorerSearchQuery['search'][number];

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return (await request(SEARCH, { text }, signal)).search;
}

const START = graphql(`
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
`);

/** Where the explorer starts: the actor who says the most. */
export async function mostQuotedActor(): Promise<{ id: string; name: string } | null> {
  const actors = (await request(START, {})).actors.edges.map((e) => e.node);
  actors.sort((a, b) => b.statements.totalCount - a.statements.totalCount || a.name.localeCompare(b.name));
  return actors[0] ?? null;
}

// ── details of one node ──────────────────────────────────────────────────────────────────────────

/** A link to another node: its id and what to call it (the panel also makes links from graph nodes). */
export interface Ref {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
  text?: string;
}

// A reference to another node: its id and what to call it. GraphQL only allows fragments a field's
// type can match, so actors (the usual target) have their own.
graphql(`
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
  }
`);

export type Evidence = ExplorerEvidenceFragment;
export type Tenure = ExplorerTenureFragment;

const NODE_DETAILS = graphql(`
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
`);

/**
 * A union of object types read as one: the fields all members share keep their types, the fields only some
 * have are optional. The actor panel reads Person, Organization and Country alike and checks for `roles`.
 */
type KeysOfAny<U> = U extends unknown ? keyof U : never;
type ValueOfAny<U, K extends PropertyKey> = U extends { [P in K]?: infer V } ? V : never;
type Merged<U> = Pick<U, keyof U> & { [K in Exclude<KeysOfAny<U>, keyof U>]?: ValueOfAny<U, K> };

type Details = NonNullable<ExplorerNodeDetailsQuery['node']>;
type DetailsOf<T extends Details['__typename']> = Extract<Details, { __typename: T }>;

export type ActorDetails = Merged<DetailsOf<'Person' | 'Organization' | 'Country' | 'Group'>>;
export type StatementDetails = DetailsOf<'Statement'>;
export type EventDetails = DetailsOf<'Event'>;
export type RoleDetails = DetailsOf<'Role'>;
export type SourceDetails = DetailsOf<'Source'>;
export type NodeDetails = ActorDetails | StatementDetails | EventDetails | RoleDetails | SourceDetails;

export async function nodeDetails(id: string, at: string | null): Promise<NodeDetails | null> {
  return (await request(NODE_DETAILS, { id, at, dated: at !== null })).node ?? null;
}

const EDGE_EVIDENCE = graphql(`
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
`);

/** The evidence of one relationship, read from the relations of its source node. */
export async function edgeEvidence(edge: GraphEdge, at: string | null): Promise<Evidence[]> {
  const { node } = await request(EDGE_EVIDENCE, { id: edge.source, type: edge.type, at });
  const relations = node && 'relations' in node ? node.relations : [];
  return relations.find((r) => r.id === edge.id)?.evidence ?? [];
}

const SOURCE_TEXT = graphql(`
  query ExplorerSourceText($id: ID!) {
    node(id: $id) {
      ... on Source {
        text
      }
    }
  }
`);

const sourceTexts = new Map<string, Promise<string>>();

/** Source.text, fetched once per source: evidence offsets point into it. */
export function sourceText(id: string): Promise<string> {
  let text = sourceTexts.get(id);
  if (!text) {
    text = request(SOURCE_TEXT, { id }).then(({ node }) => (node && 'text' in node ? node.text : ''));
    text.catch(() => sourceTexts.delete(id));
    sourceTexts.set(id, text);
  }
  return text;
}

/** What to call a referenced node in a sentence. */
export function refLabel(ref: Ref): string {
  return ref.name ?? ref.title ?? ref.text ?? ref.id;
}

// ── live updates and corrections (a token with the write scope) ──────────────────────────────────

const FACTS_CHANGED = graphql(`
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
`);

export type FactsChange = ExplorerFactsChangedSubscription['factsChanged'];

/** Every committed write, as it happens; returns the unsubscribe function. */
export function onFactsChanged(onChange: (change: FactsChange) => void, onError: (message: string) => void) {
  return subscribe(FACTS_CHANGED, {}, (data) => onChange(data.factsChanged), onError);
}

const ADD_ADDRESSEE = graphql(`
  mutation ExplorerAddAddressee($statement: ID!, $addressee: ID!) {
    addAddressee(statement: $statement, addressee: { id: $addressee }) {
      change {
        id
      }
    }
  }
`);

export async function addAddressee(statement: string, addressee: string): Promise<void> {
  await request(ADD_ADDRESSEE, { statement, addressee });
}

const REMOVE_ADDRESSEE = graphql(`
  mutation ExplorerRemoveAddressee($statement: ID!, $addressee: ID!, $reason: String!) {
    removeAddressee(statement: $statement, addressee: $addressee, reason: $reason) {
      change {
        id
      }
    }
  }
`);

export async function removeAddressee(statement: string, addressee: string, reason: string): Promise<void> {
  await request(REMOVE_ADDRESSEE, { statement, addressee, reason });
}

const RETRACT = graphql(`
  mutation ExplorerRetract($id: ID!, $reason: String!) {
    retract(id: $id, reason: $reason) {
      change {
        id
      }
    }
  }
`);

export async function retract(id: string, reason: string): Promise<void> {
  await request(RETRACT, { id, reason });
}

const ADD_ALIAS = graphql(`
  mutation ExplorerAddAlias($actor: ID!, $alias: String!) {
    addAlias(actor: $actor, alias: $alias) {
      change {
        id
      }
    }
  }
`);

export async function addAlias(actor: string, alias: string): Promise<void> {
  await request(ADD_ALIAS, { actor, alias });
}
