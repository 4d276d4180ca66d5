import type { RoleResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord } from '../repositories/records.js';
import { evidenceOf, neighbourNode, tenuresOf } from './fieldHelpers.js';

export const Role: RoleResolvers = {
  organization: (role, _args, ctx) =>
    neighbourNode<ActorRecord>(ctx, { id: role.id, types: ['POST_IN'], direction: 'OUT', label: 'Organization' }),
  country: (role, _args, ctx) =>
    neighbourNode<ActorRecord>(ctx, { id: role.id, types: ['POST_IN'], direction: 'OUT', label: 'Country' }),
  holders: (role, args, ctx) => tenuresOf(ctx, 'role', role.id, args),
  evidence: (role, _args, ctx) => evidenceOf(ctx, role.evidenceIds),
};
