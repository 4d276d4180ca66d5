/**
 * Dates with a precision, and the rule for "valid on a date".
 *
 * A date of WEEK precision is the Monday of its week, MONTH the 1st, YEAR 1 January.
 * An interval counts from the first day of its start's period to the last day of its
 * end's period: an imprecise date is read generously, never narrowed to a made-up day.
 * Unknown start: valid since ever. Unknown end: valid onward if the fact is current;
 * an ended fact whose end is unknown is valid on no date, since we cannot say when it stopped.
 */
import type { DatePrecision } from '../repositories/records.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** Stored on every dated fact as validFrom / validTo, so Cypher can filter `at` with plain comparisons. */
export function validity(
  start: string | null | undefined,
  end: string | null | undefined,
  endPrecision: DatePrecision | null | undefined,
  current: boolean | null | undefined,
): { validFrom: string | null; validTo: string | null; current: boolean } {
  const isCurrent = current ?? !end;
  return {
    validFrom: start ?? null,
    validTo: end ? periodEnd(end, endPrecision) : isCurrent ? null : '0000-00-00',
    current: isCurrent,
  };
}

/**
 * The Cypher form of the rule, over the stored validFrom / validTo of `r`.
 * `r` and `at` are code-chosen identifiers, never user text.
 */
export function validAtCypher(r: string, at: string): string {
  return `((${r}.validFrom IS NULL OR ${r}.validFrom <= ${at}) AND (${r}.validTo IS NULL OR ${r}.validTo >= ${at}))`;
}

/** Sorts newest first under ascending string order: each digit d becomes 9-d; undated facts sort last. */
export function newestFirstKey(date: string | null | undefined, id: string): string {
  const inverted = date ? date.replace(/\d/g, (d) => String(9 - Number(d))) : '~';
  return `${inverted}|${id}`;
}

/** A statement or event is part of the graph from its date on; undated ones always are. */
export function existsAtCypher(n: string, at: string): string {
  return `(${n}.date IS NULL OR ${n}.date <= ${at})`;
}

/** Sorts oldest first under ascending string order; undated facts sort last. */
export function oldestFirstKey(date: string | null | undefined, id: string): string {
  return `${date ?? '~'}|${id}`;
}
