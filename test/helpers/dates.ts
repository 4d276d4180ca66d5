/**
 * The date rules the API is checked against, restated here independently of src/domain/dates.ts (this
 * module must not import it): what an imprecise date stands for, whether a dated fact falls in a range,
 * and whether a tenure is valid on a day.
 */
import { expect } from 'vitest';
import type { FactTenure } from './seedFacts.js';

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
 * Whether a dated fact falls in [from, to]: 'in' when it surely does (its date is in the range), 'out' when it
 * surely does not (undated, or the whole period it stands for lies outside), 'either' when an imprecise date's
 * period straddles `from` (whether "the week of 14 July" is "from 16 July" is a matter of reading, not asserted).
 */
export function inDateRange(
  date: string | null | undefined,
  precision: string | null | undefined,
  from: string | null,
  to: string | null,
): 'in' | 'out' | 'either' {
  if (!date) return from || to ? 'out' : 'in';
  if (to && date > to) return 'out';
  if (from && lastDayOf(date, precision) < from) return 'out';
  if (from && date < from) return 'either';
  return 'in';
}

/** Checks a filtered answer against the facts: everything surely in is there, nothing surely out is. */
export function expectDateFiltered<T extends { id: string; date?: string | null; datePrecision?: string | null }>(
  facts: readonly T[],
  answeredIds: readonly string[],
  from: string | null,
  to: string | null,
): void {
  const answered = new Set(answeredIds);
  const surelyIn = facts.filter((f) => inDateRange(f.date, f.datePrecision, from, to) === 'in').map((f) => f.id);
  const surelyOut = facts.filter((f) => inDateRange(f.date, f.datePrecision, from, to) === 'out').map((f) => f.id);
  expect(
    [...surelyIn].filter((id) => !answered.has(id)),
    `missing for from=${from} to=${to}`,
  ).toEqual([]);
  expect(
    [...surelyOut].filter((id) => answered.has(id)),
    `wrongly included for from=${from} to=${to}`,
  ).toEqual([]);
  expect(answered.size, 'no duplicates').toBe(answeredIds.length);
}

/** The dates of a tenure: those of the facts file, or those a HOLDS or HEADS edge carries (absent = unknown). */
export type TenureDates = { [K in 'start' | 'end' | 'endPrecision']?: FactTenure[K] | undefined } & {
  current?: boolean;
};

/**
 * The rule for "valid on a date": from the first day of the start's period (a start is written as that day)
 * to the last day of the end's period; unknown start = since ever; unknown end = onward if current, never if
 * ended.
 */
export function validOn(t: TenureDates, day: string): boolean {
  const started = !t.start || t.start <= day;
  const notEnded = t.end ? lastDayOf(t.end, t.endPrecision) >= day : t.current === true;
  return started && notEnded;
}
