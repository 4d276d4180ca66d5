import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { actorFields } from './actorFields.js';
import { neighbourNodes } from './fieldHelpers.js';

export const Person: PersonResolvers = {
  ...actorFields,
  roles: async (person, { at, certainty, current }, ctx) =>
    (
      await ctx.loaders.tenures.load({
        id: person.id,
        side: 'person',
        at: at ?? null,
        certainty: certainty ?? 'CERTAIN',
        current: current ?? null,
      })
    ).map((t) => t.tenure),
  country: async (person, _args, ctx) =>
    (
      await neighbourNodes<ActorRecord>(ctx, {
        id: person.id,
        types: ['CITIZEN_OF'],
        direction: 'OUT',
        label: 'Country',
      })
    )[0] ?? null,
};
