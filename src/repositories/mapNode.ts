/** Turns a Neo4j node (labels + properties) into the record type its label names. */
import neo4j from 'neo4j-driver';
import type { DateRange } from '../domain/dates.js';
import {
  DATE_PRECISIONS,
  EVENT_STATUSES,
  type ActorKind,
  type ActorRecord,
  type DatePrecision,
  type Known,
  type NodeRecord,
  type SourceRecord,
} from './records.js';

export interface RawNode {
  labels: string[];
  props: Record<string, unknown>;
}

const KNOWN = ['basis', 'reasoning', 'confidence'];
/** What rangeOf reads of the range stored under a prefix. */
const range = (prefix: string) => ['Edtf', 'Earliest', 'Latest', 'Phrase'].map((field) => prefix + field);
/** A date as a statement, an event or a source stores it: the day, its precision, a note and its range. */
const dated = (prefix: string) => [prefix, `${prefix}Precision`, `${prefix}Note`, ...range(prefix)];
const projection = (n: string, keys: string[]) => `${n} {${keys.map((k) => `.${k}`).join(', ')}}`;

/**
 * The stored properties toNodeRecord reads for each label, with the page key (sortKey) the page queries
 * cut on. The bookkeeping the write path keeps (nameKeys, aliasesText, referenceAliases, timeline keys,
 * certainty bounds) is half of an actor's bytes and is never read back: projecting the fields instead of
 * properties(n) moves about 40% fewer bytes and costs Neo4j one db hit per node instead of one per property.
 */
const RECORD_PROPERTIES: Array<[label: string, keys: string[]]> = [
  ['Actor', ['kind', 'name', 'aliases', 'description', ...KNOWN]],
  ['Statement', ['text', 'kind', ...dated('date'), ...KNOWN]],
  ['Event', ['type', 'title', 'description', 'status', ...dated('date'), ...KNOWN]],
  ['Role', ['title', 'aliases']],
  ['Source', ['title', 'publisher', 'url', ...dated('published'), 'dateline', 'language', 'text']],
];

const recordProperties = (n: string) =>
  `CASE ${RECORD_PROPERTIES.map(
    ([label, keys]) => `WHEN ${n}:${label} THEN ${projection(n, ['id', 'evidenceIds', 'sortKey', ...keys])}`,
  ).join(' ')} ELSE properties(${n}) END`;

/**
 * Returned by every query that yields nodes, so one mapper serves them all. `n` is a variable or, as in
 * `x.m`, an expression, which a map projection cannot follow: it is bound to a variable first.
 */
export const RAW_NODE = (n: string) =>
  `{labels: labels(${n}), props: ${/^\w+$/.test(n) ? recordProperties(n) : `[node IN [${n}] | ${recordProperties('node')}][0]`}}`;

/** The properties of a HOLDS edge `h` that toTenure reads (relationRepository.ts), for the same reason. */
export const TENURE_PROPERTIES = (h: string) =>
  projection(h, [
    ...['id', 'current', 'note', 'evidenceIds', 'start', 'startPrecision', 'end', 'endPrecision'],
    ...range('start'),
    ...range('end'),
    ...KNOWN,
  ]);

const ACTOR_TYPES: Record<ActorKind, ActorRecord['__typename']> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  GROUP: 'Group',
};

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
/** The ingest stores only the schema's precisions; anything else reads as unknown. */
export const toDatePrecision = (v: unknown): DatePrecision | null => DATE_PRECISIONS.find((p) => p === v) ?? null;

/** The date of a statement or an event, as precise as the facts give it. */
const datedFields = (p: Record<string, unknown>) => ({
  date: str(p.date),
  datePrecision: toDatePrecision(p.datePrecision),
  dateNote: str(p.dateNote),
  dateRange: rangeOf(p, 'date'),
});

/** A stored day, a Neo4j DATE or (from graphs loaded before ranges) a string, as "2025-07-19". */
const day = (v: unknown): string | null => (neo4j.isDate(v) ? String(v) : str(v));

/** The range stored under a prefix (`date`, `start`, `end`, `published`); null for an undated fact. */
export function rangeOf(p: Record<string, unknown>, prefix: string): DateRange | null {
  const edtf = str(p[`${prefix}Edtf`]);
  if (!edtf) return null;
  return {
    earliest: day(p[`${prefix}Earliest`]),
    latest: day(p[`${prefix}Latest`]),
    edtf,
    phrase: str(p[`${prefix}Phrase`]),
  };
}

/** How a stored fact is known; facts loaded without a basis are what their sources state. */
export function knownOf(p: Record<string, unknown>): Known {
  return {
    basis: p.basis === 'INFERRED' ? 'INFERRED' : 'STATED',
    reasoning: str(p.reasoning),
    confidence: typeof p.confidence === 'number' ? p.confidence : null,
  };
}

export function toNodeRecord({ labels, props: p }: RawNode): NodeRecord {
  const id = String(p.id);
  const evidenceIds = strings(p.evidenceIds);
  if (labels.includes('Actor')) {
    const kind = p.kind as ActorKind;
    return {
      __typename: ACTOR_TYPES[kind],
      id,
      kind,
      name: String(p.name),
      aliases: strings(p.aliases),
      description: str(p.description),
      evidenceIds,
      ...knownOf(p),
    };
  }
  if (labels.includes('Statement')) {
    return {
      __typename: 'Statement',
      id,
      text: String(p.text),
      kind: p.kind as 'QUOTE' | 'PARAPHRASE',
      ...datedFields(p),
      evidenceIds,
      ...knownOf(p),
    };
  }
  if (labels.includes('Event')) {
    return {
      __typename: 'Event',
      id,
      type: String(p.type),
      title: String(p.title),
      description: str(p.description),
      ...datedFields(p),
      status: EVENT_STATUSES.find((s) => s === p.status) ?? 'OCCURRED',
      evidenceIds,
      ...knownOf(p),
    };
  }
  if (labels.includes('Role')) {
    return { __typename: 'Role', id, title: String(p.title), aliases: strings(p.aliases), evidenceIds };
  }
  if (labels.includes('Source')) return toSourceRecord(p);
  throw new Error(`Node ${id} has no known label (${labels.join(', ')})`);
}

function toSourceRecord(p: Record<string, unknown>): SourceRecord {
  return {
    __typename: 'Source',
    id: String(p.id),
    title: String(p.title),
    publisher: String(p.publisher),
    url: str(p.url),
    published: str(p.published),
    publishedPrecision: toDatePrecision(p.publishedPrecision),
    publishedNote: str(p.publishedNote),
    publishedRange: rangeOf(p, 'published'),
    dateline: str(p.dateline),
    language: str(p.language),
    text: str(p.text) ?? '',
  };
}

/** Properties that are bookkeeping, not facts: kept out of Relation.properties and GraphEdge.properties. */
const INTERNAL_PROPS = new Set([
  'id',
  'evidenceIds',
  'certainFrom',
  'certainTo',
  'possibleFrom',
  'possibleTo',
  'nameKeys',
  'sortKey',
  'timelineKey',
  'timelineStartKey',
  'timelineEndKey',
  'aliasesText',
]);

/** Facts only, with stored dates as "2025-07-19" strings, so JSON answers carry no driver types. */
export function publicProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => !INTERNAL_PROPS.has(k))
      .map(([k, v]) => [k, neo4j.isDate(v) ? String(v) : v]),
  );
}
