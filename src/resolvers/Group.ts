import type { GroupResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { actorFields } from './actorFields.js';
import { neighbourNodes } from './fieldHelpers.js';

export const Group: GroupResolvers = {
  ...actorFields,
  countries: (group, _args, ctx) =>
    neighbourNodes<ActorRecord>(ctx, {
      id: group.id,
      types: ['REPRESENTS', 'PART_OF'],
      direction: 'OUT',
      label: 'Country',
    }),
};
