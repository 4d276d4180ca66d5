/**
 * Events of the common types with their participants: the mentions eventMentions.ts reads, gathered into one
 * event per happening ("the talks" three times are one event; talks held earlier this year and talks proposed
 * for next week are two), each dated by the words of its clause as an honest range (dates.ts).
 */
import { parseEdtf } from '../domain/dates.js';
import { readDate, undated, type ReadDate } from './dates.js';
import { EventMentionReader } from './eventMentions.js';
import type { EventMention, FoundParticipant } from './events/mention.js';
import { SINGLE_PARTS, type EventStatus, type EventType } from './eventTypes.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';
import type { ActorResolver } from './resolveActors.js';
import type { Referents } from './speakers.js';
import { overlaps, type FoundStatement } from './statements.js';

export type { FoundParticipant } from './events/mention.js';

export interface FoundEvent {
  type: EventType;
  status?: EventStatus;
  participants: FoundParticipant[];
  /** Every mention's words, first the one that names the most. */
  evidence: Span[];
  /** The sentences that mention it (statements about it are looked for there). */
  sentences: ParsedSentence[];
  date?: ReadDate;
  confidence: number;
  /** Why the words are read as this type, when they do not name it. */
  reasoning?: string;
}

interface Dated extends EventMention {
  date?: ReadDate;
}

/**
 * The article's events. `sentenceDates` dates a sentence by what was said in it: an event reported in the same
 * sentence as a dated statement, and not dated itself, happened when that was said ("Trump told reporters …,
 * where he was meeting Rutte").
 */
export function findEvents(
  parsed: ParsedText,
  referents: Referents,
  resolver: ActorResolver,
  published: string,
  sentenceDates: ReadonlyMap<ParsedSentence, ReadDate> = new Map(),
): FoundEvent[] {
  const reader = new EventMentionReader(referents, resolver);
  const mentions = parsed.sentences
    .flatMap((s) => reader.read(s))
    .map((m): Dated => ({ ...m, date: m.bare ? undefined : mentionDate(parsed, m, published) }))
    .sort((a, b) => a.evidence.start - b.evidence.start);
  const clusters: Dated[][] = [];
  for (const m of mentions) {
    const into = [...clusters].reverse().find((c) => c[0]!.type === m.type && (m.joinsLast || fits(c, m)));
    if (into) into.push(m);
    else if (!m.joinsLast && !m.bare) clusters.push([m]);
  }
  return clusters.flatMap((c) => {
    const event = eventOf(c, published, sentenceDates);
    return event.participants.length > 0 ? [event] : [];
  });
}

/** A mention is the same happening as an event unless they differ in status, dates, or (meetings) in who met. */
function fits(cluster: Dated[], m: Dated): boolean {
  const status = cluster.find((c) => c.status)?.status;
  if (status && m.status && status !== m.status) return false;
  const date = cluster.find((c) => c.date)?.date;
  if (date && m.date && !datesOverlap(date.date, m.date.date)) return false;
  if (m.type === 'MEETING' && !m.bare) {
    const actors = new Set(cluster.flatMap((c) => c.participants.map((p) => p.referent.actor.id)));
    return m.participants.some((p) => actors.has(p.referent.actor.id));
  }
  return true;
}

function datesOverlap(a: string, b: string): boolean {
  const x = parseEdtf(a);
  const y = parseEdtf(b);
  return (x.latest ?? '9999') >= (y.earliest ?? '0000') && (y.latest ?? '9999') >= (x.earliest ?? '0000');
}

