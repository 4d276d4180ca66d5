/** The mutations (schema/mutations.graphql): each checks its input, then writes through runMutation. */
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import type { Context } from '../context.js';
import { foldName } from '../domain/names.js';
import { badFields } from '../errors.js';
import { runMutation } from '../writes/changeRunner.js';
import { writeFactInput, writeFactsFile, type FactSection } from '../writes/factInputs.js';
import { ingestArticle } from '../writes/ingestArticle.js';

const ACTOR_TYPES = new Set(['Person', 'Organization', 'Country', 'Group']);

/** The node must be a live actor, or the named argument is wrong. */
async function requireActor(ctx: Context, id: string, field: string): Promise<void> {
  const node = await ctx.loaders.node.load(id);
  if (!node || !ACTOR_TYPES.has(node.__typename))
    throw badFields([{ field, message: `${id} is no actor in the graph` }]);
}

function requireText(value: string, field: string): string {
  const text = value.trim();
  if (!text) throw badFields([{ field, message: 'must not be empty' }]);
  return text;
}

/** A mutation that adds one fact of a facts-file section, given as `input`. */
const addFact =
  <I extends { id: string }>(mutation: string, section: FactSection, nodeIdOf = (input: I) => input.id) =>
  (_: unknown, args: { input: I; idempotencyKey?: string | null }, ctx: Context) =>
    writeFactInput(ctx, mutation, section, args.input, args.idempotencyKey, nodeIdOf(args.input));

export const Mutation: MutationResolvers = {
  addSource: addFact('addSource', 'sources'),
  addActor: addFact('addActor', 'actors'),
  addRole: addFact('addRole', 'roles'),
  // A tenure is an edge: the change is about its person.
  addTenure: addFact('addTenure', 'tenures', (input: { id: string; person: string }) => input.person),
  addStatement: addFact('addStatement', 'statements'),
  addEvent: addFact('addEvent', 'events'),
  importFacts: (_, { file, texts, idempotencyKey }, ctx) => writeFactsFile(ctx, file, texts ?? [], idempotencyKey),
  ingestArticle: (_, args, ctx) => ingestArticle(ctx, args),

  addAlias: async (_, { actor, alias, idempotencyKey }, ctx) => {
    const name = requireText(alias, 'alias');
    await requireActor(ctx, actor, 'actor');
    return runMutation(ctx, 'addAlias', { idempotencyKey }, async (writer) => {
      await writer.addAlias(actor, name, foldName(name));
      return { nodeId: actor };
    });
  },

  mergeActors: async (_, { keep, duplicate, reason, idempotencyKey }, ctx) => {
    const why = requireText(reason, 'reason');
    if (keep === duplicate) throw badFields([{ field: 'duplicate', message: 'must be another actor than keep' }]);
    await requireActor(ctx, keep, 'keep');
    await requireActor(ctx, duplicate, 'duplicate');
    return runMutation(ctx, 'mergeActors', { idempotencyKey, reason: why }, async (writer) => {
      await writer.mergeActors(keep, duplicate, why);
      return { nodeId: keep };
    });
  },

  // Added as a relation from the statement: the same edge, id and checks as a facts file's addressee.
  addAddressee: async (_, { statement, addressee, idempotencyKey }, ctx) => {
    const stated = await ctx.loaders.node.load(statement);
    if (stated?.__typename !== 'Statement')
      throw badFields([{ field: 'statement', message: `${statement} is no statement in the graph` }]);
    await requireActor(ctx, addressee.id, 'addressee.id');
    // Without evidence of its own, the link shares the statement's, as a plain id in a facts file does.
    const evidence =
      addressee.evidence ??
      (await ctx.loaders.evidence.loadMany(stated.evidenceIds)).flatMap((e) =>
        e && !(e instanceof Error) ? [{ source: e.sourceId, start: e.start, end: e.end, excerpt: e.excerpt }] : [],
      );
    const { id, ...basis } = addressee;
    return writeFactInput(
      ctx,
      'addAddressee',
      'relations',
      { ...basis, from: statement, type: 'ADDRESSED_TO', to: id, evidence },
      idempotencyKey,
      statement,
    );
  },

  removeAddressee: async (_, { statement, addressee, reason, idempotencyKey }, ctx) => {
    const why = requireText(reason, 'reason');
    return runMutation(ctx, 'removeAddressee', { idempotencyKey, reason: why }, async (writer) => {
      if (!(await writer.retractEdge(`${statement}>ADDRESSED_TO>${addressee}`, why)))
        throw badFields([{ field: 'addressee', message: `${addressee} is no addressee of ${statement}` }]);
      return { nodeId: statement };
    });
  },

  retract: async (_, { id, reason, idempotencyKey }, ctx) => {
    const why = requireText(reason, 'reason');
    return runMutation(ctx, 'retract', { idempotencyKey, reason: why }, async (writer) => {
      if (!(await writer.retract(id, why)))
        throw badFields([{ field: 'id', message: `${id} is neither a node nor a relationship of the graph` }]);
      return { nodeId: null };
    });
  },
};
