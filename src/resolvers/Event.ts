import type { EventResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { evidenceOf, isParticipation, neighbours, relationKey, toParticipation } from './fieldHelpers.js';

export const Event: EventResolvers = {
  participants: async (event, _args, ctx) =>
    (await neighbours(ctx, { id: event.id, label: 'Actor' }))
      .filter(isParticipation)
      .map((n) => toParticipation(n, n.node as ActorRecord, event)),
  relations: async (event, args, ctx) => (await neighbours(ctx, relationKey(event.id, args))).map((n) => n.relation),
  evidence: (event, _args, ctx) => evidenceOf(ctx, event.evidenceIds),
  sourceCount: (event, _args, ctx) => ctx.loaders.sourceCount.load(event.id),
};
