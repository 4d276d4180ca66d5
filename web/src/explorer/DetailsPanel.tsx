/**
 * The side panel: everything the API knows about the selected node or relationship, with every
 * name a link into the graph and every fact traced to its source sentence.
 */
import { useEffect, useState, type ReactNode } from 'react';
import {
  edgeEvidence,
  nodeDetails,
  refLabel,
  type ActorDetails,
  type EventDetails,
  type Evidence,
  type GraphEdge,
  type GraphNode,
  type NodeDetails,
  type Ref,
  type RoleDetails,
  type SourceDetails,
  type StatementDetails,
  type Tenure,
} from './api';
import { ActorCorrections, StatementCorrections, type Correct } from './Corrections';
import { EvidenceView } from './EvidenceView';
import { formatDate, formatSpan, humanize } from './format';
import { edgeFamily, kindOf, kindStyle } from './graphStyle';
import { ListSection } from './ListSection';

interface Nav {
  /** Show a node: select it and grow the graph around it. */
  open(id: string): void;
  at: string | null;
  /** Set when a write token was given: the panel offers corrections. */
  correct: Correct | null;
  /** Goes up with every write heard of: the panel reads its node again. */
  revision: number;
}

function KindBadge({ kind }: { kind: string }) {
  return (
    <span className="kind-badge" style={{ background: kindStyle(kind).color }}>
      {kind}
    </span>
  );
}

function NodeLink({ node, nav }: { node: Ref; nav: Nav }) {
  const label = refLabel(node);
  return (
    <button type="button" className="node-link" onClick={() => nav.open(node.id)} title={node.id}>
      <span className="kind-dot" style={{ background: kindStyle(node.__typename).color }} aria-hidden />
      {node.__typename === 'Statement' ? `“${label}”` : label}
    </button>
  );
}

