import type { RelationResolvers } from '../__generated__/resolvers-types.js';
import type { NodeRecord } from '../repositories/records.js';
import { evidenceOf } from './fieldHelpers.js';

export const Relation: RelationResolvers = {
  // The adjacency loader primed the node loader with this neighbour: no extra query.
  node: async (rel, _args, ctx) => (await ctx.loaders.node.load(rel.nodeId)) as NodeRecord,
  evidence: (rel, _args, ctx) => evidenceOf(ctx, rel.evidenceIds),
};
