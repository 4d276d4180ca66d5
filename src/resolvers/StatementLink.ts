import type { StatementLinkResolvers } from '../__generated__/resolvers-types.js';
import type { NodeRecord } from '../repositories/records.js';
import { evidenceOf } from './fieldHelpers.js';

export const StatementLink: StatementLinkResolvers = {
  // The adjacency loader that found the link primed the node loader with its node.
  node: async (link, _args, ctx) => (await ctx.loaders.node.load(link.nodeId)) as NodeRecord,
  evidence: (link, _args, ctx) => evidenceOf(ctx, link.evidenceIds),
};
