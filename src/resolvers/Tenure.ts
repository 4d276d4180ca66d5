import type { TenureResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord, RoleRecord } from '../repositories/records.js';
import { evidenceOf } from './fieldHelpers.js';

export const Tenure: TenureResolvers = {
  person: async (tenure, _args, ctx) => (await ctx.loaders.node.load(tenure.personId)) as ActorRecord,
  role: async (tenure, _args, ctx) => (await ctx.loaders.node.load(tenure.roleId)) as RoleRecord,
  evidence: (tenure, _args, ctx) => evidenceOf(ctx, tenure.evidenceIds),
};
