import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput } from '../errors.js';
import type { ActorRecord } from '../repositories/records.js';
import { statementConnection } from './fieldHelpers.js';
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
    return toConnection(await ctx.repos.nodes.actorsPage(kind ?? null, size, decodeCursor(after)), size);
  },

  search: async (_root, { text, first }, ctx) => {
    if (!text.trim()) throw badUserInput('text must hold at least one word to search for.', 'text');
    return ctx.repos.nodes.search(text, checkFirst(first, 10));
  },

  statements: (_root, { speaker, addressee, about, kind, from, to, first, after }, ctx) =>
    statementConnection(ctx, { speaker: speaker ?? null, addressee: addressee ?? null, about: about ?? null, kind: kind ?? null, from: from ?? null, to: to ?? null }, first, after),

  events: (_root, { type, actor, from, to }, ctx) =>
    ctx.repos.events.list({ type: type ?? null, actor: actor ?? null, from: from ?? null, to: to ?? null }),

  sources: (_root, _args, ctx) => ctx.repos.nodes.sources(),
};
