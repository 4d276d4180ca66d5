/**
 * The Cytoscape.js canvas. React owns the data; this component syncs it into Cytoscape
 * incrementally, so nodes already on screen keep their place when the graph grows.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphEdge, GraphNode } from './api';
import { edgeElement, nodeElement, STYLESHEET } from './graphStyle';

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface PathHighlight {
  nodes: string[];
  edges: string[];
}

interface Props {
  graph: GraphData;
  /** Nodes whose neighbourhood is shown (searched for, or clicked). */
  seeds: string[];
  selected: string | null;
  path: PathHighlight | null;
  /** Where new nodes should appear: the node that was expanded. */
  growFrom: string | null;
  onSelectNode(id: string): void;
  onSelectEdge(id: string): void;
  onClearSelection(): void;
}

declare global {
  interface Window {
    /** The live Cytoscape instance, for debugging from the console and for the end-to-end tests. */
    actorgraphExplorer?: { cy: cytoscape.Core };
  }
}

const PADDING = 40;

/** Cytoscape's built-in force-directed layout, run instantly; arrange() animates to its result. */
const coseOptions = (): cytoscape.LayoutOptions =>
  ({
    name: 'cose',
    randomize: false,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 100,
    nodeRepulsion: () => 12000,
    nodeOverlap: 16,
    gravity: 0.4,
    numIter: 1500,
    componentSpacing: 80,
  }) as cytoscape.LayoutOptions;

type Positions = Map<string, cytoscape.Position>;

/** Force layouts come out round; the canvas is wide. Stretch the result towards the canvas's shape. */
function stretchToFit(positions: Positions, width: number, height: number): Positions {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (positions.size < 3 || w <= 0 || h <= 0 || width <= 0 || height <= 0) return positions;
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const wanted = width / height;
  const ratio = w / h;
  const sx = ratio < wanted ? Math.min(wanted / ratio, 2) : 1;
  const sy = ratio > wanted ? Math.min(ratio / wanted, 2) : 1;
  return new Map([...positions].map(([id, p]) => [id, { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy }]));
}

/**
 * Lay the graph out: compute the force layout at once, stretch it to the canvas, then move every
 * node from where it was to its new place (new nodes start beside the node they grew from).
 */
interface Arrangement {
  /** Resolves when the nodes stop moving. */
  done: Promise<void>;
  stop(): void;
}

function arrange(cy: cytoscape.Core, box: HTMLElement, fresh: boolean): Arrangement {
  const before: Positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  const final = { positions: new Map() as Positions };
  const animateTo = cy.layout({
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => final.positions.get(node.id()) ?? node.position(),
    animate: !fresh,
    animationDuration: 450,
    fit: true,
    padding: PADDING,
  } as cytoscape.LayoutOptions);
  const done = new Promise<void>((resolve) => animateTo.one('layoutstop', () => resolve()));
  const force = cy.layout(coseOptions());
  force.one('layoutstop', () => {
    const computed: Positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    final.positions = stretchToFit(computed, box.clientWidth - 2 * PADDING, box.clientHeight - 2 * PADDING);
    if (!fresh) cy.nodes().forEach((n) => void n.position(before.get(n.id()) ?? n.position()));
    animateTo.run();
  });
  force.run();
  return {
    done,
    stop: () => {
      force.stop();
      animateTo.stop();
    },
  };
}

