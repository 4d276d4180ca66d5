/** Small pieces several resolvers share: evidence look-ups, neighbours, participations, statement pages. */
import type { Context } from '../context.js';
import type { Certainty } from '../domain/dates.js';
import type {
  ActorRecord,
  Basis,
  ConnectionRecord,
  EventRecord,
  EvidenceRecord,
  NodeRecord,
  ParticipationRecord,
  RelationRecord,
  StatementConnectionRecord,
  StatementLinkRecord,
  TenureRecord,
} from '../repositories/records.js';
import type { AdjacencyKey, Neighbour, TenureKey } from '../repositories/relationRepository.js';
import type { StatementFilter } from '../repositories/statementRepository.js';
import { checkFirst, decodeCursor, toConnection } from './pagination.js';
import { selects, type Selected } from './selection.js';

export async function evidenceOf(ctx: Context, ids: readonly string[]): Promise<EvidenceRecord[]> {
  const found = await ctx.loaders.evidence.loadMany(ids);
  return found.filter((e): e is EvidenceRecord => e !== null && !(e instanceof Error));
}

/** The whole adjacency key of a partial one: what a field's resolver loads, and what a compiled query primes. */
export const adjacencyKey = (key: Partial<AdjacencyKey> & { id: string }): AdjacencyKey => ({
  types: null,
  direction: 'BOTH',
  label: null,
  at: null,
  ...key,
});

/** A statement's subjects (Statement.about). */
export const aboutKey = (id: string): AdjacencyKey => adjacencyKey({ id, types: ['ABOUT'], direction: 'OUT' });

export async function neighbours(ctx: Context, key: Partial<AdjacencyKey> & { id: string }): Promise<Neighbour[]> {
  const page = await ctx.loaders.adjacent.load(adjacencyKey(key));
  return page.rows.map((r) => r.record);
}

export interface RelationArgs {
  types?: string[] | null;
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  basis?: Basis | null;
  at?: string | null;
  certainty?: Certainty | null;
}

/** The adjacency key for a `relations(types, direction, basis, at, certainty)` field. */
export function relationKey(id: string, args: RelationArgs): Omit<AdjacencyKey, 'after' | 'limit' | 'label'> {
  return {
    id,
    types: args.types ?? null,
    direction: args.direction ?? 'BOTH',
    basis: args.basis ?? null,
    at: args.at ?? null,
    certainty: args.certainty ?? 'CERTAIN',
  };
}

/** Relations as a cursor connection, for nodes whose relationships run into the thousands. */
export async function relationConnection(
  ctx: Context,
  key: Omit<AdjacencyKey, 'after' | 'limit' | 'label'>,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionRecord<RelationRecord>> {
  const size = checkFirst(first, 20);
  const page = await ctx.loaders.adjacent.load({ ...key, label: null, after: decodeCursor(after), limit: size + 1 });
  return toConnection(
    { total: page.total, rows: page.rows.map((r) => ({ key: r.key, record: r.record.relation })) },
    size,
  );
}

/** A statement's addressees or subjects, each with how it is known. */
export async function statementLinks(
  ctx: Context,
  statementId: string,
  type: 'ADDRESSED_TO' | 'ABOUT',
): Promise<StatementLinkRecord[]> {
  return (await neighbours(ctx, { id: statementId, types: [type], direction: 'OUT' })).map(({ relation: r }) => ({
    nodeId: r.nodeId,
    evidenceIds: r.evidenceIds,
    basis: r.basis,
    reasoning: r.reasoning,
    confidence: r.confidence,
  }));
}

export async function neighbourNodes<T extends NodeRecord = NodeRecord>(
  ctx: Context,
  key: Partial<AdjacencyKey> & { id: string },
): Promise<T[]> {
  return (await neighbours(ctx, key)).map((n) => n.node as T);
}

/** The one node at the other end of an edge the facts allow once (a person's country, a post's organization). */
export async function neighbourNode<T extends NodeRecord = NodeRecord>(
  ctx: Context,
  key: Partial<AdjacencyKey> & { id: string },
): Promise<T | null> {
  return (await neighbourNodes<T>(ctx, key))[0] ?? null;
}

export interface TenureArgs {
  at?: string | null;
  certainty?: Certainty | null;
  current?: boolean | null;
}

/** The tenure key of a `roles(at, certainty, current)` field: what its resolver loads and a compiled query primes. */
export const tenureKey = (side: TenureKey['side'], id: string, { at, certainty, current }: TenureArgs): TenureKey => ({
  id,
  side,
  at: at ?? null,
  certainty: certainty ?? 'CERTAIN',
  current: current ?? null,
});

/** The tenures of a person or of a role, on a date and/or current only when asked. */
export async function tenuresOf(
  ctx: Context,
  side: TenureKey['side'],
  id: string,
  args: TenureArgs,
): Promise<TenureRecord[]> {
  return (await ctx.loaders.tenures.load(tenureKey(side, id, args))).map((t) => t.tenure);
}

/**
 * An edge between an actor and an event is a participation when it carries the actor's part
 * (`role`, written for every event participant); other edges, such as an event LOCATED_IN a
 * country, are relations only.
 */
export function isParticipation(n: Neighbour): boolean {
  return typeof n.relation.properties.role === 'string';
}

export function toParticipation(n: Neighbour, actor: ActorRecord, event: EventRecord): ParticipationRecord {
  return {
    actor,
    event,
    role: n.relation.properties.role as string,
    relationType: n.relation.type,
    evidenceIds: n.relation.evidenceIds,
    basis: n.relation.basis,
    reasoning: n.relation.reasoning,
    confidence: n.relation.confidence,
  };
}

const NO_FILTER: StatementFilter = {
  speaker: null,
  addressee: null,
  about: null,
  kind: null,
  basis: null,
  from: null,
  to: null,
};

/** A page of statements; totalCount is counted only when `info` shows it selected. */
export async function statementConnection(
  ctx: Context,
  filter: Partial<StatementFilter>,
  { first, after }: { first?: number | null; after?: string | null },
  info: Selected,
): Promise<StatementConnectionRecord> {
  const size = checkFirst(first, 20);
  const request = {
    filter: { ...NO_FILTER, ...filter },
    after: decodeCursor(after),
    withTotal: selects(info, 'totalCount'),
    nested: {
      speaker: selects(info, 'edges', 'node', 'speaker'),
      speakerRole: selects(info, 'edges', 'node', 'speakerRole'),
      addressees: selects(info, 'edges', 'node', 'addressees'),
      evidence: selects(info, 'edges', 'node', 'evidence'),
    },
  };
  const page = await ctx.loaders.statementPage.load({ request, limit: size + 1 });
  return toConnection(page, size);
}