function eventOf(mentions: Dated[], published: string, sentenceDates: ReadonlyMap<ParsedSentence, ReadDate>) {
  const status = mentions.find((m) => m.status)?.status;
  const participants: FoundParticipant[] = [];
  for (const m of mentions) {
    const filled = new Set(participants.map((p) => p.part));
    for (const p of m.participants) {
      if (p.ifHeld && status === 'PROPOSED') continue;
      if (participants.some((q) => q.part === p.part && q.referent.actor.id === p.referent.actor.id)) continue;
      // A later mention naming another issuer names the first one again ("the Kremlin" for Russia).
      if (SINGLE_PARTS.has(p.part) && filled.has(p.part)) continue;
      participants.push({ ...p, confidence: Math.min(m.confidence, p.referent.confidence) });
    }
  }
  const named = mentions.filter((m) => !m.bare);
  const main = [...named].sort((a, b) => b.participants.length - a.participants.length)[0]!;
  const evidence = [main.evidence, ...mentions.map((m) => m.evidence)].filter(
    (e, i, all) => all.findIndex((f) => overlaps(e, f)) === i,
  );
  return {
    type: main.type,
    ...(status ? { status } : {}),
    participants,
    evidence,
    sentences: [...new Set(mentions.map((m) => m.sentence))],
    // A rejection or a delegation joined later says nothing of when the event itself happened.
    date: eventDate(
      named.filter((m) => !m.joinsLast),
      status,
      published,
      sentenceDates,
    ),
    confidence: Math.max(...named.map((m) => m.confidence)),
    ...(named.find((m) => m.reasoning) ? { reasoning: named.find((m) => m.reasoning)!.reasoning } : {}),
  } satisfies FoundEvent;
}

/**
 * The first date its mentions give; else, for what happened, the date of what was said in its sentence, else on
 * or before the publication; a proposed or planned event the words do not date is left undated.
 */
function eventDate(
  named: Dated[],
  status: EventStatus | undefined,
  published: string,
  sentenceDates: ReadonlyMap<ParsedSentence, ReadDate>,
): ReadDate | undefined {
  const own = named.find((m) => m.date)?.date;
  if (own) return own;
  if (status === 'PROPOSED' || status === 'PLANNED') return undefined;
  const said = named.map((m) => sentenceDates.get(m.sentence)).find(Boolean);
  if (said)
    return {
      date: said.date,
      phrase: said.phrase,
      note: `Not dated in its clause; dated as what was said in the same sentence: ${said.note}`,
    };
  return undated(published);
}

/** Clause dependents that belong to another clause, whose date words are not this event's. */
const OTHER_CLAUSE = /^(ccomp|parataxis|advcl|conj|acl:relcl|dep|xcomp|csubj|punct)$/;

/**
 * A date word in the clause of the mention's anchor, else in the clause it is part of ("agreed on Wednesday to
 * exchange … at talks"; "gave … on Monday, and announced"), never in the clause of a verb of saying around it.
 */
function mentionDate(parsed: ParsedText, m: EventMention, published: string): ReadDate | undefined {
  const s = m.sentence;
  const past = m.status !== 'PROPOSED' && m.status !== 'PLANNED';
  let at: number | undefined = m.dateAnchor;
  for (let hops = 0; at !== undefined && hops < 3; hops++) {
    const words = new Set(s.subtree(at, (d) => OTHER_CLAUSE.test(d.dep)));
    for (const mention of s.mentions) {
      if (mention.ner !== 'DATE' || !mention.timex || !words.has(mention.tokenBegin + 1)) continue;
      const span = { start: mention.characterOffsetBegin, end: mention.characterOffsetEnd };
      const read = readDate(mention.timex, parsed.slice(span), published, past);
      if (read) return read;
    }
    const up = s.parent(at);
    at = up && /^(xcomp|conj)$/.test(up.dep) ? up.governor : undefined;
  }
  return undefined;
}

/** One subject of a statement: an event, stated when the statement's own words mention it. */
export interface StatementSubject {
  event: number;
  stated: boolean;
}

/**
 * What each statement is about: the events mentioned in its sentence, else in the sentence before it ("Trump
 * issued an ultimatum. … Zakharova said it was blackmail").
 */
export function statementSubjects(
  parsed: ParsedText,
  statements: readonly FoundStatement[],
  events: readonly FoundEvent[],
): StatementSubject[][] {
  const index = (s: ParsedSentence | undefined) => (s ? parsed.sentences.indexOf(s) : -1);
  return statements.map((st) => {
    const at = index(parsed.sentenceAt(st.evidence.start));
    const inSentence = (k: number) =>
      events.flatMap((e, i) => {
        const near = e.evidence.filter((ev) => index(parsed.sentenceAt(ev.start)) === k);
        return near.length > 0 ? [{ event: i, stated: near.some((ev) => overlaps(ev, st.evidence)) }] : [];
      });
    const own = inSentence(at);
    return own.length > 0 ? own : inSentence(at - 1);
  });
}
