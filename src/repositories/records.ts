/**
 * Plain records the repositories return and the resolvers receive (codegen
 * `mappers` point the GraphQL types here). Node records carry `__typename`,
 * so interface fields (Node, Actor) resolve their type without another query.
 */
import type { DateRange } from '../domain/dates.js';

export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const EVENT_STATUSES = ['OCCURRED', 'PROPOSED', 'PLANNED', 'PENDING', 'NOT_OCCURRED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GROUP';
export type Basis = 'STATED' | 'INFERRED';
export type DateRangeRecord = DateRange;

interface Evidenced {
  evidenceIds: string[];
}

/** How a fact is known (see factsSchema.ts): every fact record carries it. */
export interface Known {
  basis: Basis;
  reasoning: string | null;
  confidence: number | null;
}

export interface ActorRecord extends Evidenced, Known {
  __typename: 'Person' | 'Organization' | 'Country' | 'Group';
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  description: string | null;
}

export interface RoleRecord extends Evidenced {
  __typename: 'Role';
  id: string;
  title: string;
  aliases: string[];
}

/**
 * What a statement page's own query fetched for the nested fields its client selected; a field not
 * fetched is absent, and its resolver asks its loader instead.
 */
export interface StatementPrefetch {
  speaker?: ActorRecord;
  speakerRole?: RoleRecord | null;
  addressees?: ActorRecord[];
  evidence?: EvidenceRecord[];
}

export interface StatementRecord extends Evidenced, Known {
  prefetched?: StatementPrefetch;
  __typename: 'Statement';
  id: string;
  text: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  date: string | null;
  datePrecision: DatePrecision | null;
  dateNote: string | null;
  dateRange: DateRange | null;
}

export interface EventRecord extends Evidenced, Known {
  __typename: 'Event';
  id: string;
  type: string;
  title: string;
  description: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateNote: string | null;
  dateRange: DateRange | null;
  status: EventStatus;
}

export interface SourceRecord {
  __typename: 'Source';
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  published: string | null;
  publishedPrecision: DatePrecision | null;
  publishedNote: string | null;
  publishedRange: DateRange | null;
  dateline: string | null;
  language: string | null;
  text: string;
}

export type NodeRecord = ActorRecord | RoleRecord | StatementRecord | EventRecord | SourceRecord;

export interface TenureRecord extends Evidenced, Known {
  id: string;
  personId: string;
  roleId: string;
  start: string | null;
  startPrecision: DatePrecision | null;
  end: string | null;
  endPrecision: DatePrecision | null;
  current: boolean;
  note: string | null;
  startRange: DateRange | null;
  endRange: DateRange | null;
}

export interface EvidenceRecord {
  id: string;
  sourceId: string;
  excerpt: string;
  start: number;
  end: number;
}

/** One relationship seen from one end. */
export interface RelationRecord extends Evidenced, Known {
  id: string;
  type: string;
  direction: 'OUT' | 'IN';
  nodeId: string;
  properties: Record<string, unknown>;
}

export interface ParticipationRecord extends Evidenced, Known {
  actor: ActorRecord;
  event: EventRecord;
  role: string;
  relationType: string;
}

/** An addressee or subject of a statement, with how it is known. */
export interface StatementLinkRecord extends Evidenced, Known {
  nodeId: string;
}

/** One keyset page: `key` is each item's sort key, the cursor it is encoded into. */
export interface KeyedPage<T> {
  total: number;
  rows: Array<{ key: string; record: T }>;
}

export interface ConnectionRecord<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export type StatementConnectionRecord = ConnectionRecord<StatementRecord>;
export type ActorConnectionRecord = ConnectionRecord<ActorRecord>;

export interface SearchHitRecord {
  node: NodeRecord;
  score: number;
}
export type EventConnectionRecord = ConnectionRecord<EventRecord>;
export type RelationConnectionRecord = ConnectionRecord<RelationRecord>;

/** A node's entity labels, most general first (GraphNode.labels). */
export const NODE_LABELS: Record<NodeRecord['__typename'], string[]> = {
  Person: ['Actor', 'Person'],
  Organization: ['Actor', 'Organization'],
  Country: ['Actor', 'Country'],
  Group: ['Actor', 'Group'],
  Role: ['Role'],
  Statement: ['Statement'],
  Event: ['Event'],
  Source: ['Source'],
};
