/**
 * SUTime's readings of date words, resolved against the publication date, as honest EDTF ranges: a range
 * covers every fair reading of the words ("last week" read from Monday or from Sunday), and what was said or
 * done in the past ends no later than the publication.
 */
import { stem } from '../domain/textSimilarity.js';
import type { Timex } from '../nlp/annotations.js';
import type { ParsedSentence, ParsedText, Span } from './parsedText.js';

export interface ReadDate {
  date: string;
  phrase: string;
  note: string;
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

function range(start: number, end: number, published: string, past: boolean): string | undefined {
  const pub = dayMs(published);
  const last = past ? Math.min(end, pub) : end;
  if (last < start) return undefined;
  return last === start ? iso(start) : `${iso(start)}/${iso(last)}`;
}

/** The EDTF range a timex stands for, or undefined when it names no span of days (a duration, "recently"). */
export function timexRange(timex: Timex, published: string, past: boolean): string | undefined {
  // "2025-07-19TEV" (Saturday evening) is the day.
  const value = (timex.value ?? '').replace(/^(\d{4}-\d{2}-\d{2})T.*$/, '$1');
  const pub = dayMs(published);
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return past && dayMs(value) > pub ? undefined : value;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    // A week read from Sunday: after a Sunday publication "last week" may end on the Saturday just gone,
    // otherwise the Sunday-first week starts the day before the Monday.
    const sundayPublication = new Date(pub).getUTCDay() === 0;
    const [start, end] = sundayPublication ? [monday, monday + 12 * DAY_MS] : [monday - DAY_MS, monday + 6 * DAY_MS];
    return range(start, end, published, past);
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1);
    const end = Date.UTC(Number(m[1]), Number(m[2]), 0);
    return range(start, end, published, past);
  }
  if ((m = /^(\d{4})$/.exec(value)) || (value === 'THIS P1Y' && (m = /^(\d{4})/.exec(published)))) {
    const year = Number(m[1]);
    return range(Date.UTC(year, 0, 1), Date.UTC(year, 11, 31), published, past);
  }
  if (value === 'PRESENT_REF') return published;
  if (value === 'PAST_REF') return `../${published}`;
  return undefined;
}

/** A date word that can date a saying: not "now", which tells the state at the time of writing ("now deputy chairman"). */
export const datesASaying = (timex: Timex | undefined): timex is Timex => !!timex && timex.value !== 'PRESENT_REF';

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * "Said on Tuesday" in a report published on a Wednesday is the day before; the engine sometimes reads a bare
 * weekday forward (the Tuesday after). What is past is the last such day on or before the publication.
 */
function pastWeekday(timex: Timex, phrase: string, published: string, past: boolean): Timex {
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(timex.value ?? '')?.[1];
  if (!past || !day || !WEEKDAY.test(phrase) || dayMs(day) <= dayMs(published)) return timex;
  return { ...timex, value: iso(dayMs(day) - 7 * DAY_MS) };
}

/** A date as the words give it, or "on or before the publication" for what the text reports as said or done. */
export function readDate(
  timex: Timex | undefined,
  phrase: string,
  published: string,
  past = true,
): ReadDate | undefined {
  if (!timex) return undefined;
  const read = pastWeekday(timex, phrase, published, past);
  const date = timexRange(read, published, past);
  if (!date) return undefined;
  const corrected = read === timex ? '' : `, a day after the publication: the ${phrase} before it is meant`;
  return {
    date,
    phrase,
    note: `"${phrase}", read by SUTime as ${timex.value}${corrected}, and resolved against the publication date ${published}.`,
  };
}

export function undated(published: string): ReadDate {
  return {
    date: `../${published}`,
    phrase: '',
    note: `Not dated in the text; reported as said or done by the publication date (${published}).`,
  };
}

/** Verbs that answer news ("thanked", "welcomed", "dismissed"): what they report was said once the news was out. */
const REACTION_LEMMAS =
  /^(thank|welcome|dismiss|denounce|condemn|reject|criticize|criticise|hail|praise|respond|react|slam|applaud)$/;

/** A day a statement was made on or after, and the date it comes from. */
interface Bound {
  from: string;
  date: ReadDate;
  /** The sentence (its position) that dated it. */
  at: number;
}

/**
 * What the report has dated so far, so a statement without a date of its own can be bounded from below: one
 * that answers the news ("welcomed the agreement", "said after the decision") was made on or after the news;
 * one that refers back to a thing the report dated ("the talks", "the meeting") on or after that thing's date;
 * one by a person the report placed at a dated occasion ("where he was meeting Rutte") on or after it. Each is
 * made by the publication.
 */
