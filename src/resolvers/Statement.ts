import type { StatementResolvers } from '../__generated__/resolvers-types.js';
import type { ActorRecord, StatementRecord } from '../repositories/records.js';
import { aboutKey, evidenceOf, neighbourNodes, statementLinks } from './fieldHelpers.js';

export const Statement: StatementResolvers = {
  // Each nested field reads what the page's query fetched when the client selected it there (prefetched).
  speaker: async (stmt, _args, ctx) => {
    if (stmt.prefetched?.speaker) return stmt.prefetched.speaker;
    const [speaker] = await neighbourNodes<ActorRecord>(ctx, {
      id: stmt.id,
      types: ['SAID'],
      direction: 'IN',
      label: 'Actor',
    });
    if (!speaker) throw new Error(`Statement ${stmt.id} has no speaker`);
    return speaker;
  },
  speakerRole: (stmt, _args, ctx) =>
    stmt.prefetched?.speakerRole !== undefined ? stmt.prefetched.speakerRole : ctx.loaders.speakerRole.load(stmt.id),
  addressees: (stmt, _args, ctx) =>
    stmt.prefetched?.addressees ??
    neighbourNodes<ActorRecord>(ctx, { id: stmt.id, types: ['ADDRESSED_TO'], direction: 'OUT', label: 'Actor' }),
  addresseeLinks: (stmt, _args, ctx) => statementLinks(ctx, stmt.id, 'ADDRESSED_TO'),
  subjectLinks: (stmt, _args, ctx) => statementLinks(ctx, stmt.id, 'ABOUT'),
  about: (stmt, _args, ctx) => neighbourNodes(ctx, aboutKey(stmt.id)),
  respondsTo: (stmt, _args, ctx) => neighbourNodes(ctx, { id: stmt.id, types: ['RESPONDS_TO'], direction: 'OUT' }),
  responses: (stmt, _args, ctx) =>
    neighbourNodes<StatementRecord>(ctx, { id: stmt.id, types: ['RESPONDS_TO'], direction: 'IN', label: 'Statement' }),
  thread: (stmt, _args, ctx) => ctx.loaders.thread.load(stmt.id),
  evidence: (stmt, _args, ctx) => stmt.prefetched?.evidence ?? evidenceOf(ctx, stmt.evidenceIds),
  sourceCount: (stmt, _args, ctx) => ctx.loaders.sourceCount.load(stmt.id),
};
