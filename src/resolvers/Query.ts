import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { badUserInput } from '../errors.js';
import type { Certainty } from '../domain/dates.js';
import type { GraphFilter, PathRecord } from '../repositories/graphRepository.js';
import type { GraphQLResolveInfo } from 'graphql';
import { primeTree } from '../loaders.js';
import type { ActorRecord, Basis, NodeRecord } from '../repositories/records.js';
import { statementConnection } from './fieldHelpers.js';
import { checkDepth, checkHops, checkLimit, checkPathsFirst, checkSearchText, SEARCH_HINT } from './argumentChecks.js';
import { checkFirst, decodeCursor, MAX_PAGE_SIZE, toConnection } from './pagination.js';
import { nodeTreePlan } from './nodePlan.js';
import { selects } from './selection.js';

const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country', 'Group']);

interface PathArgs {
  from: string;
  to: string;
  maxHops: number;
  types?: string[] | null;
  basis?: Basis | null;
  at?: string | null;
  certainty?: Certainty | null;
  first: number;
}

interface GraphArgs {
  types?: string[] | null;
  basis?: Basis | null;
  at?: string | null;
  certainty?: Certainty | null;
}

const graphFilter = ({ types, basis, at, certainty }: GraphArgs): GraphFilter => ({
  types: types ?? null,
  basis: basis ?? null,
  at: at ?? null,
  certainty: certainty ?? 'CERTAIN',
});

/** A node is joined to itself by the path of length 0; otherwise the shortest paths, best first. */
async function findPaths(ctx: Context, { from, to, maxHops, first, ...args }: PathArgs): Promise<PathRecord[]> {
  const filter = graphFilter(args);
  if (from === to) {
    const node = await ctx.loaders.node.load(from);
    return node ? [{ nodes: [node], edges: [] }] : [];
  }
  return ctx.repos.graph.paths(from, to, maxHops, first, filter, first > 1);
}

/**
 * A node by id. With nested fields the plan can compile (relations, subjects, roles), one query fetches
 * the node and them; otherwise the node loader batches it with the request's other look-ups.
 */
async function nodeById(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<NodeRecord | null> {
  const plan = nodeTreePlan(info);
  if (!plan) return ctx.loaders.node.load(id);
  const tree = await ctx.repos.trees.tree(id, plan);
  if (!tree) return null;
  primeTree(ctx.loaders, tree);
  return tree.nodes[0]!;
}

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx, info) => nodeById(ctx, id, info),

  actor: async (_root, { id, name }, ctx, info) => {
    if ((id == null) === (name == null))
      throw badUserInput('Give exactly one of id or name, e.g. actor(name: "Zelensky").', id == null ? 'id' : 'name');
    if (id != null) {
      const node = await nodeById(ctx, id, info);
      return node && ACTOR_TYPES.has(node.__typename) ? (node as ActorRecord) : null;
    }
    return ctx.repos.nodes.actorByName(name!);
  },

  actors: async (_root, { kind, first, after }, ctx, info) => {
    const size = checkFirst(first, 20);
    const request = { limit: size + 1, after: decodeCursor(after), withTotal: selects(info, 'totalCount') };
    return toConnection(await ctx.repos.nodes.actorsPage(kind ?? null, request), size);
  },

  search: async (_root, { text, first }, ctx) =>
    ctx.repos.nodes.search(checkSearchText(text), checkFirst(first, 10, MAX_PAGE_SIZE, SEARCH_HINT)),

  statements: (_root, { speaker, addressee, about, kind, basis, from, to, ...page }, ctx, info) =>
    statementConnection(
      ctx,
      {
        speaker: speaker ?? null,
        addressee: addressee ?? null,
        about: about ?? null,
        kind: kind ?? null,
        basis: basis ?? null,
        from: from ?? null,
        to: to ?? null,
      },
      page,
      info,
    ),

  events: async (_root, { type, actor, from, to }, ctx) =>
    (
      await ctx.repos.events.page(
        { type: type ?? null, actor: actor ?? null, from: from ?? null, to: to ?? null },
        { limit: null, after: null, withTotal: false },
      )
    ).rows.map((r) => r.record),

  eventsConnection: async (_root, { type, actor, from, to, first, after }, ctx, info) => {
    const size = checkFirst(first, 20);
    const filter = { type: type ?? null, actor: actor ?? null, from: from ?? null, to: to ?? null };
    const request = { limit: size + 1, after: decodeCursor(after), withTotal: selects(info, 'totalCount') };
    return toConnection(await ctx.repos.events.page(filter, request), size);
  },

  sources: (_root, _args, ctx) => ctx.repos.sources.all(),

  shortestPath: async (_root, { maxHops, ...args }, ctx) => {
    const [best] = await findPaths(ctx, { ...args, maxHops: checkHops(maxHops ?? 4), first: 1 });
    return best ?? null;
  },

  paths: (_root, { maxHops, first, ...args }, ctx) =>
    findPaths(ctx, {
      ...args,
      maxHops: checkHops(maxHops ?? 4),
      first: checkPathsFirst(first ?? 5),
    }),

  neighborhood: (_root, { id, depth, limit, ...args }, ctx) =>
    ctx.repos.graph.neighbourhood([id], checkDepth(depth ?? 1), checkLimit(limit ?? 200), graphFilter(args)),

  expand: (_root, { ids, depth, limit, ...args }, ctx) => {
    if (ids.length === 0) throw badUserInput('ids must name at least one node to expand.', 'ids');
    return ctx.repos.graph.neighbourhood(ids, checkDepth(depth ?? 1), checkLimit(limit ?? 200), graphFilter(args));
  },

  timeline: (_root, { actor, from, to, basis }, ctx) =>
    ctx.repos.timeline.timeline(actor, from ?? null, to ?? null, basis ?? null),

  timelineConnection: async (_root, { actor, from, to, basis, first, after }, ctx) => {
    const size = checkFirst(first, 20);
    const filter = { from: from ?? null, to: to ?? null, basis: basis ?? null };
    const { edges, pageInfo } = toConnection(
      await ctx.repos.timeline.page(actor, filter, size + 1, decodeCursor(after)),
      size,
    );
    return { edges, pageInfo };
  },
};