export class ReportDates {
  /** Content-word stems and actor ids of each dated sentence, to its date. */
  private readonly dated = new Map<string, Bound[]>();
  private news?: Bound;
  private readonly bounds: Bound[] = [];

  constructor(
    private readonly parsed: ParsedText,
    private readonly published: string,
    private readonly actorsIn: (s: ParsedSentence) => string[],
  ) {
    for (const s of parsed.sentences) {
      const day = sentenceDay(parsed, s, published);
      if (day) this.record(s, day);
    }
  }

  /** A date the report gives (a statement's, a sentence's day): what its sentence speaks of happened by then. */
  record(sentence: ParsedSentence, date: ReadDate): void {
    const from = /^\d{4}-\d{2}-\d{2}/.exec(date.date)?.[0];
    if (!from) return;
    const bound = { from, date, at: this.parsed.sentences.indexOf(sentence) };
    // The lead's first day is the report's news.
    if (bound.at === 0) this.news ??= bound;
    this.bounds.push(bound);
    const keys = [
      ...sentence.tokens
        .filter((t) => /^(NN|NNS|VB)/.test(t.pos) && t.ner === 'O')
        .map((t) => stem(t.lemma.toLowerCase())),
      ...this.actorsIn(sentence),
    ];
    for (const key of new Set(keys)) this.dated.set(key, [...(this.dated.get(key) ?? []), bound]);
  }

  private lastBefore(at: number): Bound | undefined {
    return this.bounds
      .filter((b) => b.at <= at)
      .sort((a, b) => a.at - b.at)
      .at(-1);
  }

  /** The latest day the words of a statement (its span of a sentence) say it follows, as a range to publication. */
  onOrAfter(sentence: ParsedSentence, span: Span, speaker: string): ReadDate | undefined {
    const at = this.parsed.sentences.indexOf(sentence);
    const earlier = (key: string) =>
      this.dated
        .get(key)
        ?.filter((b) => b.at < at)
        .at(-1);
    let best: { bound: Bound; why: string } | undefined;
    const consider = (bound: Bound | undefined, why: string) => {
      if (bound && bound.at <= at && (!best || bound.from > best.bound.from)) best = { bound, why };
    };
    consider(earlier(speaker), 'its speaker was at what the report dated earlier');
    for (const t of sentence.tokens) {
      if (t.characterOffsetBegin < span.start || t.characterOffsetEnd > span.end) continue;
      // A reaction answers what the report told just before it ("In response, …"), not necessarily the lead.
      if (t.pos.startsWith('VB') && REACTION_LEMMAS.test(t.lemma))
        consider(this.lastBefore(at), `"${t.originalText}" answers what the report dated before it`);
      if (!/^NNS?$/.test(t.pos) || !isDefinite(sentence, t.index)) continue;
      if (sentence.caseOf(t.index) === 'after') consider(this.news, `"after the ${t.originalText}" follows the news`);
      consider(earlier(stem(t.lemma.toLowerCase())), `"${t.originalText}" is what the report dated earlier`);
    }
    if (!best) return undefined;
    const { from, date } = best.bound;
    return {
      date: from === this.published ? from : `${from}/${this.published}`,
      phrase: date.phrase,
      note: `Not dated in its sentence; ${best.why}, so it was said on or after ${from}${date.phrase ? ` ("${date.phrase}")` : ''}, by the publication.`,
    };
  }
}

/** A noun with "the" or a possessive before it: a thing the reader already knows of. */
function isDefinite(s: ParsedSentence, noun: number): boolean {
  return s
    .dependents(noun, 'det', 'nmod:poss')
    .some((d) => d.dep === 'nmod:poss' || s.token(d.dependent).lemma === 'the');
}

/** The first single day a sentence names, on or before the publication ("on Monday", "July 14"). */
function sentenceDay(parsed: ParsedText, s: ParsedSentence, published: string): ReadDate | undefined {
  for (const m of s.mentions) {
    if (m.ner !== 'DATE' || !datesASaying(m.timex)) continue;
    const span = { start: m.characterOffsetBegin, end: m.characterOffsetEnd };
    const read = readDate(m.timex, parsed.slice(span), published);
    if (read && /^\d{4}-\d{2}-\d{2}$/.test(read.date)) return read;
  }
  return undefined;
}
