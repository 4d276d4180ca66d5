/** What one subscriber of factsChanged asked to hear: writes near one node, or of some types. */
import type { FactsChangeRecord } from '../repositories/changeFeedRepository.js';
import type { EdgeRecord, GraphRecord } from '../repositories/graphRepository.js';
import { NODE_LABELS, type NodeRecord } from '../repositories/records.js';

export interface ChangeFilter {
  /** Only writes that touch this node: it, or an edge to or from it. */
  actor: string | null;
  /** Only these relationship types or node labels; the change then keeps just those. */
  types: readonly string[] | null;
}

const touches = (graph: GraphRecord, id: string) =>
  graph.nodes.some((n) => n.id === id) || graph.edges.some((e) => e.source === id || e.target === id);

/** The part of a graph of these types: matching edges with their ends, and matching nodes. */
function ofTypes(graph: GraphRecord, types: ReadonlySet<string>): GraphRecord {
  const edges = graph.edges.filter((e: EdgeRecord) => types.has(e.type));
  const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = graph.nodes.filter(
    (n: NodeRecord) => ends.has(n.id) || NODE_LABELS[n.__typename].some((label) => types.has(label)),
  );
  return { nodes, edges, truncated: false, hubsCapped: [] };
}

const isEmpty = (graph: GraphRecord) => graph.nodes.length === 0 && graph.edges.length === 0;

/** The change as this subscriber should see it, or null when it should not hear of it. */
export function filterChange(change: FactsChangeRecord, { actor, types }: ChangeFilter): FactsChangeRecord | null {
  if (actor !== null && !touches(change.added, actor) && !touches(change.retracted, actor)) return null;
  if (types === null) return change;
  const wanted = new Set(types);
  const added = ofTypes(change.added, wanted);
  const retracted = ofTypes(change.retracted, wanted);
  return isEmpty(added) && isEmpty(retracted) ? null : { ...change, added, retracted };
}
