/** Fields every Actor type answers the same way (graphql-js runs field resolvers of concrete types only). */
import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import type { EventRecord } from '../repositories/records.js';
import {
  evidenceOf,
  isParticipation,
  neighbours,
  relationConnection,
  relationKey,
  statementConnection,
  toParticipation,
} from './fieldHelpers.js';

export const actorFields = {
  evidence: (actor, _args, ctx) => evidenceOf(ctx, actor.evidenceIds),
  statements: (actor, page, ctx, info) => statementConnection(ctx, { speaker: actor.id }, page, info),
  statementsReceived: (actor, page, ctx, info) => statementConnection(ctx, { addressee: actor.id }, page, info),
  events: async (actor, _args, ctx) =>
    (await neighbours(ctx, { id: actor.id, label: 'Event' }))
      .filter(isParticipation)
      .map((n) => toParticipation(n, actor, n.node as EventRecord)),
  relations: async (actor, args, ctx) => (await neighbours(ctx, relationKey(actor.id, args))).map((n) => n.relation),
  relationsConnection: (actor, { first, after, ...args }, ctx) =>
    relationConnection(ctx, relationKey(actor.id, args), first, after),
  interlocutors: (actor, _args, ctx) => ctx.loaders.interlocutors.load(actor.id),
} satisfies PersonResolvers;
