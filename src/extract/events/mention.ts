/**
 * What an event mention is (the words that report an event of a common type, the actors they name and the
 * part each plays), and the two ways one is built: with its clause as evidence, or a noun alone.
 */
import type { EventStatus, EventType } from '../eventTypes.js';
import type { ParsedSentence, Span } from '../parsedText.js';
import { trimSpan } from '../parsedText.js';
import type { Referent } from '../speakers.js';
import { isVerb } from './clauseReading.js';

export interface FoundParticipant {
  referent: Referent;
  /** The actor's part: ISSUER, TARGET, PROPOSER, … (participationEdges.ts draws each). */
  part: string;
  evidence: Span;
  /** Why the actor is taken to play the part, when the words do not say it outright. */
  reasoning?: string;
  /** A delegation's country takes part in talks that are held, not in talks only proposed. */
  ifHeld?: boolean;
  /** The lesser of the reading's and the referent's (set when the event is gathered). */
  confidence?: number;
}

export interface EventMention {
  type: EventType;
  sentence: ParsedSentence;
  /** Tokens that name the event (a verb, a noun): a noun used here is not a bare mention too. */
  triggers: number[];
  evidence: Span;
  status?: EventStatus;
  participants: FoundParticipant[];
  /** The token whose clause may date the event. */
  dateAnchor: number;
  confidence: number;
  /** Why the words are read as an event of this type, when they do not name it ("gave Russia 50 days"). */
  reasoning?: string;
  /** A delegation's leader or a rejection: it joins the last event of its type, never starts one. */
  joinsLast?: boolean;
  /** A noun alone ("the talks"): the same happening mentioned again, if an event of its type came before. */
  bare?: boolean;
}

/** Clause parts that are another statement or event, not this one's words. */
const OTHER_CLAUSE = /^(ccomp|parataxis|advcl|conj|acl:relcl|dep|punct|xcomp|csubj)$/;

/** A mention whose evidence is the anchor's clause (or the trigger noun's phrase), without side clauses. */
export function mention(
  s: ParsedSentence,
  type: EventType,
  triggers: number[],
  anchor: number,
  status: EventStatus | undefined,
  confidence: number,
  participants: FoundParticipant[],
  reasoning?: string,
): EventMention {
  const clause = isVerb(s, anchor) ? anchor : triggers[0]!;
  const words = s.subtree(clause, (d) => /^(punct|parataxis|advcl|conj|cc)$/.test(d.dep) && d.governor === clause);
  const evidence = trimSpan(s.text, s.spanOf([...words, ...triggers]));
  return {
    type,
    sentence: s,
    triggers,
    evidence,
    status,
    participants: participants.map((p) => ({ ...p, evidence })),
    dateAnchor: anchor,
    confidence,
    ...(reasoning ? { reasoning } : {}),
  };
}

/** A noun alone ("the talks"): no one named, low confidence; events.ts joins it to an event before, if any. */
export function bareMention(s: ParsedSentence, n: number, type: EventType): EventMention {
  const words = s.subtree(n, (d) => OTHER_CLAUSE.test(d.dep) || d.dep.startsWith('acl'));
  return {
    type,
    sentence: s,
    triggers: [n],
    evidence: trimSpan(s.text, s.spanOf(words)),
    participants: [],
    dateAnchor: n,
    confidence: 0.5,
    bare: true,
  };
}
