import type {
  GraphNodeResolvers,
  GraphResolvers,
  PathResolvers,
  TimelineEntryResolvers,
} from '../__generated__/resolvers-types.js';
import type { NodeRecord } from '../repositories/records.js';
import { captionOf } from './caption.js';

const LABELS: Record<NodeRecord['__typename'], string[]> = {
  Person: ['Actor', 'Person'],
  Organization: ['Actor', 'Organization'],
  Country: ['Actor', 'Country'],
  Group: ['Actor', 'Group'],
  Role: ['Role'],
  Statement: ['Statement'],
  Event: ['Event'],
  Source: ['Source'],
};

/** What a visualisation shows on a node; a source's full text stays out (ask node(id) for it). */
export const GraphNode: GraphNodeResolvers = {
  labels: (node) => LABELS[node.__typename],
  caption: (node) => captionOf(node),
  properties: (node) => {
    const {
      __typename: _t,
      id: _id,
      evidenceIds: _e,
      ...rest
    } = node as NodeRecord & { evidenceIds?: string[]; text?: string };
    if (node.__typename === 'Source') delete (rest as { text?: string }).text;
    return rest;
  },
};

export const Graph: GraphResolvers = {};

export const Path: PathResolvers = {
  length: (path) => path.edges.length,
};

export const TimelineEntry: TimelineEntryResolvers = {
  caption: (entry) => captionOf(entry.node),
};
