/**
 * The shape of a facts file (seed/facts/*.yaml): what the loader accepts.
 *
 * A facts file states what one or more sources say, every fact with the exact
 * excerpt that says it and the excerpt's character offsets (UTF-16 code units,
 * as String.prototype.slice counts them) in its source text. Ids are readable
 * and stable ("person:rustem-umerov"), so loading a file twice changes nothing.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import { DATE_PRECISIONS, EVENT_STATUSES } from '../repositories/records.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be an ISO-8601 calendar date, e.g. "2025-07-19"')
  .refine(isIsoDate, { message: 'is not a real calendar date' });

export const datePrecision = z.enum(DATE_PRECISIONS);

const idOf = (prefix: string) =>
  z
    .string()
    .regex(
      new RegExp(`^${prefix}:[a-z0-9][a-z0-9._-]*$`),
      `must look like "${prefix}:some-slug" (lower case, digits, . _ -)`,
    );

export const anyId = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9._-]*$/, 'must look like "kind:some-slug"');
export const actorId = z
  .string()
  .regex(/^(person|org|country):[a-z0-9][a-z0-9._-]*$/, 'must be an actor id (person:…, org:… or country:…)');

/** Upper-case codes: relation types, event types, participant roles. */
const code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be an UPPER_SNAKE_CASE code');

export const evidenceSchema = z.object({
  /** Defaults to the file's first source that has a text. */
  source: idOf('source').optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  excerpt: z.string().min(1),
});

const evidenceList = z.array(evidenceSchema).min(1, 'every fact needs at least one piece of evidence');

/** A date with its precision; a WEEK date is the Monday of that week, a MONTH date the 1st, a YEAR date 1 January. */
const datedFields = {
  date: isoDate.nullish(),
  datePrecision: datePrecision.nullish(),
  /** Where the date came from when the text does not give it as a date, e.g. "“this week”, resolved against the publication date". */
  dateNote: z.string().nullish(),
};

export const sourceSchema = z.object({
  id: idOf('source'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().url().nullish(),
  published: isoDate.nullish(),
  publishedPrecision: datePrecision.nullish(),
  publishedNote: z.string().nullish(),
  dateline: z.string().nullish(),
  language: z.string().nullish(),
  /** Path of the source text, relative to the facts file. Sources only cited have no text. */
  textFile: z.string().nullish(),
  cites: z.array(idOf('source')).default([]),
});

export const actorSchema = z.object({
  id: actorId,
  kind: z.enum(['PERSON', 'ORGANIZATION', 'COUNTRY']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().nullish(),
  /** Person: nationality; Organization: the country it belongs to. */
  country: idOf('country').nullish(),
  /** Organization: the organization it is part of (LOCATED_IN / PART_OF go in relations). */
  partOf: idOf('org').nullish(),
  evidence: evidenceList,
});

export const roleSchema = z.object({
  id: idOf('role'),
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  organization: idOf('org').nullish(),
  country: idOf('country').nullish(),
  /** The holder heads the organization (or, without one, the country): the loader draws HEADS for each tenure. */
  heads: z.boolean().default(false),
  evidence: evidenceList,
});

export const tenureSchema = z.object({
  id: idOf('tenure'),
  person: idOf('person'),
  role: idOf('role'),
  start: isoDate.nullish(),
  startPrecision: datePrecision.nullish(),
  end: isoDate.nullish(),
  endPrecision: datePrecision.nullish(),
  /** false for an ended tenure whose end date is unknown. */
  current: z.boolean(),
  note: z.string().nullish(),
  evidence: evidenceList,
});

export const participantSchema = z.object({
  actor: actorId,
  /** The actor's part: ISSUER, TARGET, INVITER, INVITEE, DELEGATION_LEADER, DEMANDER, REJECTER, PLEDGER, RECIPIENT, PARTICIPANT, ... */
  role: code,
  /** The whiteboard edge to draw; defaults by role (see participationEdges.ts). */
  relation: code.nullish(),
  /** OUT: actor -relation-> event; IN: event -relation-> actor. */
  direction: z.enum(['OUT', 'IN']).nullish(),
  evidence: evidenceList,
});

export const eventSchema = z.object({
  id: idOf('event'),
  type: code,
  title: z.string().min(1),
  description: z.string().nullish(),
  ...datedFields,
  /** OCCURRED (default), PROPOSED, PLANNED, PENDING, NOT_OCCURRED. */
  status: z.enum(EVENT_STATUSES).default('OCCURRED'),
  participants: z.array(participantSchema).default([]),
  evidence: evidenceList,
});

export const statementSchema = z.object({
  id: idOf('stmt'),
  kind: z.enum(['QUOTE', 'PARAPHRASE']),
  /** QUOTE: the quotation itself, without quote marks; PARAPHRASE: the reported content. */
  text: z.string().min(1),
  speaker: actorId,
  addressees: z.array(actorId).default([]),
  /** Actors, events, statements or roles it is about. */
  about: z.array(anyId).default([]),
  /** Statements or events it answers. */
  respondsTo: z.array(z.string().regex(/^(stmt|event):/, 'must be a statement or event id')).default([]),
  ...datedFields,
  evidence: evidenceList,
});

export const relationSchema = z.object({
  from: anyId,
  type: code,
  to: anyId,
  start: isoDate.nullish(),
  startPrecision: datePrecision.nullish(),
  end: isoDate.nullish(),
  endPrecision: datePrecision.nullish(),
  /** Extra scalar properties shown on the edge, e.g. { count: 4 }. */
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  note: z.string().nullish(),
  evidence: evidenceList,
});

export const factsFileSchema = z.object({
  sources: z.array(sourceSchema).min(1, 'a facts file names at least one source'),
  actors: z.array(actorSchema).default([]),
  roles: z.array(roleSchema).default([]),
  tenures: z.array(tenureSchema).default([]),
  events: z.array(eventSchema).default([]),
  statements: z.array(statementSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export type FactsFile = z.infer<typeof factsFileSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
