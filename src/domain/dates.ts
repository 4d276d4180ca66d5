/**
 * Dates as ranges, and the rules for "held on a date" and "falls in a period".
 *
 * Every date is a range of days, written in EDTF (ISO 8601-2): "2025-07-19" is one day,
 * "2025-07-07/2025-07-19" any day from the 7th to the 19th, "../2025-07-20" any day up to the
 * 20th. The range covers every honest reading of the words it came from ("last week"), never a
 * made-up day. `date` and `datePrecision` are derived from it: the smallest calendar period
 * (DAY, WEEK from Monday, MONTH, YEAR) that holds the whole range.
 *
 * A fact with a start and an end holds on a day
 * - CERTAIN: under every reading of its dates (start at its latest, end at its earliest);
 * - POSSIBLE: under at least one reading (start at its earliest, end at its latest).
 * Unknown start: held since ever (a source names who holds a post, not since when). Unknown end:
 * held onward if the fact is current; an ended fact with no end date is never CERTAIN, and
 * POSSIBLE on any day from its start.
 */
import edtf from 'edtf';
import type { DatePrecision } from '../repositories/records.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type Certainty = 'CERTAIN' | 'POSSIBLE';

/** A date as the source gives it: the range of days it can mean, and the words it came from. */
export interface DateRange {
  /** First day it can be; null when open ("../2025-07-20"). */
  earliest: string | null;
  /** Last day it can be; null when open. */
  latest: string | null;
  edtf: string;
  phrase: string | null;
}

/** The stretch over which a fact with a start and an end holds, by certainty; null bounds are open. */
export interface Span {
  certainFrom: string | null;
  certainTo: string | null;
  possibleFrom: string | null;
  possibleTo: string | null;
}

/** Bounds that no day passes: an ended fact with no end date is certain on no day. */
export const NEVER_FROM = '9999-12-31';
export const NEVER_TO = '0001-01-01';

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toISOString().slice(0, 10) === value;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of the period that a date of this precision stands for. */
export function periodEnd(date: string, precision: DatePrecision | null | undefined): string {
  switch (precision) {
    case 'WEEK':
      return addDays(date, 6);
    case 'MONTH': {
      const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + 1);
      d.setUTCDate(0);
      return d.toISOString().slice(0, 10);
    }
    case 'YEAR':
      return `${date.slice(0, 4)}-12-31`;
    default:
      return date;
  }
}

/** The first day of the period of this precision that holds `date`. */
function periodStart(date: string, precision: DatePrecision): string {
  switch (precision) {
    case 'WEEK': {
      const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
      return addDays(date, -weekday);
    }
    case 'MONTH':
      return `${date.slice(0, 7)}-01`;
    case 'YEAR':
      return `${date.slice(0, 4)}-01-01`;
    default:
      return date;
  }
}

const dayOf = (ms: number | null | undefined): string | null =>
  typeof ms === 'number' && Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;

interface Range {
  earliest: string | null;
  latest: string | null;
}

/** A day or an ordered interval of days, the common forms, read without the grammar (the same answer, faster). */
function plainDays(value: string): Range | undefined {
  const [from = '', to = from, more] = value.split('/');
  if (more !== undefined || !isIsoDate(from) || !isIsoDate(to) || to < from) return undefined;
  return { earliest: from, latest: to };
}

function grammarDates(value: string): Range {
  let parsed: { min: number | null; max: number | null };
  try {
    parsed = edtf(value);
  } catch {
    throw new RangeError(`"${value}" is not an EDTF date or interval, e.g. "2025-07-19" or "2025-07-07/2025-07-19"`);
  }
  const range = { earliest: dayOf(parsed.min), latest: dayOf(parsed.max) };
  if (!range.earliest && !range.latest) throw new RangeError(`"${value}" is open at both ends: it says nothing`);
  return range;
}

/**
 * Parsed dates, by their text: a large load holds a few thousand distinct dates among hundreds of thousands
 * of uses, and the EDTF grammar's parser was most of a load's checking time. Bounded, so a long-running
 * server cannot grow it without end.
 */
const parsedDates = new Map<string, Range>();
const PARSED_DATES_MAX = 50_000;

/** Parses an EDTF date or interval; throws a readable error for anything else. */
export function parseEdtf(value: string): Range {
  let range = parsedDates.get(value);
  if (!range) {
    range = plainDays(value) ?? grammarDates(value);
    if (parsedDates.size >= PARSED_DATES_MAX) parsedDates.clear();
    parsedDates.set(value, range);
  }
  return { ...range };
}

/**
 * A facts file's date as a range. A plain day with a precision (the older form: a WEEK date is
 * the Monday of its week) stands for its whole period.
 */
export function toDateRange(value: string, precision?: DatePrecision | null, phrase?: string | null): DateRange {
  return { ...parseEdtf(periodForm(value, precision)), edtf: periodForm(value, precision), phrase: phrase ?? null };
}

