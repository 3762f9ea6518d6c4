import { describe, expect, it } from 'vitest';
import { expandRule, nthWeekdayOfMonth } from '../../../../src/renderer/src/domain/recurrence';
import { instantOf, toDate, weekdayOf } from '../../../../src/renderer/src/domain/dates';

describe('recurrence', () => {
  it('expands a weekly Tuesday series', () => {
    const dates = expandRule(
      { rule: 'weekly', weekday: 2, nth: null, startsOn: '2026-09-01', endsOn: null },
      '2026-09-01',
      '2026-09-30',
    );
    expect(dates).toEqual(['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29']);
  });

  it('keeps every other week aligned to the series start, whatever the range', () => {
    const rule = { rule: 'biweekly', weekday: 4, nth: null, startsOn: '2026-01-01', endsOn: null } as const;
    expect(expandRule(rule, '2026-01-01', '2026-02-01')).toEqual(['2026-01-01', '2026-01-15', '2026-01-29']);
    expect(expandRule(rule, '2026-01-10', '2026-02-20')).toEqual(['2026-01-15', '2026-01-29', '2026-02-12']);
  });

  it('finds the first Monday and the last Thursday of a month', () => {
    expect(nthWeekdayOfMonth(toDate('2026-06-15'), 1, 1)).toBe('2026-06-01');
    expect(nthWeekdayOfMonth(toDate('2026-10-01'), 4, -1)).toBe('2026-10-29');
    expect(nthWeekdayOfMonth(toDate('2026-12-01'), 4, -1)).toBe('2026-12-31');
  });

  it('stops at the series end', () => {
    const dates = expandRule(
      { rule: 'weekly', weekday: 2, nth: null, startsOn: '2026-09-01', endsOn: '2026-09-14' },
      '2026-01-01',
      '2026-12-31',
    );
    expect(dates).toEqual(['2026-09-01', '2026-09-08']);
    expect(dates.every((date) => weekdayOf(date) === 2)).toBe(true);
  });

  it('keeps 6:30 PM local in Chicago across the daylight-saving change', () => {
    expect(instantOf('2026-10-27', '18:30', 'America/Chicago').toISOString()).toBe('2026-10-27T23:30:00.000Z');
    expect(instantOf('2026-11-03', '18:30', 'America/Chicago').toISOString()).toBe('2026-11-04T00:30:00.000Z');
  });
});