function Links({ nodes, nav, none = '—' }: { nodes: Ref[]; nav: Nav; none?: string }) {
  if (nodes.length === 0) return <span className="muted">{none}</span>;
  return (
    <span className="links">
      {nodes.map((n) => (
        <NodeLink key={n.id} node={n} nav={nav} />
      ))}
    </span>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Header({ kind, title, id, children }: { kind: string; title: ReactNode; id: string; children?: ReactNode }) {
  return (
    <header className="panel-header">
      <KindBadge kind={kind} />
      <h2 className={kind === 'Statement' ? 'statement-text' : undefined}>{title}</h2>
      <code className="node-id">{id}</code>
      {children}
    </header>
  );
}

// ── statements ───────────────────────────────────────────────────────────────────────────────────

function StatementPanel({ s, nav }: { s: StatementDetails; nav: Nav }) {
  return (
    <>
      <Header kind="Statement" id={s.id} title={s.statementKind === 'QUOTE' ? `“${s.text}”` : s.text}>
        <p className="subtitle">{s.statementKind === 'QUOTE' ? 'Direct quotation' : 'Reported speech'}</p>
      </Header>
      <Facts
        rows={[
          ['Speaker', <NodeLink node={s.speaker} nav={nav} />],
          [
            'Role that day',
            s.speakerRole ? <NodeLink node={s.speakerRole} nav={nav} /> : <span className="muted">none recorded</span>,
          ],
          [
            'Date',
            <>
              {formatDate(s.date, s.datePrecision)}
              {s.dateNote && <small className="note">{s.dateNote}</small>}
            </>,
          ],
          ['Addressed to', <Links nodes={s.addressees} nav={nav} none="no one in particular" />],
          ['About', <Links nodes={s.about} nav={nav} />],
          ['Responds to', <Links nodes={s.respondsTo} nav={nav} />],
        ]}
      />
      {nav.correct && <StatementCorrections id={s.id} addressees={s.addressees} correct={nav.correct} />}
      <EvidenceView evidence={s.evidence ?? []} title="Source sentence" />
      <ListSection
        title="Responses"
        items={s.responses}
        none="No recorded response."
        keyOf={(r) => r.id}
        render={(r) => (
          <>
            <NodeLink node={r.speaker} nav={nav} /> <span className="muted">{formatDate(r.date)}</span>
            <div>
              <NodeLink node={r} nav={nav} />
            </div>
          </>
        )}
      />
    </>
  );
}

// ── actors ───────────────────────────────────────────────────────────────────────────────────────

/** The tenures of a person (showing the role) or of a role (showing the person), marking those held on the date. */
function TenureSection({
  title,
  tenures,
  nav,
  heldIds,
  show,
}: {
  title: string;
  tenures: Tenure[];
  nav: Nav;
  heldIds: Set<string> | null;
  show: 'role' | 'person';
}) {
  return (
    <ListSection
      title={title}
      items={tenures}
      listClass="tenures"
      keyOf={(t) => t.id}
      itemClass={(t) => (heldIds?.has(t.id) === false ? 'not-held' : undefined)}
      render={(t) => (
        <>
          <div className="tenure-head">
            {show === 'role' ? (
              <NodeLink node={{ __typename: 'Role', id: t.role.id, title: t.role.title }} nav={nav} />
            ) : (
              <NodeLink node={t.person} nav={nav} />
            )}
            {t.current && <span className="tag current">current</span>}
            {heldIds?.has(t.id) && <span className="tag held">held on {formatDate(nav.at)}</span>}
          </div>
          <div className="tenure-span">
            {formatSpan(t.start, t.startPrecision, t.end, t.endPrecision)}
            {show === 'role' && t.role.organization && (
              <>
                {' · '}
                <NodeLink node={t.role.organization} nav={nav} />
              </>
            )}
          </div>
          {t.note && <small className="note">{t.note}</small>}
        </>
      )}
    />
  );
}

function ActorPanel({ a, nav }: { a: ActorDetails; nav: Nav }) {
  const heldIds = a.rolesOnDate ? new Set(a.rolesOnDate.map((t) => t.id)) : null;
  const rows: [string, ReactNode][] = [];
  if (a.aliases.length) rows.push(['Also', a.aliases.join(', ')]);
  if (a.country) rows.push(['Country', <NodeLink node={a.country} nav={nav} />]);
  if (a.heads)
    rows.push([
      nav.at ? `Head on ${formatDate(nav.at)}` : 'Head',
      <Links nodes={a.heads} nav={nav} none="not recorded" />,
    ]);
  rows.push([
    'Statements',
    `${a.statements.totalCount} made · ${a.statementsReceived.totalCount} addressed to ${a.__typename === 'Person' ? 'them' : 'it'}`,
  ]);
  return (
    <>
      <Header kind={a.__typename} id={a.id} title={a.name}>
        {a.description && <p className="subtitle">{a.description}</p>}
      </Header>
      <Facts rows={rows} />
      {nav.correct && <ActorCorrections id={a.id} correct={nav.correct} />}
      {a.roles && <TenureSection title="Tenures" tenures={a.roles} nav={nav} heldIds={heldIds} show="role" />}
      <ListSection
        title="Events"
        items={a.events}
        keyOf={(p) => `${p.event.id}:${p.role}`}
        render={(p) => (
          <>
            <span className="tag">{humanize(p.role)}</span> <NodeLink node={p.event} nav={nav} />
          </>
        )}
      />
      <EvidenceView evidence={a.evidence ?? []} />
    </>
  );
}

// ── events, roles, sources ───────────────────────────────────────────────────────────────────────

function EventPanel({ e, nav }: { e: EventDetails; nav: Nav }) {
  return (
    <>
      <Header kind="Event" id={e.id} title={e.title}>
        {e.description && <p className="subtitle">{e.description}</p>}
      </Header>
      <Facts
        rows={[
          ['Type', <span className="tag">{humanize(e.type)}</span>],
          ['Status', humanize(e.status)],
          [
            'Date',
            <>
              {formatDate(e.date, e.datePrecision)}
              {e.dateNote && <small className="note">{e.dateNote}</small>}
            </>,
          ],
        ]}
      />
      <ListSection
        title="Participants"
        items={e.participants}
        keyOf={(p) => `${p.actor.id}:${p.relationType}`}
        render={(p) => (
          <>
            <NodeLink node={p.actor} nav={nav} /> <span className="tag">{humanize(p.role)}</span>
          </>
        )}
      />
      <EvidenceView evidence={e.evidence ?? []} />
    </>
  );
}

function RolePanel({ r, nav }: { r: RoleDetails; nav: Nav }) {
  const rows: [string, ReactNode][] = [];
  if (r.aliases.length) rows.push(['Also', r.aliases.join(', ')]);
  if (r.organization) rows.push(['Organization', <NodeLink node={r.organization} nav={nav} />]);
  if (r.country) rows.push(['Country', <NodeLink node={r.country} nav={nav} />]);
  return (
    <>
      <Header kind="Role" id={r.id} title={r.title} />
      <Facts rows={rows} />
      <TenureSection title="Holders" tenures={r.holders} nav={nav} heldIds={null} show="person" />
      <EvidenceView evidence={r.evidence ?? []} />
    </>
  );
}

function SourcePanel({ s }: { s: SourceDetails }) {
  return (
    <>
      <Header kind="Source" id={s.id} title={s.title}>
        <p className="subtitle">
          {s.publisher}
          {s.published ? ` · ${formatDate(s.published)}` : ''}
          {s.dateline ? ` · ${s.dateline}` : ''}
        </p>
      </Header>
      <section className="panel-section">
        <h3>Text</h3>
        <div className="source-box">
          <div className="source-text">{s.text || <span className="muted">Known only by citation.</span>}</div>
        </div>
      </section>
    </>
  );
}

// ── the panel ────────────────────────────────────────────────────────────────────────────────────

function NodePanel({ id, nav }: { id: string; nav: Nav }) {
  const [details, setDetails] = useState<NodeDetails | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    nodeDetails(id, nav.at).then(
      (d) => live && setDetails(d),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [id, nav.at, nav.revision]);

  if (error)
    return (
      <p className="error">
        Could not load {id}: {error}
      </p>
    );
  if (details === undefined || (details && details.id !== id)) return <p className="muted loading">Loading…</p>;
  if (details === null) return <p className="muted">{id} is not in the graph (any more).</p>;
  switch (details.__typename) {
    case 'Statement':
      return <StatementPanel s={details} nav={nav} />;
    case 'Event':
      return <EventPanel e={details} nav={nav} />;
    case 'Role':
      return <RolePanel r={details} nav={nav} />;
    case 'Source':
      return <SourcePanel s={details} />;
    default:
      return <ActorPanel a={details} nav={nav} />;
  }
}

function EdgePanel({ edge, nodes, nav }: { edge: GraphEdge; nodes: Map<string, GraphNode>; nav: Nav }) {
  const [evidence, setEvidence] = useState<Evidence[] | null>(null);
  useEffect(() => {
    let live = true;
    setEvidence(null);
    edgeEvidence(edge, nav.at).then(
      (e) => live && setEvidence(e),
      () => live && setEvidence([]),
    );
    return () => {
      live = false;
    };
  }, [edge, nav.at]);
  const end = (id: string): Ref => {
    const node = nodes.get(id);
    return { __typename: node ? kindOf(node.labels) : 'Node', id, name: node?.caption ?? id };
  };
  // basis and reasoning get their own line above the table, where an analyst looks first.
  const properties = Object.entries(edge.properties).filter(
    ([k, v]) => v !== null && v !== '' && k !== 'basis' && k !== 'reasoning',
  );
  const inferred = edge.properties.basis === 'INFERRED';
  return (
    <>
      <Header kind="Relationship" id={edge.id} title={humanize(edge.type)}>
        <p className="subtitle">
          <span className="kind-dot" style={{ background: edgeFamily(edge.type).color }} aria-hidden />{' '}
          {edgeFamily(edge.type).name} · {edge.type}
        </p>
      </Header>
      <p className={inferred ? 'basis inferred' : 'basis'}>
        {inferred ? `Inferred: ${String(edge.properties.reasoning ?? 'no reasoning given')}` : 'Stated in the source'}
      </p>
      <Facts
        rows={[
          ['From', <NodeLink node={end(edge.source)} nav={nav} />],
          ['To', <NodeLink node={end(edge.target)} nav={nav} />],
          ...properties.map(([k, v]): [string, ReactNode] => [
            humanize(k),
            typeof v === 'string' ? v : JSON.stringify(v),
          ]),
        ]}
      />
      {evidence === null ? (
        <p className="muted loading">Loading the evidence…</p>
      ) : (
        <EvidenceView evidence={evidence} />
      )}
    </>
  );
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

interface PanelProps {
  selection: Selection | null;
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  at: string | null;
  open(id: string): void;
  correct: Correct | null;
  revision: number;
  overview: ReactNode;
}

export function DetailsPanel({ selection, nodes, edges, at, open, correct, revision, overview }: PanelProps) {
  const nav: Nav = { open, at, correct, revision };
  const edge = selection?.kind === 'edge' ? edges.get(selection.id) : undefined;
  return (
    <aside className="panel" aria-label="Details of the selection" data-testid="details">
      {selection?.kind === 'node' ? (
        <NodePanel key={selection.id} id={selection.id} nav={nav} />
      ) : edge ? (
        <EdgePanel edge={edge} nodes={nodes} nav={nav} />
      ) : (
        overview
      )}
    </aside>
  );
}