/** The period a day stands for, from its start: any day of May with MONTH is all of May (never "31/31"). */
function periodForm(value: string, precision?: DatePrecision | null): string {
  if (!precision || precision === 'DAY' || !isIsoDate(value)) return value;
  const start = periodStart(value, precision);
  return `${start}/${periodEnd(start, precision)}`;
}

const PRECISIONS: DatePrecision[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

/** The smallest calendar period that holds the whole range, as date + precision; none for an open or wider range. */
export function derivedDate(range: Pick<DateRange, 'earliest' | 'latest'> | null | undefined): {
  date: string | null;
  datePrecision: DatePrecision | null;
} {
  const { earliest, latest } = range ?? {};
  if (!earliest || !latest) return { date: null, datePrecision: null };
  for (const precision of PRECISIONS) {
    const start = periodStart(earliest, precision);
    if (start === periodStart(latest, precision)) return { date: start, datePrecision: precision };
  }
  return { date: null, datePrecision: null };
}

/** Where a fact with these dates holds, by certainty (see the rule at the top). */
export function spanOf(start: DateRange | null, end: DateRange | null, current: boolean): Span {
  if (end)
    return {
      certainFrom: start ? (start.latest ?? NEVER_FROM) : null,
      certainTo: end.earliest ?? NEVER_TO,
      possibleFrom: start?.earliest ?? null,
      possibleTo: end.latest,
    };
  return {
    certainFrom: start ? (start.latest ?? NEVER_FROM) : null,
    certainTo: current ? null : NEVER_TO,
    possibleFrom: start?.earliest ?? null,
    possibleTo: null,
  };
}

/** The rule in code, as the Cypher below applies it; unit tests pin both to the same boundaries. */
export function holdsOn(span: Span, day: string, certainty: Certainty): boolean {
  const [from, to] =
    certainty === 'CERTAIN' ? [span.certainFrom, span.certainTo] : [span.possibleFrom, span.possibleTo];
  return (from === null || from <= day) && (to === null || to >= day);
}

/** Whether a dated fact overlaps the period from..to (either bound optional); undated facts never do, nor does an empty period. */
export function overlaps(range: DateRange | null, from: string | null, to: string | null): boolean {
  if (!range || (from !== null && to !== null && from > to)) return false;
  return (from === null || (range.latest ?? NEVER_FROM) >= from) && (to === null || (range.earliest ?? NEVER_TO) <= to);
}

/**
 * The Cypher form of holdsOn over the span stored on `r` (Neo4j dates). `r`, `at` and
 * `certainty` are code-chosen expressions, never user text; `certainty` evaluates to
 * 'CERTAIN' or 'POSSIBLE'.
 */
export function validAtCypher(r: string, at: string, certainty: string): string {
  const bound = (side: 'From' | 'To') =>
    `CASE ${certainty} WHEN 'POSSIBLE' THEN ${r}.possible${side} ELSE ${r}.certain${side} END`;
  return `((${bound('From')} IS NULL OR ${bound('From')} <= date(${at})) AND (${bound('To')} IS NULL OR ${bound('To')} >= date(${at})))`;
}

/** A statement or event is part of the graph from its date on (certainly: from its latest day); undated ones always are. */
export function existsAtCypher(n: string, at: string, certainty: string): string {
  return `(${n}.dateEdtf IS NULL OR coalesce(CASE ${certainty} WHEN 'POSSIBLE' THEN ${n}.dateEarliest ELSE ${n}.dateLatest END, date('${NEVER_TO}')) <= date(${at}))`;
}

/** The Cypher form of `overlaps` for the stored range of `n` (prefix `date`, or `start`, `end`). */
export function overlapsCypher(n: string, from: string, to: string, prefix = 'date'): string {
  return `(${n}.${prefix}Edtf IS NOT NULL
    AND (${from} IS NULL OR ${to} IS NULL OR date(${from}) <= date(${to}))
    AND (${from} IS NULL OR coalesce(${n}.${prefix}Latest, date('${NEVER_FROM}')) >= date(${from}))
    AND (${to} IS NULL OR coalesce(${n}.${prefix}Earliest, date('${NEVER_TO}')) <= date(${to})))`;
}

/**
 * The earliest `date` (the start of the calendar period a stored date stands for: day, week, month or year)
 * of a fact whose range can reach `from`: a year-precise date starts on 1 January of `from`'s year, a week
 * at most six days before it. Anything older ends before `from`.
 */
export function earliestOverlappingDate(from: string): string {
  const weekBefore = addDays(from, -6);
  const yearStart = `${from.slice(0, 4)}-01-01`;
  return weekBefore < yearStart ? weekBefore : yearStart;
}

/** Sorts newest first under ascending string order: each digit d becomes 9-d; undated facts sort last. */
export function newestFirstKey(date: string | null | undefined, id: string): string {
  const inverted = date ? date.replace(/\d/g, (d) => String(9 - Number(d))) : '~';
  return `${inverted}|${id}`;
}

/** Sorts oldest first under ascending string order; undated facts sort last. */
export function oldestFirstKey(date: string | null | undefined, id: string): string {
  return `${date ?? '~'}|${id}`;
}