export function GraphView({
  graph,
  seeds,
  selected,
  path,
  growFrom,
  onSelectNode,
  onSelectEdge,
  onClearSelection,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<cytoscape.Core | null>(null);
  const running = useRef<Arrangement | null>(null);
  const handlers = useRef({ onSelectNode, onSelectEdge, onClearSelection });
  handlers.current = { onSelectNode, onSelectEdge, onClearSelection };

  // One Cytoscape instance for the component's life.
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: STYLESHEET,
      minZoom: 0.2,
      maxZoom: 2.5,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node', (event) => handlers.current.onSelectNode(event.target.id()));
    cy.on('tap', 'edge', (event) => handlers.current.onSelectEdge(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onClearSelection();
    });
    cyRef.current = cy;
    window.actorgraphExplorer = { cy };
    return () => {
      cy.destroy();
      cyRef.current = null;
      delete window.actorgraphExplorer;
    };
  }, []);

  // Sync the elements, then lay out what changed.
  useEffect(() => {
    const cy = cyRef.current;
    const box = container.current;
    if (!cy || !box) return;
    const nodeIds = new Set(graph.nodes.map((n) => n.id));
    const edgeIds = new Set(graph.edges.map((e) => e.id));
    const kept = cy.nodes().filter((n) => nodeIds.has(n.id()));
    const fresh = kept.length === 0;

    let removedNodes = 0;
    cy.batch(() => {
      const gone = cy.elements().filter((el) => (el.isNode() ? !nodeIds.has(el.id()) : !edgeIds.has(el.id())));
      removedNodes = gone.nodes().length;
      gone.remove();
      const anchor = growFrom ? cy.getElementById(growFrom) : null;
      const centre =
        anchor && anchor.nonempty() ? anchor.position() : { x: box.clientWidth / 2, y: box.clientHeight / 2 };
      const added = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
      if (fresh) {
        // A new graph starts from a wide ellipse around its first node (the API lists the centre
        // first), in a fixed order: the same graph gets the same layout every time.
        const [first, ...rest] = added;
        if (first) cy.add({ ...nodeElement(first), position: centre });
        rest.forEach((node, i) => {
          const angle = (2 * Math.PI * i) / rest.length;
          const position = {
            x: centre.x + box.clientWidth * 0.38 * Math.cos(angle),
            y: centre.y + box.clientHeight * 0.38 * Math.sin(angle),
          };
          cy.add({ ...nodeElement(node), position });
        });
      } else {
        added.forEach((node, i) => {
          const angle = (2 * Math.PI * i) / Math.max(added.length, 1);
          cy.add({
            ...nodeElement(node),
            position: { x: centre.x + 60 * Math.cos(angle), y: centre.y + 60 * Math.sin(angle) },
          });
        });
      }
      for (const node of graph.nodes) {
        const el = cy.getElementById(node.id);
        const data = nodeElement(node).data;
        if (el.data('label') !== data.label) el.data(data);
      }
      for (const edge of graph.edges) {
        if (cy.getElementById(edge.id).empty() && nodeIds.has(edge.source) && nodeIds.has(edge.target))
          cy.add(edgeElement(edge));
      }
    });

    const previous = running.current;
    running.current = null;
    previous?.stop();
    if (cy.nodes().empty()) {
      box.dataset.state = 'empty';
      return;
    }
    if (
      !fresh &&
      removedNodes === 0 &&
      cy
        .nodes()
        .filter((n) => n.scratch('placed') !== true)
        .empty()
    ) {
      box.dataset.state = 'ready';
      return;
    }
    // data-state tells the end-to-end tests (and anyone scripting the page) when nodes stop moving.
    box.dataset.state = 'layout';
    const layout = arrange(cy, box, fresh);
    running.current = layout;
    void layout.done.then(() => {
      if (running.current !== layout) return;
      // A handful of nodes should not fill the screen.
      if (cy.zoom() > 1.6) {
        cy.zoom(1.6);
        cy.center();
      }
      cy.nodes().forEach((n) => {
        n.scratch('placed', true);
      });
      box.dataset.state = 'ready';
    });
  }, [graph, growFrom]);

  // Seeds, selection and the path are classes: no relayout.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().removeClass('seed');
      for (const id of seeds) cy.getElementById(id).addClass('seed');
      cy.elements().unselect();
      if (selected) cy.getElementById(selected).select();
      cy.elements().removeClass('on-path faded');
      if (path) {
        const onPath = cy.collection();
        for (const id of [...path.nodes, ...path.edges]) onPath.merge(cy.getElementById(id));
        onPath.addClass('on-path');
        cy.elements().difference(onPath).addClass('faded');
      }
    });
  }, [seeds, selected, path, graph]);

  const fit = () =>
    cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: PADDING } }, { duration: 300 });

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph"
        data-state="empty"
        aria-label="Graph of the selected actor's neighbourhood"
        role="img"
      />
      <button type="button" className="graph-fit" onClick={fit} title="Fit the whole graph in view">
        Fit
      </button>
    </>
  );
}
