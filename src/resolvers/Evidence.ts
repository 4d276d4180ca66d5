import type { EvidenceResolvers } from '../__generated__/resolvers-types.js';
import type { SourceRecord } from '../repositories/records.js';

export const Evidence: EvidenceResolvers = {
  source: async (evidence, _args, ctx) => (await ctx.loaders.node.load(evidence.sourceId)) as SourceRecord,
};
