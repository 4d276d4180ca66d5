import type { SourceResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord, SourceRecord } from '../repositories/records.js';
import { neighbourNodes } from './fieldHelpers.js';

export const Source: SourceResolvers = {
  cites: (source, _args, ctx) =>
    neighbourNodes<SourceRecord>(ctx, { id: source.id, types: ['CITES'], direction: 'OUT', label: 'Source' }),
  publisherActor: async (source, _args, ctx) =>
    (
      await neighbourNodes<ActorRecord>(ctx, {
        id: source.id,
        types: ['PUBLISHED'],
        direction: 'IN',
        label: 'Organization',
      })
    )[0] ?? null,
};
