/** The audit trail's types and fields: Change, MutationResult, auditLog, and `history` on nodes and relations. */
import type { MutationResultResolvers, QueryResolvers, RelationResolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { ChangeRecord } from '../repositories/auditRepository.js';
import { checkFirst, decodeCursor, encodeCursor } from './pagination.js';

export const MutationResult: MutationResultResolvers = {
  node: (result, _args, ctx) => (result.nodeId ? ctx.loaders.node.load(result.nodeId) : null),
};

/** Node.history on every node type. */
export const nodeHistory = (node: { id: string }, _args: unknown, ctx: Context): Promise<ChangeRecord[]> =>
  ctx.loaders.nodeHistory.load(node.id);

export const relationHistory: RelationResolvers['history'] = (relation, _args, ctx) =>
  ctx.loaders.edgeHistory.load({ edgeId: relation.id, nodeId: relation.nodeId });

const cursorOf = (c: ChangeRecord) => encodeCursor(`${c.exactAt}|${c.id}`);

function afterOf(cursor: string | null | undefined): { at: string; id: string } | null {
  const key = decodeCursor(cursor);
  if (key === null) return null;
  const split = key.indexOf('|');
  if (split < 0) throw badUserInput('after is not a cursor of auditLog; pass pageInfo.endCursor.', 'after');
  return { at: key.slice(0, split), id: key.slice(split + 1) };
}

export const AuditQuery: Pick<QueryResolvers, 'auditLog'> = {
  auditLog: async (_, { first, after, actor, by, from, to }, ctx) => {
    const size = checkFirst(first, 20);
    const rows = await ctx.repos.audit.log({
      nodeId: actor ?? null,
      by: by ?? null,
      from: from ?? null,
      to: to ?? null,
      after: afterOf(after),
      limit: size + 1,
    });
    const edges = rows.slice(0, size).map((c) => ({ cursor: cursorOf(c), node: c }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  },
};
