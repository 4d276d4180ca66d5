/** The answers of the graph queries (neighborhood, expand, shortestPath, paths) as the tests read them. */

export interface GNode {
  id: string;
  labels: string[];
  /** Selected by the neighbourhood tests, not by the path tests. */
  caption?: string;
  properties: Record<string, unknown>;
}

export interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** A neighborhood or expand answer. */
export interface Graph {
  nodes: GNode[];
  edges: GEdge[];
  truncated: boolean;
}

/** A shortestPath or paths answer. */
export interface PathResult {
  length: number;
  nodes: GNode[];
  edges: GEdge[];
}

/** A string as a GraphQL literal. */
export const q = (s: string) => JSON.stringify(s);
