import { describe, expect, it } from 'vitest';
import {
  derivedDate,
  holdsOn,
  isIsoDate,
  newestFirstKey,
  overlaps,
  periodEnd,
  spanOf,
  toDateRange,
} from '../../src/domain/dates.js';
import { isoDate } from '../../src/ingest/factsSchema.js';

describe('isIsoDate', () => {
  it.each(['2025-07-19', '2024-02-29', '2000-02-29', '1999-12-31', '2025-12-31'])(
    'accepts the real calendar date %s',
    (d) => {
      expect(isIsoDate(d)).toBe(true);
    },
  );

  it('accepts dates in the years 0000-0099, as the facts loader does', () => {
    // Date.UTC reads years 0-99 as 1900-1999; the facts schema (Date.parse of an ISO string) does not.
    expect(isoDate.safeParse('0050-03-15').success).toBe(true);
    expect(isIsoDate('0050-03-15')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
  });

  it.each([
    ['2025-13-45', 'month 13'],
    ['2025-02-30', '30 February'],
    ['2023-02-29', '29 February of a common year'],
    ['1900-02-29', '29 February of a century year'],
    ['2025-04-31', '31 April'],
    ['yesterday', 'a word'],
    ['2025-7-19', 'an unpadded month'],
    ['2025-07-19T00:00:00Z', 'a timestamp'],
    ['20250719', 'no dashes'],
    [' 2025-07-19', 'surrounding space'],
    ['', 'nothing'],
  ])('rejects %s (%s)', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('periodEnd: the last day a date of some precision stands for', () => {
  it('is the day itself for DAY or no precision', () => {
    expect(periodEnd('2025-07-19', 'DAY')).toBe('2025-07-19');
    expect(periodEnd('2025-07-19', null)).toBe('2025-07-19');
    expect(periodEnd('2025-07-19', undefined)).toBe('2025-07-19');
  });

  it('is the Sunday for a WEEK date (its Monday), across month ends', () => {
    expect(periodEnd('2025-07-07', 'WEEK')).toBe('2025-07-13');
    expect(periodEnd('2025-06-30', 'WEEK')).toBe('2025-07-06');
    expect(periodEnd('2024-12-30', 'WEEK')).toBe('2025-01-05');
  });

  it('is the last of the month for a MONTH date, leap years included', () => {
    expect(periodEnd('2025-07-01', 'MONTH')).toBe('2025-07-31');
    expect(periodEnd('2025-02-01', 'MONTH')).toBe('2025-02-28');
    expect(periodEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(periodEnd('2025-12-01', 'MONTH')).toBe('2025-12-31');
    expect(periodEnd('2025-04-01', 'MONTH')).toBe('2025-04-30');
  });

  it('is 31 December for a YEAR date', () => {
    expect(periodEnd('2025-01-01', 'YEAR')).toBe('2025-12-31');
  });
});

describe('toDateRange: every date is a range of days, in EDTF', () => {
  it('reads a day, a month, a year and an interval', () => {
    expect(toDateRange('2025-07-19')).toEqual({
      earliest: '2025-07-19',
      latest: '2025-07-19',
      edtf: '2025-07-19',
      phrase: null,
    });
    expect(toDateRange('2025-07')).toMatchObject({ earliest: '2025-07-01', latest: '2025-07-31' });
    expect(toDateRange('2024-02')).toMatchObject({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(toDateRange('2025')).toMatchObject({ earliest: '2025-01-01', latest: '2025-12-31' });
    expect(toDateRange('2025-07-07/2025-07-19', null, 'last week')).toEqual({
      earliest: '2025-07-07',
      latest: '2025-07-19',
      edtf: '2025-07-07/2025-07-19',
      phrase: 'last week',
    });
  });

  it('keeps an open end open', () => {
    expect(toDateRange('../2025-07-20')).toMatchObject({ earliest: null, latest: '2025-07-20' });
    expect(toDateRange('2025-07-07/..')).toMatchObject({ earliest: '2025-07-07', latest: null });
  });

  it('turns the older day-plus-precision form into the whole period', () => {
    expect(toDateRange('2025-07-14', 'WEEK').edtf).toBe('2025-07-14/2025-07-20');
    expect(toDateRange('2025-02-01', 'MONTH')).toMatchObject({ earliest: '2025-02-01', latest: '2025-02-28' });
    expect(toDateRange('2025-07-19', 'DAY').edtf).toBe('2025-07-19');
  });

  it('takes a day inside the period for the whole period, its last day included', () => {
    expect(toDateRange('2022-05-31', 'MONTH').edtf).toBe('2022-05-01/2022-05-31');
    expect(toDateRange('2025-07-17', 'WEEK').edtf).toBe('2025-07-14/2025-07-20');
    expect(toDateRange('2025-12-31', 'YEAR').edtf).toBe('2025-01-01/2025-12-31');
  });

  it.each(['2025-13-01', '2025-02-30', 'last week', '', '../..'])('refuses %j', (value) => {
    expect(() => toDateRange(value)).toThrow(RangeError);
  });
});

describe('derivedDate: the smallest calendar period that holds the whole range', () => {
  it.each([
    ['2025-07-19', '2025-07-19', 'DAY'],
    ['2025-07-14/2025-07-20', '2025-07-14', 'WEEK'],
    ['2025-07-15/2025-07-16', '2025-07-14', 'WEEK'],
    // Sunday to Monday crosses a week: the month holds it.
    ['2025-07-13/2025-07-14', '2025-07-01', 'MONTH'],
    ['2025-07-07/2025-07-19', '2025-07-01', 'MONTH'],
    ['2025-07-21/2025-08-02', '2025-01-01', 'YEAR'],
    ['2025-01-01/2025-07-19', '2025-01-01', 'YEAR'],
  ])('%s is %s (%s)', (edtf, date, precision) => {
    expect(derivedDate(toDateRange(edtf))).toEqual({ date, datePrecision: precision });
  });

  it('gives none for a range across years or open at an end (a week may cross a year)', () => {
    expect(derivedDate(toDateRange('2024-12-30/2025-01-02'))).toEqual({ date: '2024-12-30', datePrecision: 'WEEK' });
    expect(derivedDate(toDateRange('2024-12-28/2025-01-02'))).toEqual({ date: null, datePrecision: null });
    expect(derivedDate(toDateRange('../2025-07-20'))).toEqual({ date: null, datePrecision: null });
  });
});

describe('holdsOn: CERTAIN under every reading of the dates, POSSIBLE under one', () => {
  // Appointed "last week" in a Sunday article: the start is any day from 7 to 19 July.
  const appointed = spanOf(toDateRange('2025-07-07/2025-07-19'), null, true);
  // Left a post on the same uncertain day.
  const left = spanOf(null, toDateRange('2025-07-07/2025-07-19'), false);

  it('a start range: possible from its first day, certain from its last', () => {
    expect(holdsOn(appointed, '2025-07-06', 'POSSIBLE')).toBe(false);
    expect(holdsOn(appointed, '2025-07-07', 'POSSIBLE')).toBe(true);
    expect(holdsOn(appointed, '2025-07-18', 'CERTAIN')).toBe(false);
    expect(holdsOn(appointed, '2025-07-19', 'CERTAIN')).toBe(true);
    expect(holdsOn(appointed, '2030-01-01', 'CERTAIN')).toBe(true);
  });

  it('an end range: certain until its first day, possible until its last', () => {
    expect(holdsOn(left, '2025-07-07', 'CERTAIN')).toBe(true);
    expect(holdsOn(left, '2025-07-08', 'CERTAIN')).toBe(false);
    expect(holdsOn(left, '2025-07-19', 'POSSIBLE')).toBe(true);
    expect(holdsOn(left, '2025-07-20', 'POSSIBLE')).toBe(false);
  });

  it('an unknown start holds since ever; a current fact holds onward', () => {
    const since = spanOf(null, null, true);
    expect(holdsOn(since, '1900-01-01', 'CERTAIN')).toBe(true);
    expect(holdsOn(since, '2999-12-31', 'CERTAIN')).toBe(true);
  });

  it('an ended fact with no end date is never certain, and possible from its start', () => {
    const ended = spanOf(toDateRange('2020-01-01'), null, false);
    expect(holdsOn(ended, '2020-01-01', 'CERTAIN')).toBe(false);
    expect(holdsOn(ended, '2019-12-31', 'POSSIBLE')).toBe(false);
    expect(holdsOn(ended, '2020-01-01', 'POSSIBLE')).toBe(true);
  });

  it('an end open at its start ("ended by 20 July") is never certain', () => {
    const endedBy = spanOf(null, toDateRange('../2025-07-20'), false);
    expect(holdsOn(endedBy, '2025-07-01', 'CERTAIN')).toBe(false);
    expect(holdsOn(endedBy, '2025-07-20', 'POSSIBLE')).toBe(true);
    expect(holdsOn(endedBy, '2025-07-21', 'POSSIBLE')).toBe(false);
  });
});

describe('overlaps: from/to keep every fact whose range touches the period', () => {
  const thisWeek = toDateRange('2025-07-14/2025-07-20');

  it('keeps a week-long range for a from inside it (from: 2025-07-16)', () => {
    expect(overlaps(thisWeek, '2025-07-16', null)).toBe(true);
  });

  it('counts both bounds inclusively, and no further', () => {
    expect(overlaps(thisWeek, '2025-07-20', null)).toBe(true);
    expect(overlaps(thisWeek, '2025-07-21', null)).toBe(false);
    expect(overlaps(thisWeek, null, '2025-07-14')).toBe(true);
    expect(overlaps(thisWeek, null, '2025-07-13')).toBe(false);
    expect(overlaps(thisWeek, '2025-07-01', '2025-07-13')).toBe(false);
    // An empty period holds nothing, even a range that reaches past both of its bounds.
    expect(overlaps(thisWeek, '2025-07-17', '2025-07-16')).toBe(false);
  });

  it('leaves undated facts out; an open end reaches as far as it is open', () => {
    expect(overlaps(null, '2025-01-01', null)).toBe(false);
    expect(overlaps(toDateRange('../2025-07-20'), null, '1900-01-01')).toBe(true);
  });
});

describe('newestFirstKey: statements sort newest first under ascending string order', () => {
  it('puts later dates before earlier ones, and undated facts last', () => {
    const keys = [
      newestFirstKey('2025-01-01', 'stmt:a'),
      newestFirstKey(null, 'stmt:b'),
      newestFirstKey('2025-07-19', 'stmt:c'),
      newestFirstKey('2025-07-14', 'stmt:d'),
      newestFirstKey('2024-12-31', 'stmt:e'),
    ];
    const order = [...keys].sort().map((k) => k.split('|')[1]);
    expect(order).toEqual(['stmt:c', 'stmt:d', 'stmt:a', 'stmt:e', 'stmt:b']);
  });

  it('orders facts of the same date by id, so the order is total', () => {
    expect(newestFirstKey('2025-07-19', 'stmt:a') < newestFirstKey('2025-07-19', 'stmt:b')).toBe(true);
    expect(newestFirstKey(undefined, 'stmt:a') < newestFirstKey(undefined, 'stmt:b')).toBe(true);
  });
});
