/**
 * The explorer: search, a growing neighbourhood graph, a path finder, a date control and the side
 * panel. The view's state lives in useExplorer; the URL keeps the focus, the date and the
 * selection, so a view can be shared as a link.
 */
import { useMemo, useRef, useState } from 'react';
import { readToken, saveToken } from '../shared/token';
import { DetailsPanel } from './DetailsPanel';
import { formatDate } from './format';
import { GraphView } from './GraphView';
import { Legend } from './Legend';
import { Overview } from './Overview';
import { PathFinder } from './PathFinder';
import { SearchBox } from './SearchBox';
import { useExplorer, type PathState } from './useExplorer';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useRequests, type Requests } from './useRequests';
import { readUrl, useViewInUrl } from './viewUrl';

export function App() {
  const initial = useMemo(readUrl, []);
  const requests = useRequests();
  const view = useExplorer(initial, requests);
  const searchInput = useRef<HTMLInputElement>(null);
  useViewInUrl(view.seeds, view.at, view.selection);
  useKeyboardShortcuts(searchInput, view.clearSelection);

  const { graph, seeds, at, path, open } = view;
  const [token, setToken] = useState(readToken);
  const graphData = useMemo(() => ({ nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] }), [graph]);
  const idle = requests.busy === 0;

  return (
    <div className="app" data-busy={!idle}>
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
          onPick={(hit) => view.focus(hit.node.id)}
        />
        <DateControl at={at} onChange={view.changeDate} />
        <TokenSettings
          token={token}
          onSave={(t) => {
            saveToken(t);
            setToken(readToken());
          }}
        />
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
            <PathFinder
              hasPath={path !== null}
              onFind={(from, to) => view.findPath(from, to)}
              onClear={view.clearPath}
            />
            <StatusLine
              requests={requests}
              idleText={
                at
                  ? `Facts valid on ${formatDate(at)}`
                  : `${graphData.nodes.length} nodes · ${graphData.edges.length} relationships`
              }
            />
          </div>
          {path && <PathSummary path={path} open={open} />}
          <div className="graph-stage">
            <GraphView
              graph={graphData}
              seeds={seeds}
              selected={view.selection?.id ?? null}
              path={path}
              growFrom={view.growFrom}
              onSelectNode={open}
              onSelectEdge={(id) => view.select({ kind: 'edge', id })}
              onClearSelection={view.clearSelection}
            />
            {graphData.nodes.length === 0 && idle && (
              <div className="graph-empty">
                <p>Search for an actor to see the graph around them: try “Umerov”, “Zakharova” or “sanctions”.</p>
              </div>
            )}
          </div>
          <Legend />
        </section>
        <DetailsPanel
          selection={view.selection}
          nodes={graph.nodes}
          edges={graph.edges}
          at={at}
          open={open}
          correct={token ? view.correct : null}
          revision={view.revision}
          overview={
            <Overview
              nodes={graphData.nodes}
              edgeCount={graphData.edges.length}
              seeds={seeds}
              open={open}
              truncated={graph.truncated}
            />
          }
        />
      </main>
    </div>
  );
}

function DateControl({ at, onChange }: { at: string | null; onChange(date: string | null): void }) {
  return (
    <div className="date-control">
      <label htmlFor="as-of">As of</label>
      <input
        id="as-of"
        type="date"
        value={at ?? ''}
        data-testid="as-of"
        onChange={(e) => onChange(e.target.value || null)}
      />
      {at ? (
        <button type="button" className="link-button" onClick={() => onChange(null)} title="Show facts of every date">
          all dates
        </button>
      ) : (
        <span className="muted">all dates</span>
      )}
    </div>
  );
}

/** The settings box: a write token, pasted, kept in sessionStorage for this tab; with one, the panel offers corrections. */
function TokenSettings({ token, onSave }: { token: string; onSave(token: string): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(token);
  return (
    <div className="token-settings">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        data-testid="token-settings"
        onClick={() => setOpen((o) => !o)}
        title="A token with the write scope lets you correct facts from the side panel"
      >
        {token ? 'Corrections on' : 'Write token…'}
      </button>
      {open && (
        <form
          className="token-form"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(text);
            setOpen(false);
          }}
        >
          <label htmlFor="write-token">Write token</label>
          <input
            id="write-token"
            type="password"
            autoComplete="off"
            value={text}
            data-testid="token-input"
            placeholder="Paste an API key or JWT with the write scope"
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit">Save</button>
          <small className="muted">Kept for this tab only (sessionStorage), sent as Authorization: Bearer.</small>
        </form>
      )}
    </div>
  );
}

/** Loading, the last message, or (when idle and quiet) what the canvas shows. */
function StatusLine({ requests: { busy, message }, idleText }: { requests: Requests; idleText: string }) {
  return (
    <div className="status-line" role="status" aria-live="polite">
      {message?.kind === 'error' && busy === 0 && <span className="error-dot" aria-hidden />}
      {busy > 0 ? 'Loading…' : (message?.text ?? idleText)}
    </div>
  );
}

/** The path found, hop by hop, each node a link that selects it. */
function PathSummary({ path, open }: { path: PathState; open(id: string): void }) {
  return (
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
  );
}
