import type { NodeRecord } from '../repositories/records.js';

/** The short label a list or a graph shows for a node. */
export function captionOf(node: NodeRecord): string {
  switch (node.__typename) {
    case 'Person':
    case 'Organization':
    case 'Country':
    case 'Group':
      return node.name;
    case 'Statement':
      return node.kind === 'QUOTE' ? `“${node.text}”` : node.text;
    default:
      return node.title;
  }
}
