import type { OrganizationResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { actorFields } from './actorFields.js';
import { neighbourNode, neighbours } from './fieldHelpers.js';

export const Organization: OrganizationResolvers = {
  ...actorFields,
  country: (org, _args, ctx) =>
    neighbourNode<ActorRecord>(ctx, { id: org.id, types: ['PART_OF'], direction: 'OUT', label: 'Country' }),
  // Without a date, "who heads it" means now: only current HEADS edges.
  heads: async (org, { at, certainty }, ctx) =>
    (
      await neighbours(ctx, {
        id: org.id,
        types: ['HEADS'],
        direction: 'IN',
        label: 'Person',
        at: at ?? null,
        certainty: certainty ?? 'CERTAIN',
      })
    )
      .filter((n) => at || n.relation.properties.current !== false)
      .map((n) => n.node as ActorRecord),
};
