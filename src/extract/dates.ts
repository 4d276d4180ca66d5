/**
 * SUTime's readings of date words, resolved against the publication date, as honest EDTF ranges: a range
 * covers every fair reading of the words ("last week" read from Monday or from Sunday), and what was said or
 * done in the past ends no later than the publication.
 */
import type { Timex } from '../nlp/annotations.js';

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

/** A date as the words give it, or "on or before the publication" for what the text reports as said or done. */
export function readDate(
  timex: Timex | undefined,
  phrase: string,
  published: string,
  past = true,
): ReadDate | undefined {
  if (!timex) return undefined;
  const date = timexRange(timex, published, past);
  if (!date) return undefined;
  return {
    date,
    phrase,
    note: `"${phrase}", read by SUTime as ${timex.value} and resolved against the publication date ${published}.`,
  };
}

export function undated(published: string): ReadDate {
  return {
    date: `../${published}`,
    phrase: '',
    note: `Not dated in the text; reported as said or done by the publication date (${published}).`,
  };
}
