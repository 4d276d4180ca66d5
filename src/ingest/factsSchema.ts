/**
 * The shape of a facts file (seed/facts/*.yaml): what the loader accepts.
 *
 * A facts file states what one or more sources say, every fact with the exact
 * excerpt that says it and the excerpt's character offsets (UTF-16 code units,
 * as String.prototype.slice counts them) in its source text. Ids are readable
 * and stable ("person:rustem-umerov"), so loading a file twice changes nothing.
 */
import { z } from 'zod';
import { isIsoDate, parseEdtf } from '../domain/dates.js';
import { DATE_PRECISIONS, EVENT_STATUSES } from '../repositories/records.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDate = z
  .string()
  .regex(ISO_DATE, 'must be an ISO-8601 calendar date, e.g. "2025-07-19"')
  .refine(isIsoDate, { message: 'is not a real calendar date' });

export const datePrecision = z.enum(DATE_PRECISIONS);

/**
 * A date as EDTF (ISO 8601-2): a day "2025-07-19", a month "2025-07", a year "2025", or an
 * interval of any of them, open ends included: "2025-07-07/2025-07-19", "../2025-07-20".
 */
export const edtfDate = z.string().superRefine((value, ctx) => {
  try {
    parseEdtf(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});

/**
 * How a fact is known, on every fact: STATED when its excerpts say it, INFERRED when a reader
 * works it out (then `reasoning` says how). `confidence` (0 to 1) is for extracted facts;
 * `extractedBy` names the extractor and its version; `needsReview` holds a fact back for a person.
 */
const basisFields = {
  basis: z.enum(['STATED', 'INFERRED']).default('STATED'),
  reasoning: z.string().min(1).nullish(),
  confidence: z.number().min(0).max(1).nullish(),
  extractedBy: z.string().min(1).nullish(),
  needsReview: z.boolean().nullish(),
  /** Why a person should check it (set with needsReview by the extractor: a new actor, an ambiguous match, low confidence). */
  review: z.string().min(1).nullish(),
};

type Based = { basis: 'STATED' | 'INFERRED'; reasoning?: string | null };

/** An INFERRED fact without reasoning cannot be checked by anyone: refuse it. */
function requireReasoning(fact: Based, ctx: z.RefinementCtx): void {
  if (fact.basis === 'INFERRED' && !fact.reasoning)
    ctx.addIssue({ code: 'custom', path: ['reasoning'], message: 'an INFERRED fact must say why (reasoning)' });
}

/** An object schema whose facts carry a basis. */
const based = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, ...basisFields }).superRefine((fact, ctx) => requireReasoning(fact as Based, ctx));

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
  .regex(
    /^(person|org|country|group):[a-z0-9][a-z0-9._-]*$/,
    'must be an actor id (person:…, org:…, country:… or group:…)',
  );

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

/**
 * A date as EDTF, with the words it came from. `datePrecision` is the older form, kept for files
 * that still use it: a day with a precision stands for its period (a WEEK date is the Monday).
 */
const datedFields = {
  date: edtfDate.nullish(),
  datePrecision: datePrecision.nullish(),
  /** The source's words, e.g. "last week". */
  datePhrase: z.string().nullish(),
  /** Where the date came from when the text does not give it as a date, e.g. "“this week”, resolved against the publication date". */
  dateNote: z.string().nullish(),
};

export const sourceSchema = z.object({
  id: idOf('source'),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.string().url().nullish(),
  published: edtfDate.nullish(),
  publishedPrecision: datePrecision.nullish(),
  publishedPhrase: z.string().nullish(),
  publishedNote: z.string().nullish(),
  dateline: z.string().nullish(),
  language: z.string().nullish(),
  /** Path of the source text, relative to the facts file. Sources only cited have no text. */
  textFile: z.string().nullish(),
  cites: z.array(idOf('source')).default([]),
  /** The publisher as an actor (Organization): drawn as publisher -PUBLISHED-> source. */
  publisherActor: idOf('org').nullish(),
});

