/** What the colours and line styles of the graph mean. */
import { ACTION_FAMILY, EDGE_FAMILIES, NODE_KINDS } from './graphStyle';

export function Legend() {
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
