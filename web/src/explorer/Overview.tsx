/** With nothing selected: what is on the canvas, as a keyboard-friendly list. */
import type { GraphNode } from './api';
import { kindOf, kindStyle, NODE_KINDS } from './graphStyle';
import { ListSection } from './ListSection';

export function Overview({
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
        <ListSection
          key={kind}
          title={
            <>
              <span className="kind-dot" style={{ background: kindStyle(kind).color }} aria-hidden /> {kind}
            </>
          }
          items={groups.get(kind)!.sort((a, b) => a.caption.localeCompare(b.caption))}
          listClass="overview-list"
          keyOf={(n) => n.id}
          render={(n) => (
            <button
              type="button"
              className={seeds.includes(n.id) ? 'node-link seed' : 'node-link'}
              data-node-id={n.id}
              onClick={() => open(n.id)}
            >
              {n.caption}
            </button>
          )}
        />
      ))}
    </>
  );
}
