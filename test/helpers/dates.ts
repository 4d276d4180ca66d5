/**
 * The date rules the API is checked against, restated here independently of src/domain/dates.ts (this
 * module must not import it): what an imprecise date stands for, whether a dated fact falls in a range,
 * and whether a tenure is valid on a day.
 */
import { expect } from 'vitest';
import type { Precision } from './seedFacts.js';

/** Today, as the API's callers mean it: the current UTC calendar date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The last day a date of this precision may stand for (a WEEK date is a Monday, MONTH the 1st, YEAR 1 January). */
export function lastDayOf(date: string, precision: string | null | undefined): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (precision === 'WEEK') d.setUTCDate(d.getUTCDate() + 6);
  else if (precision === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  else if (precision === 'YEAR') d.setUTCFullYear(d.getUTCFullYear(), 11, 31);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether a dated fact falls in [from, to]: whether any day it may mean lies in the period (overlap; both bounds
 * inclusive, open ends reach as far as they are open). Undated facts fall in no bounded period.
 */
export function inDateRange(range: DayRange | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!range || (from && to && from > to)) return false;
  return (
    (!from || range.latest === null || range.latest >= from) && (!to || range.earliest === null || range.earliest <= to)
  );
}

/** Checks a filtered answer against the facts: exactly the facts whose range overlaps the period. */
export function expectDateFiltered<T extends { id: string; dateRange: DayRange | null }>(
  facts: readonly T[],
  answeredIds: readonly string[],
  from: string | null,
  to: string | null,
): void {
  const expected = facts.filter((f) => inDateRange(f.dateRange, from, to)).map((f) => f.id);
  expect([...answeredIds].sort(), `from=${from} to=${to}`).toEqual(expected.sort());
  expect(new Set(answeredIds).size, 'no duplicates').toBe(answeredIds.length);
}

/** A date's range of days: null bounds are open. */
export interface DayRange {
  earliest: string | null;
  latest: string | null;
}

/** The first day of the month or year a short date ("2025-07", "2025") stands for, or the day itself. */
function firstDay(part: string): string {
  return part.length === 4 ? `${part}-01-01` : part.length === 7 ? `${part}-01` : part;
}

/** The last day a short date stands for. */
function lastDay(part: string): string {
  return part.length === 4 ? `${part}-12-31` : part.length === 7 ? lastDayOf(`${part}-01`, 'MONTH') : part;
}

/**
 * The days a facts-file date stands for: EDTF as the seed writes it (a day, a month, a year, or an interval of
 * them with ".." or nothing for an open end), or the older day plus precision (a WEEK date is a Monday).
 */
export function daysOf(value: string, precision?: string | null): DayRange {
  if (!value.includes('/')) {
    const isDay = value.length === 10;
    return { earliest: firstDay(value), latest: isDay && precision ? lastDayOf(value, precision) : lastDay(value) };
  }
  const [from, to] = value.split('/') as [string, string];
  const open = (part: string) => part === '' || part === '..';
  return { earliest: open(from) ? null : firstDay(from), latest: open(to) ? null : lastDay(to) };
}

const mondayOf = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

/** The date and precision the API derives from a range: the smallest calendar period that holds it all. */
export function periodOf(r: DayRange): { date: string | null; precision: Precision | null } {
  const { earliest: a, latest: b } = r;
  if (!a || !b) return { date: null, precision: null };
  if (a === b) return { date: a, precision: 'DAY' };
  if (mondayOf(a) === mondayOf(b)) return { date: mondayOf(a), precision: 'WEEK' };
  if (a.slice(0, 7) === b.slice(0, 7)) return { date: `${a.slice(0, 7)}-01`, precision: 'MONTH' };
  if (a.slice(0, 4) === b.slice(0, 4)) return { date: `${a.slice(0, 4)}-01-01`, precision: 'YEAR' };
  return { date: null, precision: null };
}

/**
 * The dates of a tenure as ranges: those the oracle reads from the facts file, or those a HOLDS or HEADS
 * edge carries in its properties (absent = unknown).
 */
export interface TenureDates {
  startEdtf?: string | null;
  startEarliest?: string | null;
  startLatest?: string | null;
  endEdtf?: string | null;
  endEarliest?: string | null;
  endLatest?: string | null;
  current?: boolean;
}

/**
 * The rule for "valid on a date". CERTAIN: under every reading (started by the start's latest day, not ended
 * before the end's earliest); POSSIBLE: under some reading. Unknown start = since ever; unknown end = onward if
 * current; an ended tenure with no end is never certain, and possible on any day from its start.
 */
export function validOn(t: TenureDates, day: string, certainty: 'CERTAIN' | 'POSSIBLE' = 'CERTAIN'): boolean {
  if (certainty === 'CERTAIN') {
    const started = !t.startEdtf || (t.startLatest != null && t.startLatest <= day);
    const notEnded = t.endEdtf ? t.endEarliest != null && t.endEarliest >= day : t.current === true;
    return started && notEnded;
  }
  const started = !t.startEdtf || t.startEarliest == null || t.startEarliest <= day;
  const notEnded = !t.endEdtf || t.endLatest == null || t.endLatest >= day;
  return started && notEnded;
}
