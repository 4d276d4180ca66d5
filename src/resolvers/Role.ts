import type { RoleResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { evidenceOf, neighbourNodes } from './fieldHelpers.js';

export const Role: RoleResolvers = {
  organization: async (role, _args, ctx) =>
    (
      await neighbourNodes<ActorRecord>(ctx, {
        id: role.id,
        types: ['POST_IN'],
        direction: 'OUT',
        label: 'Organization',
      })
    )[0] ?? null,
  country: async (role, _args, ctx) =>
    (
      await neighbourNodes<ActorRecord>(ctx, { id: role.id, types: ['POST_IN'], direction: 'OUT', label: 'Country' })
    )[0] ?? null,
  holders: async (role, { at, certainty, current }, ctx) =>
    (
      await ctx.loaders.tenures.load({
        id: role.id,
        side: 'role',
        at: at ?? null,
        certainty: certainty ?? 'CERTAIN',
        current: current ?? null,
      })
    ).map((t) => t.tenure),
  evidence: (role, _args, ctx) => evidenceOf(ctx, role.evidenceIds),
};
