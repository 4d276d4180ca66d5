import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../errors.js';
import type { ActorRecord } from '../repositories/records.js';
import { statementConnection } from './fieldHelpers.js';
import { checkDepth, checkHops, checkLimit, checkRange, MAX_PATHS } from './graphArgs.js';
import { checkFirst, decodeCursor, toConnection } from './pagination.js';

const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country']);

export const Query: QueryResolvers = {
  node: (_root, { id }, ctx) => ctx.loaders.node.load(id),

  actor: async (_root, { id, name }, ctx) => {
    if ((id == null) === (name == null)) throw badUserInput('Give exactly one of id or name, e.g. actor(name: "Zelensky").', id == null ? 'id' : 'name');
    if (id != null) {
      const node = await ctx.loaders.node.load(id);
      return node && ACTOR_TYPES.has(node.__typename) ? (node as ActorRecord) : null;
    }
    return ctx.repos.nodes.actorByName(name!);
  },

  actors: async (_root, { kind, first, after }, ctx) => {
    const size = checkFirst(first, 20);
    return toConnection(await ctx.repos.nodes.actorsPage(kind ?? null, size + 1, decodeCursor(after)), size);
  },

  search: async (_root, { text, first }, ctx) => {
    if (!text.trim()) throw badUserInput('text must hold at least one word to search for.', 'text');
    return ctx.repos.nodes.search(text, checkFirst(first, 10));
  },

  statements: (_root, { speaker, addressee, about, kind, from, to, first, after }, ctx) =>
    statementConnection(ctx, { speaker: speaker ?? null, addressee: addressee ?? null, about: about ?? null, kind: kind ?? null, from: from ?? null, to: to ?? null }, first, after),

  events: async (_root, { type, actor, from, to }, ctx) =>
    (await ctx.repos.events.page({ type: type ?? null, actor: actor ?? null, from: from ?? null, to: to ?? null }, null, null)).rows.map((r) => r.record),

  eventsConnection: async (_root, { type, actor, from, to, first, after }, ctx) => {
    const size = checkFirst(first, 20);
    const filter = { type: type ?? null, actor: actor ?? null, from: from ?? null, to: to ?? null };
    return toConnection(await ctx.repos.events.page(filter, size + 1, decodeCursor(after)), size);
  },

  sources: (_root, _args, ctx) => ctx.repos.nodes.sources(),

  shortestPath: async (_root, { from, to, maxHops, types, at }, ctx) => {
    const hops = checkHops(maxHops ?? 4);
    if (from === to) {
      const node = await ctx.loaders.node.load(from);
      return node ? { nodes: [node], edges: [] } : null;
    }
    const [best] = await ctx.repos.graph.paths(from, to, hops, 1, { types: types ?? null, at: at ?? null }, false);
    return best ?? null;
  },

  paths: (_root, { from, to, maxHops, types, at, first }, ctx) =>
    ctx.repos.graph.paths(from, to, checkHops(maxHops ?? 4), checkRange('first', first ?? 5, 1, MAX_PATHS, ''), { types: types ?? null, at: at ?? null }, true),

  neighborhood: (_root, { id, depth, types, limit, at }, ctx) =>
    ctx.repos.graph.neighbourhood([id], checkDepth(depth ?? 1), checkLimit(limit ?? 200), { types: types ?? null, at: at ?? null }),

  expand: (_root, { ids, depth, types, limit, at }, ctx) => {
    if (ids.length === 0) throw badUserInput('ids must name at least one node to expand.', 'ids');
    return ctx.repos.graph.neighbourhood(ids, checkDepth(depth ?? 1), checkLimit(limit ?? 200), { types: types ?? null, at: at ?? null });
  },

  timeline: (_root, { actor, from, to }, ctx) => ctx.repos.timeline.timeline(actor, from ?? null, to ?? null),
};