export const actorSchema = based({
  id: actorId,
  /** GROUP: a named collective ("Russian representatives", "Western nations"), not a formal body. */
  kind: z.enum(['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().nullish(),
  /** Person: nationality; Organization: the country it belongs to. */
  country: idOf('country').nullish(),
  /** Organization: the organization it is part of (LOCATED_IN / PART_OF go in relations). */
  partOf: idOf('org').nullish(),
  /** Aliases known from elsewhere than this file's sources, each with the source that gives it. */
  referenceAliases: z.array(z.object({ alias: z.string().min(1), source: idOf('source') })).default([]),
  evidence: evidenceList,
});

export const roleSchema = based({
  id: idOf('role'),
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  organization: idOf('org').nullish(),
  country: idOf('country').nullish(),
  /** The holder heads the organization (or, without one, the country): the loader draws HEADS for each tenure. */
  heads: z.boolean().default(false),
  evidence: evidenceList,
});

/** A start and an end, each as EDTF with the words it came from (see datedFields). */
const spanFields = {
  start: edtfDate.nullish(),
  startPrecision: datePrecision.nullish(),
  startPhrase: z.string().nullish(),
  end: edtfDate.nullish(),
  endPrecision: datePrecision.nullish(),
  endPhrase: z.string().nullish(),
};

export const tenureSchema = based({
  id: idOf('tenure'),
  person: idOf('person'),
  role: idOf('role'),
  ...spanFields,
  /** false for an ended tenure whose end date is unknown. */
  current: z.boolean(),
  note: z.string().nullish(),
  evidence: evidenceList,
});

export const participantSchema = based({
  actor: actorId,
  /** The actor's part: ISSUER, TARGET, INVITER, INVITEE, DELEGATION_LEADER, DEMANDER, REJECTER, PLEDGER, RECIPIENT, PARTICIPANT, ... */
  role: code,
  /** The whiteboard edge to draw; defaults by role (see participationEdges.ts). */
  relation: code.nullish(),
  /** OUT: actor -relation-> event; IN: event -relation-> actor. */
  direction: z.enum(['OUT', 'IN']).nullish(),
  evidence: evidenceList,
});

export const eventSchema = based({
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

/**
 * An addressee or subject of a statement: a plain id (stated by the statement's own evidence),
 * or an object with its own basis and evidence.
 */
const statementLink = (id: z.ZodString) =>
  z.union([
    id,
    based({ id, evidence: evidenceList.optional() }).refine((l) => l.basis === 'INFERRED' || l.evidence, {
      message: 'a STATED link given as an object needs its own evidence (or write the plain id)',
    }),
  ]);

export const statementSchema = based({
  id: idOf('stmt'),
  kind: z.enum(['QUOTE', 'PARAPHRASE']),
  /** QUOTE: the quotation itself, without quote marks; PARAPHRASE: the reported content. */
  text: z.string().min(1),
  speaker: actorId,
  addressees: z.array(statementLink(actorId)).default([]),
  /** Actors, events, statements or roles it is about. */
  about: z.array(statementLink(anyId)).default([]),
  /** Statements or events it answers. */
  respondsTo: z.array(z.string().regex(/^(stmt|event):/, 'must be a statement or event id')).default([]),
  ...datedFields,
  evidence: evidenceList,
});

export const relationSchema = based({
  from: anyId,
  type: code,
  to: anyId,
  ...spanFields,
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
/** What a facts file may say: fields with defaults (basis, aliases, …) may be left out. Writers of files use it. */
export type FactsFileInput = z.input<typeof factsFileSchema>;
export type EvidenceInput = z.infer<typeof evidenceSchema>;
export type StatementLinkInput = FactsFile['statements'][number]['addressees'][number];
export type BasisInput = z.infer<z.ZodObject<typeof basisFields>>;

/**
 * Why an extracted or corroborated fact waits for a person before it lands. The extractor and
 * corroboration both raise them; the draft marks the fact `needsReview: true` and the summary counts them.
 * - LOW_CONFIDENCE: the extractor's confidence is under its threshold.
 * - AMBIGUOUS_MATCH: a mention or a statement matches an existing one only nearly (see `candidates`);
 *   it is never merged without a person's decision.
 * - NEW_ACTOR: no actor in the graph matched the name; a new id was made.
 * - UNRESOLVED_SPEAKER: a statement whose speaker could not be found (a pronoun with no antecedent).
 * - UNRESOLVED_DATE: a date phrase that could not be turned into a range.
 */
export const REVIEW_FLAG_KINDS = [
  'LOW_CONFIDENCE',
  'AMBIGUOUS_MATCH',
  'NEW_ACTOR',
  'UNRESOLVED_SPEAKER',
  'UNRESOLVED_DATE',
] as const;

export const reviewFlagSchema = z.object({
  kind: z.enum(REVIEW_FLAG_KINDS),
  /** The flagged fact in the draft: a statement, event, actor, role or tenure id. */
  factId: anyId,
  /** For a person: what was found and why it was not decided, e.g. "text similarity 0.71 with stmt:…". */
  reason: z.string().min(1),
  /** Existing facts it nearly matches (AMBIGUOUS_MATCH), best first. */
  candidates: z.array(anyId).optional(),
});

export type ReviewFlagKind = (typeof REVIEW_FLAG_KINDS)[number];
export type ReviewFlag = z.infer<typeof reviewFlagSchema>;
