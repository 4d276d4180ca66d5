import type { PersonResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { actorFields } from './actorFields.js';
import { neighbourNode, tenuresOf } from './fieldHelpers.js';

export const Person: PersonResolvers = {
  ...actorFields,
  roles: (person, args, ctx) => tenuresOf(ctx, 'person', person.id, args),
  country: (person, _args, ctx) =>
    neighbourNode<ActorRecord>(ctx, { id: person.id, types: ['CITIZEN_OF'], direction: 'OUT', label: 'Country' }),
};
