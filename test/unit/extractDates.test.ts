import { describe, expect, it } from 'vitest';
import { readDate, timexRange, undated } from '../../src/extract/dates.js';

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
});
