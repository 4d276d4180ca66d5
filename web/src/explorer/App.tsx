/**
 * The explorer: search, a growing neighbourhood graph, a path finder, a date control and the side
 * panel. State lives here; the URL keeps the focus, the date and the selection, so a view can be
 * shared as a link.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  expand,
  mostQuotedActor,
  neighborhood,
  shortestPath,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type SearchHit,
} from './api';
import { DetailsPanel, type Selection } from './DetailsPanel';
import { formatDate } from './format';
import { GraphView, type PathHighlight } from './GraphView';
import { ACTION_FAMILY, EDGE_FAMILIES, kindOf, kindStyle, NODE_KINDS } from './graphStyle';
import { SearchBox } from './SearchBox';

interface GraphState {
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

interface PathState extends PathHighlight {
  from: SearchHit;
  to: SearchHit;
  length: number;
  captions: string[];
  types: string[];
}

const ACTOR_TYPES = ['Person', 'Organization', 'Country'];

function readUrl() {
  const params = new URLSearchParams(window.location.search);
  const date = params.get('at');
  return {
    focus: params.get('focus'),
    at: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    select: params.get('select'),
  };
}

export function App() {
  const initial = useMemo(readUrl, []);
  const [graph, setGraph] = useState<GraphState>(EMPTY);
  const [seeds, setSeeds] = useState<string[]>([]);
  const [growFrom, setGrowFrom] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(
    initial.select ? { kind: 'node', id: initial.select } : null,
  );
  const [at, setAt] = useState<string | null>(initial.at);
  const [path, setPath] = useState<PathState | null>(null);
  const [pathEnds, setPathEnds] = useState<{ from: SearchHit | null; to: SearchHit | null }>({ from: null, to: null });
  const [busy, setBusy] = useState(0);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  // Answers to superseded requests are dropped: the last thing asked for wins.
  const generation = useRef(0);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy((b) => b + 1);
    try {
      return await work();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
      return undefined;
    } finally {
      setBusy((b) => b - 1);
    }
  }, []);

  /** Start over around one node. */
  const focus = useCallback(
    (id: string, date: string | null = at, select: string = id) => {
      const mine = ++generation.current;
      setMessage(null);
      setPath(null);
      void run(async () => {
        const g = await neighborhood(id, date);
        if (mine !== generation.current) return;
        if (g.nodes.length === 0)
          setMessage({ kind: 'info', text: `${id} has no facts valid on ${formatDate(date)}.` });
        setGraph(toState(g));
        setSeeds([id]);
        setGrowFrom(null);
        setSelection({ kind: 'node', id: select });
      });
    },
    [at, run],
  );

  /** Select a node and grow the graph around it (the API's expand). */
  const open = useCallback(
    (id: string) => {
      setSelection({ kind: 'node', id });
      if (seeds.includes(id)) return;
      const mine = generation.current;
      void run(async () => {
        const g = await expand([id], at);
        if (mine !== generation.current) return;
        setGraph((current) => toState(g, current));
        setSeeds((s) => (s.includes(id) ? s : [...s, id]));
        setGrowFrom(id);
      });
    },
    [seeds, at, run],
  );

  const findPath = useCallback(
    (from: SearchHit, to: SearchHit, date: string | null = at) => {
      const mine = generation.current;
      setMessage(null);
      void run(async () => {
        const p = await shortestPath(from.node.id, to.node.id, date);
        if (mine !== generation.current) return;
        if (!p) {
          setPath(null);
          setMessage({
            kind: 'info',
            text: `No chain of at most 6 relationships joins ${from.caption} and ${to.caption}${date ? ` on ${formatDate(date)}` : ''}.`,
          });
          return;
        }
        setGraph((current) => toState({ ...p, truncated: false }, current));
        setGrowFrom(null);
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
    [at, run],
  );

  /** The same view as of another date: every expanded node again, and the path again. */
  const changeDate = (date: string | null) => {
    setAt(date);
    if (seeds.length === 0) return;
    const mine = ++generation.current;
    setMessage(null);
    void run(async () => {
      const g = await expand(seeds, date);
      if (mine !== generation.current) return;
      setGraph(toState(g));
      setGrowFrom(null);
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

  // The view in the URL.
  useEffect(() => {
    const params = new URLSearchParams();
    if (seeds[0]) params.set('focus', seeds[0]);
    if (at) params.set('at', at);
    if (selection?.kind === 'node' && selection.id !== seeds[0]) params.set('select', selection.id);
    const query = params.toString();
    window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  }, [seeds, at, selection]);

  // "/" puts the cursor in the search box, as on most sites with search; Escape clears the
  // selection, and the side panel lists what is on the canvas.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) return;
      if (event.key === '/') {
        event.preventDefault();
        searchInput.current?.focus();
      } else if (event.key === 'Escape') {
        setSelection(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const graphData = useMemo(() => ({ nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] }), [graph]);
  const selectedId = selection?.id ?? null;

  const overview = (
    <Overview
      nodes={graphData.nodes}
      edgeCount={graphData.edges.length}
      seeds={seeds}
      open={open}
      truncated={graph.truncated}
    />
  );

  return (
    <div className="app" data-busy={busy > 0}>
      <header className="topbar">
        <a className="brand" href="/" title="actorgraph explorer">
          <img src="/favicon.svg" alt="" width={26} height={26} />
          <span>
            actorgraph <span className="brand-sub">explorer</span>
          </span>
        </a>
        <SearchBox
          ref={searchInput}
          label="Search the graph"
          placeholder="Search actors, roles, statements, events…   ( / )"
          className="main-search"
          testId="search"
          onPick={(hit) => focus(hit.node.id)}
        />
        <div className="date-control">
          <label htmlFor="as-of">As of</label>
          <input
            id="as-of"
            type="date"
            value={at ?? ''}
            data-testid="as-of"
            onChange={(e) => changeDate(e.target.value || null)}
          />
          {at ? (
            <button
              type="button"
              className="link-button"
              onClick={() => changeDate(null)}
              title="Show facts of every date"
            >
              all dates
            </button>
          ) : (
            <span className="muted">all dates</span>
          )}
        </div>
        <a
          className="playground-link"
          href="/graphql"
          title="The GraphQL playground: every query the explorer makes, and more"
        >
          GraphQL playground →
        </a>
      </header>

      <main className="workspace">
        <section className="graph-area" aria-label="Graph">
          <div className="graph-toolbar">
            <div className="pathfinder" aria-label="Path finder">
              <span className="pathfinder-title">Path between</span>
              <SearchBox
                label="Path from"
                placeholder="an actor…"
                keepPick
                types={ACTOR_TYPES}
                className="compact"
                testId="path-from"
                onPick={(hit) => setPathEnds((p) => ({ ...p, from: hit }))}
              />
              <span aria-hidden>and</span>
              <SearchBox
                label="Path to"
                placeholder="another actor…"
                keepPick
                types={ACTOR_TYPES}
                className="compact"
                testId="path-to"
                onPick={(hit) => setPathEnds((p) => ({ ...p, to: hit }))}
              />
              <button
                type="button"
                className="primary"
                disabled={!pathEnds.from || !pathEnds.to}
                data-testid="find-path"
                onClick={() => pathEnds.from && pathEnds.to && findPath(pathEnds.from, pathEnds.to)}
              >
                Find path
              </button>
              {path && (
                <button type="button" className="link-button" onClick={() => setPath(null)}>
                  clear
                </button>
              )}
            </div>
            <div className="status-line" role="status" aria-live="polite">
              {message?.kind === 'error' && busy === 0 && <span className="error-dot" aria-hidden />}
              {busy > 0
                ? 'Loading…'
                : (message?.text ??
                  (at
                    ? `Facts valid on ${formatDate(at)}`
                    : `${graphData.nodes.length} nodes · ${graphData.edges.length} relationships`))}
            </div>
          </div>
          {path && (
            <div className="path-summary" data-testid="path-summary" role="status">
              <strong>
                {path.length} {path.length === 1 ? 'hop' : 'hops'}:
              </strong>{' '}
              {path.captions.map((c, i) => (
                <span key={path.nodes[i]}>
                  {i > 0 && <em className="path-type"> —{path.types[i - 1]?.toLowerCase().replace(/_/g, ' ')}→ </em>}
                  <button type="button" className="node-link" onClick={() => open(path.nodes[i]!)}>
                    {c.length > 40 ? `${c.slice(0, 39)}…` : c}
                  </button>
                </span>
              ))}
            </div>
          )}
          <div className="graph-stage">
            <GraphView
              graph={graphData}
              seeds={seeds}
              selected={selectedId}
              path={path}
              growFrom={growFrom}
              onSelectNode={open}
              onSelectEdge={(id) => setSelection({ kind: 'edge', id })}
              onClearSelection={() => setSelection(null)}
            />
            {graphData.nodes.length === 0 && busy === 0 && (
              <div className="graph-empty">
                <p>Search for an actor to see the graph around them: try “Umerov”, “Zakharova” or “sanctions”.</p>
              </div>
            )}
          </div>
          <Legend />
        </section>
        <DetailsPanel
          selection={selection}
          nodes={graph.nodes}
          edges={graph.edges}
          at={at}
          open={open}
          overview={overview}
        />
      </main>
    </div>
  );
}

function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <div className="legend-row">
        <span className="legend-title">Nodes</span>
        {Object.entries(NODE_KINDS).map(([kind, s]) => (
          <span key={kind} className="legend-item">
            <span className="kind-dot" style={{ background: s.color }} aria-hidden />
            {s.label}
          </span>
        ))}
      </div>
      <div className="legend-row">
        <span className="legend-title">Relationships</span>
        {[...EDGE_FAMILIES, ACTION_FAMILY].map((f) => (
          <span key={f.name} className="legend-item">
            <span className={`edge-swatch ${f.line}`} style={{ borderColor: f.color }} aria-hidden />
            {f.name}
          </span>
        ))}
      </div>
    </div>
  );
}

/** With nothing selected: what is on the canvas, as a keyboard-friendly list. */
function Overview({
  nodes,
  edgeCount,
  seeds,
  open,
  truncated,
}: {
  nodes: GraphNode[];
  edgeCount: number;
  seeds: string[];
  open(id: string): void;
  truncated: boolean;
}) {
  const groups = new Map<string, GraphNode[]>();
  for (const n of nodes) {
    const kind = kindOf(n.labels);
    groups.set(kind, [...(groups.get(kind) ?? []), n]);
  }
  const order = Object.keys(NODE_KINDS);
  const kinds = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return (
    <>
      <header className="panel-header">
        <h2>In view</h2>
        <p className="subtitle">
          {nodes.length} nodes, {edgeCount} relationships{truncated ? ' (cut to the nearest; expand to see more)' : ''}.
          Click a node, or a name below, to see where it comes from and to grow the graph around it.
        </p>
      </header>
      {kinds.map((kind) => (
        <section key={kind} className="panel-section">
          <h3>
            <span className="kind-dot" style={{ background: kindStyle(kind).color }} aria-hidden /> {kind}{' '}
            <span className="count">{groups.get(kind)!.length}</span>
          </h3>
          <ul className="overview-list">
            {groups
              .get(kind)!
              .sort((a, b) => a.caption.localeCompare(b.caption))
              .map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className={seeds.includes(n.id) ? 'node-link seed' : 'node-link'}
                    data-node-id={n.id}
                    onClick={() => open(n.id)}
                  >
                    {n.caption}
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
