import { describe, expect, it } from 'vitest';
import { datesASaying, readDate, timexRange, undated } from '../../src/extract/dates.js';

const timex = (value: string) => ({ tid: 't1', type: 'DATE', value });

describe('SUTime values as honest EDTF ranges', () => {
  it('reads weeks from Monday or from Sunday (the seed’s ranges, published on a Sunday)', () => {
    expect(timexRange(timex('2025-W28'), '2025-07-20', true)).toBe('2025-07-07/2025-07-19'); // last week
    expect(timexRange(timex('2025-W30'), '2025-07-20', false)).toBe('2025-07-21/2025-08-02'); // next week
    expect(timexRange(timex('2025-W29'), '2025-07-20', true)).toBe('2025-07-14/2025-07-20'); // this week, past
  });

  it('starts a Sunday-first week the day before its Monday when published on a weekday', () => {
    expect(timexRange(timex('2025-W28'), '2025-07-16', true)).toBe('2025-07-06/2025-07-13');
  });

  it('keeps days, and ends months and years no later than publication for what is past', () => {
    expect(timexRange(timex('2025-07-19'), '2025-07-20', true)).toBe('2025-07-19');
    expect(timexRange(timex('2025-07-19TEV'), '2025-07-20', true)).toBe('2025-07-19');
    expect(timexRange(timex('2025-07'), '2025-07-20', true)).toBe('2025-07-01/2025-07-20');
    expect(timexRange(timex('2025'), '2025-07-20', true)).toBe('2025-01-01/2025-07-20');
    expect(timexRange(timex('2025-07-25'), '2025-07-20', true)).toBeUndefined();
  });

  it('leaves durations and vague words undated, and says so', () => {
    expect(timexRange({ tid: 't', type: 'DURATION', value: 'P50D' }, '2025-07-20', true)).toBeUndefined();
    expect(timexRange(timex('PAST_REF'), '2025-07-20', true)).toBe('../2025-07-20');
    expect(readDate(timex('2025-W28'), 'last week', '2025-07-20')?.note).toContain('last week');
    expect(undated('2025-07-20').date).toBe('../2025-07-20');
  });

  it('reads a weekday the engine put after a past publication as the one before it, and only a weekday', () => {
    // 2026-03-04 is a Wednesday: "said on Tuesday" is 3 March, not 10 March.
    expect(readDate(timex('2026-03-10'), 'Tuesday', '2026-03-04')?.date).toBe('2026-03-03');
    expect(readDate(timex('2026-03-10'), 'Tuesday', '2026-03-04', false)?.date).toBe('2026-03-10');
    expect(readDate(timex('2026-03-10'), 'March 10', '2026-03-04')).toBeUndefined();
    expect(readDate(timex('2026-03-02'), 'Monday', '2026-03-04')?.date).toBe('2026-03-02');
  });

  it('does not date a saying by "now"', () => {
    expect(datesASaying(timex('PRESENT_REF'))).toBe(false);
    expect(datesASaying(timex('2025-07-19'))).toBe(true);
    expect(datesASaying(undefined)).toBe(false);
  });
});
