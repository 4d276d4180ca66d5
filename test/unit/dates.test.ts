import { describe, expect, it } from 'vitest';
import { isIsoDate, newestFirstKey, periodEnd, validity } from '../../src/domain/dates.js';
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

describe('validity: the stored interval of a dated fact', () => {
  it('runs from the start, open-ended, for a current fact', () => {
    expect(validity('2025-07-07', null, null, true)).toEqual({ validFrom: '2025-07-07', validTo: null, current: true });
  });

  it('reads an imprecise end generously, to the last day of its period', () => {
    expect(validity(null, '2025-07-07', 'WEEK', false)).toEqual({
      validFrom: null,
      validTo: '2025-07-13',
      current: false,
    });
    expect(validity('2024-01-01', '2025-03-01', 'MONTH', false)).toEqual({
      validFrom: '2024-01-01',
      validTo: '2025-03-31',
      current: false,
    });
  });

  it('makes an ended fact whose end is unknown valid on no date', () => {
    const v = validity('2020-01-01', null, null, false);
    expect(v.current).toBe(false);
    expect(v.validTo).not.toBeNull();
    // Below every real date, so "validTo >= at" never holds.
    expect(v.validTo! < '0001-01-01').toBe(true);
  });

  it('infers current from the end when current is not given', () => {
    expect(validity('2025-01-01', null, null, undefined).current).toBe(true);
    expect(validity('2025-01-01', '2025-02-01', 'DAY', undefined).current).toBe(false);
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
