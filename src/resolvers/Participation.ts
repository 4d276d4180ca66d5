import type { ParticipationResolvers } from '../__generated__/resolvers-types.js';
import { evidenceOf } from './fieldHelpers.js';

export const Participation: ParticipationResolvers = {
  evidence: (p, _args, ctx) => evidenceOf(ctx, p.evidenceIds),
};
