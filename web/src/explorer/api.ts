/**
 * Every operation the explorer sends, and the shapes it reads back. Only the public GraphQL API is
 * used, so this file doubles as a worked example for other frontends.
 */
import { graphql } from '../shared/graphql';

// ── graph ────────────────────────────────────────────────────────────────────────────────────────

export interface GraphNode {
  id: string;
  labels: string[];
  caption: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface Path {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const GRAPH_FIELDS = `
  nodes { id labels caption properties }
  edges { id type source target properties }
`;

/** Nodes kept per neighbourhood: enough for every actor of the seed, few enough to read. */
export const GRAPH_LIMIT = 150;

export async function neighborhood(id: string, at: string | null): Promise<Graph> {
  const data = await graphql<{ neighborhood: Graph }>(
    `query ExplorerNeighborhood($id: ID!, $at: Date, $limit: Int) {
      neighborhood(id: $id, depth: 1, limit: $limit, at: $at) { truncated ${GRAPH_FIELDS} }
    }`,
    { id, at, limit: GRAPH_LIMIT },
  );
  return data.neighborhood;
}

export async function expand(ids: string[], at: string | null): Promise<Graph> {
  const data = await graphql<{ expand: Graph }>(
    `query ExplorerExpand($ids: [ID!]!, $at: Date, $limit: Int) {
      expand(ids: $ids, depth: 1, limit: $limit, at: $at) { truncated ${GRAPH_FIELDS} }
    }`,
    { ids, at, limit: GRAPH_LIMIT * Math.max(1, Math.min(ids.length, 6)) },
  );
  return data.expand;
}

export async function shortestPath(from: string, to: string, at: string | null): Promise<Path | null> {
  const data = await graphql<{ shortestPath: Path | null }>(
    `query ExplorerShortestPath($from: ID!, $to: ID!, $at: Date) {
      shortestPath(from: $from, to: $to, maxHops: 6, at: $at) { length ${GRAPH_FIELDS} }
    }`,
    { from, to, at },
  );
  return data.shortestPath;
}

// ── search ───────────────────────────────────────────────────────────────────────────────────────

export interface SearchHit {
  caption: string;
  score: number;
  node: { __typename: string; id: string };
}

export async function search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await graphql<{ search: SearchHit[] }>(
    `
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
    `,
    { text },
    signal,
  );
  return data.search;
}

/** Where the explorer starts: the actor who says the most. */
export async function mostQuotedActor(): Promise<{ id: string; name: string } | null> {
  const data = await graphql<{
    actors: { edges: { node: { id: string; name: string; statements: { totalCount: number } } }[] };
  }>(`
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
  const actors = data.actors.edges.map((e) => e.node);
  actors.sort((a, b) => b.statements.totalCount - a.statements.totalCount || a.name.localeCompare(b.name));
  return actors[0] ?? null;
}

// ── details of one node ──────────────────────────────────────────────────────────────────────────

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
}

export interface Evidence {
  excerpt: string;
  start: number;
  end: number;
  source: SourceRef;
}

export interface Ref {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
  text?: string;
}

export interface Tenure {
  id: string;
  start: string | null;
  startPrecision: string | null;
  end: string | null;
  endPrecision: string | null;
  current: boolean;
  note: string | null;
  role: { id: string; title: string; organization: Ref | null };
  person: Ref;
  evidence: Evidence[];
}

interface Common {
  id: string;
  evidence?: Evidence[];
}

export interface ActorDetails extends Common {
  __typename: 'Person' | 'Organization' | 'Country';
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
  country?: Ref | null;
  roles?: Tenure[];
  rolesOnDate?: Tenure[];
  heads?: Ref[];
  events: { role: string; event: Ref }[];
  statements: { totalCount: number };
  statementsReceived: { totalCount: number };
}

export interface StatementDetails extends Common {
  __typename: 'Statement';
  text: string;
  statementKind: string;
  date: string | null;
  datePrecision: string | null;
  dateNote: string | null;
  speaker: Ref;
  speakerRole: Ref | null;
  addressees: Ref[];
  about: Ref[];
  respondsTo: Ref[];
  responses: (Ref & { date: string | null; speaker: Ref })[];
}

export interface EventDetails extends Common {
  __typename: 'Event';
  title: string;
  type: string;
  status: string;
  description: string | null;
  date: string | null;
  datePrecision: string | null;
  dateNote: string | null;
  participants: { role: string; relationType: string; actor: Ref }[];
}

export interface RoleDetails extends Common {
  __typename: 'Role';
  title: string;
  aliases: string[];
  organization: Ref | null;
  country: Ref | null;
  holders: Tenure[];
}

export interface SourceDetails extends Common {
  __typename: 'Source';
  title: string;
  publisher: string;
  published: string | null;
  dateline: string | null;
  url: string | null;
  text: string;
}

export type NodeDetails = ActorDetails | StatementDetails | EventDetails | RoleDetails | SourceDetails;

// A reference to another node: its id and what to call it. GraphQL only allows fragments a field's
// type can match, so each field type has its own.
const NODE_REF = `__typename id ... on Actor { name } ... on Event { title } ... on Statement { text } ... on Role { title } ... on Source { title }`;
const ACTOR_REF = `__typename id name`;
const TITLED_REF = `__typename id title`;
const EVIDENCE = `evidence { excerpt start end source { id title publisher published url } }`;
const TENURE = `id start startPrecision end endPrecision current note
  role { id title organization { ${ACTOR_REF} } } person { ${ACTOR_REF} } ${EVIDENCE}`;

export async function nodeDetails(id: string, at: string | null): Promise<NodeDetails | null> {
  const data = await graphql<{ node: NodeDetails | null }>(
    `query ExplorerNodeDetails($id: ID!, $at: Date, $dated: Boolean!) {
      node(id: $id) {
        __typename id
        ... on Actor {
          name kind aliases description ${EVIDENCE}
          events { role event { ${TITLED_REF} } }
          statements(first: 1) { totalCount }
          statementsReceived(first: 1) { totalCount }
        }
        ... on Person {
          country { ${ACTOR_REF} }
          roles { ${TENURE} }
          rolesOnDate: roles(at: $at) @include(if: $dated) { id }
        }
        ... on Organization { country { ${ACTOR_REF} } heads(at: $at) { ${ACTOR_REF} } }
        ... on Statement {
          text statementKind: kind date datePrecision dateNote
          speaker { ${ACTOR_REF} }
          speakerRole { ${TITLED_REF} }
          addressees { ${ACTOR_REF} }
          about { ${NODE_REF} }
          respondsTo { ${NODE_REF} }
          responses { __typename id text date speaker { ${ACTOR_REF} } }
          ${EVIDENCE}
        }
        ... on Event {
          title type status description date datePrecision dateNote
          participants { role relationType actor { ${ACTOR_REF} } }
          ${EVIDENCE}
        }
        ... on Role {
          title aliases
          organization { ${ACTOR_REF} }
          country { ${ACTOR_REF} }
          holders { ${TENURE} }
          ${EVIDENCE}
        }
        ... on Source { title publisher published dateline url text }
      }
    }`,
    { id, at, dated: at !== null },
  );
  return data.node;
}

/** The evidence of one relationship, read from the relations of its source node. */
export async function edgeEvidence(edge: GraphEdge, at: string | null): Promise<Evidence[]> {
  const data = await graphql<{ node: { relations?: { id: string; evidence: Evidence[] }[] } | null }>(
    `query ExplorerEdgeEvidence($id: ID!, $type: String!, $at: Date) {
      node(id: $id) {
        ... on Actor { relations(types: [$type], direction: OUT, at: $at) { id ${EVIDENCE} } }
        ... on Event { relations(types: [$type], direction: OUT, at: $at) { id ${EVIDENCE} } }
      }
    }`,
    { id: edge.source, type: edge.type, at },
  );
  return data.node?.relations?.find((r) => r.id === edge.id)?.evidence ?? [];
}

const sourceTexts = new Map<string, Promise<string>>();

/** Source.text, fetched once per source: evidence offsets point into it. */
export function sourceText(id: string): Promise<string> {
  let text = sourceTexts.get(id);
  if (!text) {
    text = graphql<{ node: { text?: string } | null }>(
      `
        query ExplorerSourceText($id: ID!) {
          node(id: $id) {
            ... on Source {
              text
            }
          }
        }
      `,
      { id },
    ).then((d) => d.node?.text ?? '');
    text.catch(() => sourceTexts.delete(id));
    sourceTexts.set(id, text);
  }
  return text;
}

/** What to call a referenced node in a sentence. */
export function refLabel(ref: Ref): string {
  return ref.name ?? ref.title ?? ref.text ?? ref.id;
}
