import type { EventResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { evidenceOf, isParticipation, neighbours, toParticipation } from './fieldHelpers.js';

export const Event: EventResolvers = {
  participants: async (event, _args, ctx) =>
    (await neighbours(ctx, { id: event.id, label: 'Actor' }))
      .filter(isParticipation)
      .map((n) => toParticipation(n, n.node as ActorRecord, event)),
  relations: async (event, { types, direction, at }, ctx) =>
    (await neighbours(ctx, { id: event.id, types: types ?? null, direction: direction ?? 'BOTH', at: at ?? null })).map(
      (n) => n.relation,
    ),
  evidence: (event, _args, ctx) => evidenceOf(ctx, event.evidenceIds),
};
