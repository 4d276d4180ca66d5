/**
 * How the graph looks: one colour and shape per node label, one colour per family of edge types.
 * The legend and the side panel read the same tables, so they always agree with the canvas.
 */
import type cytoscape from 'cytoscape';
import type { GraphEdge, GraphNode } from './api';

export interface KindStyle {
  color: string;
  shape: cytoscape.Css.NodeShape;
  size: number;
  label: string;
}

/** Keyed by the most specific label of a node (GraphNode.labels is most general first). */
export const NODE_KINDS: Record<string, KindStyle> = {
  Person: { color: '#2563eb', shape: 'ellipse', size: 36, label: 'Person' },
  Organization: { color: '#0d9488', shape: 'round-rectangle', size: 38, label: 'Organization' },
  Country: { color: '#16a34a', shape: 'round-hexagon', size: 44, label: 'Country' },
  Group: { color: '#0891b2', shape: 'round-octagon', size: 34, label: 'Group' },
  Event: { color: '#d97706', shape: 'round-diamond', size: 34, label: 'Event' },
  Statement: { color: '#9333ea', shape: 'round-tag', size: 26, label: 'Statement' },
  Role: { color: '#64748b', shape: 'round-pentagon', size: 28, label: 'Role' },
  Source: { color: '#475569', shape: 'rectangle', size: 28, label: 'Source' },
};

const OTHER_KIND: KindStyle = { color: '#94a3b8', shape: 'ellipse', size: 26, label: 'Other' };

export function kindOf(labels: string[]): string {
  return labels[labels.length - 1] ?? 'Node';
}

export function kindStyle(kind: string): KindStyle {
  return NODE_KINDS[kind] ?? OTHER_KIND;
}

export interface EdgeFamily {
  name: string;
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  types: string[];
}

/** Edge types grouped by what they say; a type not listed is an action (ISSUED, TARGETS, ...). */
export const EDGE_FAMILIES: EdgeFamily[] = [
  { name: 'Speech', color: '#a855f7', line: 'solid', types: ['SAID', 'ADDRESSED_TO', 'ABOUT', 'MADE_AT'] },
  { name: 'Response', color: '#c026d3', line: 'dashed', types: ['RESPONDS_TO'] },
  { name: 'Office', color: '#3b82f6', line: 'solid', types: ['HOLDS', 'HEADS', 'POST_IN', 'TO_ROLE', 'APPOINTED'] },
  { name: 'Belonging', color: '#94a3b8', line: 'dotted', types: ['PART_OF', 'CITIZEN_OF', 'MEMBER_OF', 'LOCATED_IN'] },
];

export const ACTION_FAMILY: EdgeFamily = { name: 'Action', color: '#f59e0b', line: 'solid', types: [] };

export function edgeFamily(type: string): EdgeFamily {
  return EDGE_FAMILIES.find((f) => f.types.includes(type)) ?? ACTION_FAMILY;
}

export const PATH_COLOR = '#dc2626';

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function nodeElement(node: GraphNode): cytoscape.ElementDefinition {
  const kind = kindOf(node.labels);
  const style = kindStyle(kind);
  return {
    group: 'nodes',
    data: {
      id: node.id,
      kind,
      label: shorten(node.caption, kind === 'Statement' ? 56 : 44),
      color: style.color,
      size: style.size,
      shape: style.shape,
    },
  };
}

export function edgeElement(edge: GraphEdge): cytoscape.ElementDefinition {
  const family = edgeFamily(edge.type);
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      label: edge.type.toLowerCase().replace(/_/g, ' '),
      color: family.color,
      line: family.line,
      // An inferred edge is drawn dashed: the article does not say it, a reader worked it out.
      basis: edge.properties.basis === 'INFERRED' ? 'INFERRED' : 'STATED',
    },
  };
}

export const STYLESHEET: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 2,
      'border-color': '#ffffff',
      label: 'data(label)',
      'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 12,
      'font-weight': 500,
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
      'overlay-padding': 6,
      'transition-property': 'opacity, border-width, border-color',
      'transition-duration': 150,
    },
  },
  {
    selector: 'node[kind = "Statement"]',
    style: { 'font-size': 11, 'font-weight': 400, 'font-style': 'italic', 'text-max-width': '150px' },
  },
  { selector: 'node.seed', style: { 'border-color': '#0f172a', 'border-width': 2.5 } },
  {
    selector: 'node:selected',
    style: {
      'border-color': '#0f172a',
      'border-width': 4,
      'overlay-color': '#0f172a',
      'overlay-opacity': 0.08,
      'z-index': 20,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'line-color': 'data(color)',
      'line-style': 'data(line)' as never,
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.85,
      label: 'data(label)',
      'font-family': 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 9,
      color: '#64748b',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'edge[basis = "INFERRED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge:selected', style: { width: 3.5, opacity: 1, color: '#0f172a', 'z-index': 20 } },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: 'edge.faded', style: { opacity: 0.1 } },
  { selector: 'node.neighbour-of-selected', style: { opacity: 1 } },
  { selector: 'node.on-path', style: { 'border-color': PATH_COLOR, 'border-width': 4, opacity: 1, 'z-index': 30 } },
  {
    selector: 'edge.on-path',
    style: {
      width: 4.5,
      'line-color': PATH_COLOR,
      'target-arrow-color': PATH_COLOR,
      'line-style': 'solid',
      opacity: 1,
      color: PATH_COLOR,
      'font-weight': 600,
      'font-size': 10,
      'min-zoomed-font-size': 0,
      'z-index': 30,
    },
  },
];
