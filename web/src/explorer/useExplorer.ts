/**
 * The explorer's view: what the canvas holds, the selection, the date and the path, and the
 * actions that change them (focus on a node, grow around one, find a path, change the date).
 */
import { useCallback, useEffect, useState } from 'react';
import {
  expand,
  mostQuotedActor,
  onFactsChanged,
  type FactsChange,
  neighborhood,
  shortestPath,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type SearchHit,
} from './api';
import type { Selection } from './DetailsPanel';
import { formatDate } from './format';
import type { PathHighlight } from './GraphView';
import type { Requests } from './useRequests';
import type { UrlView } from './viewUrl';

export interface GraphState {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  truncated: boolean;
}

const EMPTY: GraphState = { nodes: new Map(), edges: new Map(), truncated: false };

function toState(graph: Graph, base: GraphState = EMPTY): GraphState {
  const nodes = new Map(base.nodes);
  const edges = new Map(base.edges);
  for (const n of graph.nodes) nodes.set(n.id, n);
  for (const e of graph.edges) edges.set(e.id, e);
  return { nodes, edges, truncated: base.truncated || graph.truncated };
}

/**
 * A write heard over the subscription, applied to what the canvas shows: retracted nodes and edges go, an
 * added edge with an end already shown comes in with its other end, and shown nodes take their new state.
 * Writes far from the open graph leave it alone. Null: nothing shown changed.
 */
export function applyChange(graph: GraphState, change: FactsChange): GraphState | null {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  let changed = false;
  for (const n of change.retracted.nodes) changed = nodes.delete(n.id) || changed;
  for (const e of change.retracted.edges) changed = edges.delete(e.id) || changed;
  for (const [id, e] of edges) if (!nodes.has(e.source) || !nodes.has(e.target)) changed = edges.delete(id) || changed;
  const added = new Map(change.added.nodes.map((n) => [n.id, n]));
  for (const n of change.added.nodes) {
    if (nodes.has(n.id)) {
      nodes.set(n.id, n);
      changed = true;
    }
  }
  for (const e of change.added.edges) {
    if (!nodes.has(e.source) && !nodes.has(e.target)) continue;
    for (const end of [e.source, e.target]) {
      const node = added.get(end);
      if (node && !nodes.has(end)) nodes.set(end, node);
    }
    if (nodes.has(e.source) && nodes.has(e.target)) {
      edges.set(e.id, e);
      changed = true;
    }
  }
  return changed ? { nodes, edges, truncated: graph.truncated } : null;
}

/** The canvas changes as one: its graph, the nodes it was grown from, and the last one grown. */
interface Canvas {
  graph: GraphState;
  seeds: string[];
  growFrom: string | null;
}

export interface PathState extends PathHighlight {
  from: SearchHit;
  to: SearchHit;
  length: number;
  captions: string[];
  types: string[];
}

export function useExplorer(initial: UrlView, { run, ticket, setMessage }: Requests) {
  const [canvas, setCanvas] = useState<Canvas>({ graph: EMPTY, seeds: [], growFrom: null });
  const [selection, setSelection] = useState<Selection | null>(
    initial.select ? { kind: 'node', id: initial.select } : null,
  );
  const [at, setAt] = useState<string | null>(initial.at);
  const [path, setPath] = useState<PathState | null>(null);
  /** Goes up with every write heard of (or made here), so the side panel reads its node again. */
  const [revision, setRevision] = useState(0);

  // Every committed write, through whichever server: the open graph follows it.
  useEffect(
    () =>
      onFactsChanged(
        (change) => {
          setCanvas((c) => {
            const graph = applyChange(c.graph, change);
            return graph ? { ...c, graph, growFrom: null } : c;
          });
          setRevision((r) => r + 1);
        },
        (text) => setMessage({ kind: 'error', text: `Live updates stopped: ${text}` }),
      ),
    [setMessage],
  );

  /** A correction (a mutation): its outcome in the status line, and the panel read again when it is made. */
  const correct = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
        setRevision((r) => r + 1);
        setMessage({ kind: 'info', text: 'Correction saved.' });
        return true;
      } catch (error) {
        setMessage({ kind: 'error', text: `Correction refused: ${(error as Error).message}` });
        return false;
      }
    },
    [setMessage],
  );

  /** Start over around one node. */
  const focus = useCallback(
    (id: string, date: string | null = at, select: string = id) => {
      const current = ticket(true);
      setMessage(null);
      setPath(null);
      void run(async () => {
        const g = await neighborhood(id, date);
        if (!current()) return;
        if (g.nodes.length === 0)
          setMessage({ kind: 'info', text: `${id} has no facts valid on ${formatDate(date)}.` });
        setCanvas({ graph: toState(g), seeds: [id], growFrom: null });
        setSelection({ kind: 'node', id: select });
      });
    },
    [at, run, ticket, setMessage],
  );

  /** Select a node and grow the graph around it (the API's expand). */
  const open = useCallback(
    (id: string) => {
      setSelection({ kind: 'node', id });
      if (canvas.seeds.includes(id)) return;
      const current = ticket(false);
      void run(async () => {
        const g = await expand([id], at);
        if (!current()) return;
        setCanvas((c) => ({
          graph: toState(g, c.graph),
          seeds: c.seeds.includes(id) ? c.seeds : [...c.seeds, id],
          growFrom: id,
        }));
      });
    },
    [canvas.seeds, at, run, ticket],
  );

  const findPath = useCallback(
    (from: SearchHit, to: SearchHit, date: string | null = at) => {
      const current = ticket(false);
      setMessage(null);
      void run(async () => {
        const p = await shortestPath(from.node.id, to.node.id, date);
        if (!current()) return;
        if (!p) {
          setPath(null);
          setMessage({
            kind: 'info',
            text: `No chain of at most 6 relationships joins ${from.caption} and ${to.caption}${date ? ` on ${formatDate(date)}` : ''}.`,
          });
          return;
        }
        setCanvas((c) => ({ ...c, graph: toState({ ...p, truncated: false }, c.graph), growFrom: null }));
        setPath({
          from,
          to,
          length: p.length,
          nodes: p.nodes.map((n) => n.id),
          edges: p.edges.map((e) => e.id),
          captions: p.nodes.map((n) => n.caption),
          types: p.edges.map((e) => e.type),
        });
      });
    },
    [at, run, ticket, setMessage],
  );

  /** The same view as of another date: every expanded node again, and the path again. */
  const changeDate = (date: string | null) => {
    setAt(date);
    if (canvas.seeds.length === 0) return;
    const current = ticket(true);
    setMessage(null);
    void run(async () => {
      const g = await expand(canvas.seeds, date);
      if (!current()) return;
      setCanvas((c) => ({ ...c, graph: toState(g), growFrom: null }));
      if (selection?.kind === 'edge' && !g.edges.some((e) => e.id === selection.id)) setSelection(null);
      if (path) findPath(path.from, path.to, date);
    });
  };

  // Where to start: the URL's focus, or the actor who says the most.
  useEffect(() => {
    if (initial.focus) {
      focus(initial.focus, initial.at, initial.select ?? initial.focus);
      return;
    }
    void run(async () => {
      const start = await mostQuotedActor();
      if (start) focus(start.id);
    });
    // Once, on load.
  }, []);

  const clearSelection = useCallback(() => setSelection(null), []);

  return {
    ...canvas,
    selection,
    select: setSelection,
    clearSelection,
    at,
    path,
    clearPath: () => setPath(null),
    focus,
    open,
    findPath,
    changeDate,
    revision,
    correct,
  };
}
