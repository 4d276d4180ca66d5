/** Fields every Actor type answers the same way (graphql-js runs field resolvers of concrete types only). */
import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import type { EventRecord } from '../repositories/records.js';
import {
  evidenceOf,
  isParticipation,
  neighbours,
  relationConnection,
  statementConnection,
  toParticipation,
} from './fieldHelpers.js';

export const actorFields = {
  evidence: (actor, _args, ctx) => evidenceOf(ctx, actor.evidenceIds),
  statements: (actor, { first, after }, ctx) => statementConnection(ctx, { speaker: actor.id }, first, after),
  statementsReceived: (actor, { first, after }, ctx) => statementConnection(ctx, { addressee: actor.id }, first, after),
  events: async (actor, _args, ctx) =>
    (await neighbours(ctx, { id: actor.id, label: 'Event' }))
      .filter(isParticipation)
      .map((n) => toParticipation(n, actor, n.node as EventRecord)),
  relations: async (actor, { types, direction, at }, ctx) =>
    (await neighbours(ctx, { id: actor.id, types: types ?? null, direction: direction ?? 'BOTH', at: at ?? null })).map(
      (n) => n.relation,
    ),
  relationsConnection: (actor, { types, direction, at, first, after }, ctx) =>
    relationConnection(
      ctx,
      { id: actor.id, types: types ?? null, direction: direction ?? 'BOTH', at: at ?? null },
      first,
      after,
    ),
  interlocutors: (actor, _args, ctx) => ctx.loaders.interlocutors.load(actor.id),
} satisfies PersonResolvers;
