import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandRule, type RecurrenceRule } from '../../../../src/renderer/src/domain/recurrence';
import { daysBetween, instantOf, plusDays, weekdayOf } from '../../../../src/renderer/src/domain/dates';

const monthly = (weekday: number, nth: 1 | 2 | 3 | 4 | -1, startsOn: string): RecurrenceRule => ({
  rule: 'monthly',
  weekday,
  nth,
  startsOn,
  endsOn: null,
});

describe('a year of meetings, checked against the printed calendar', () => {
  it('weekly on Tuesdays: 52 meetings in 2026, Jan 6 to Dec 29, a week apart', () => {
    const dates = expandRule(
      { rule: 'weekly', weekday: 2, nth: null, startsOn: '2026-01-01', endsOn: null },
      '2026-01-01',
      '2026-12-31',
    );
    expect(dates).toHaveLength(52);
    expect([dates[0], dates[1], dates.at(-1)]).toEqual(['2026-01-06', '2026-01-13', '2026-12-29']);
    expect(dates).toContain('2026-03-10');
    expect(dates).toContain('2026-11-03');
  });

  it('every other Thursday from Jan 7, 2027: 26 meetings, ending Dec 23', () => {
    const dates = expandRule(
      { rule: 'biweekly', weekday: 4, nth: null, startsOn: '2027-01-07', endsOn: null },
      '2027-01-01',
      '2027-12-31',
    );
    expect(dates).toHaveLength(26);
    expect(dates.slice(0, 3)).toEqual(['2027-01-07', '2027-01-21', '2027-02-04']);
    expect(dates.at(-1)).toBe('2027-12-23');
  });

  it('first Monday of each month in 2026', () => {
    expect(expandRule(monthly(1, 1, '2026-01-01'), '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
      '2026-05-04',
      '2026-06-01',
      '2026-07-06',
      '2026-08-03',
      '2026-09-07',
      '2026-10-05',
      '2026-11-02',
      '2026-12-07',
    ]);
  });

  it('second Wednesday of each month in 2026', () => {
    expect(expandRule(monthly(3, 2, '2026-01-01'), '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-14',
      '2026-02-11',
      '2026-03-11',
      '2026-04-08',
      '2026-05-13',
      '2026-06-10',
      '2026-07-08',
      '2026-08-12',
      '2026-09-09',
      '2026-10-14',
      '2026-11-11',
      '2026-12-09',
    ]);
  });

  it('third Saturday of each month in 2026', () => {
    expect(expandRule(monthly(6, 3, '2026-01-01'), '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-17',
      '2026-02-21',
      '2026-03-21',
      '2026-04-18',
      '2026-05-16',
      '2026-06-20',
      '2026-07-18',
      '2026-08-15',
      '2026-09-19',
      '2026-10-17',
      '2026-11-21',
      '2026-12-19',
    ]);
  });

  it('fourth Friday of each month in 2027', () => {
    expect(expandRule(monthly(5, 4, '2027-01-01'), '2027-01-01', '2027-12-31')).toEqual([
      '2027-01-22',
      '2027-02-26',
      '2027-03-26',
      '2027-04-23',
      '2027-05-28',
      '2027-06-25',
      '2027-07-23',
      '2027-08-27',
      '2027-09-24',
      '2027-10-22',
      '2027-11-26',
      '2027-12-24',
    ]);
  });

  it('last Thursday of each month in 2026 and 2027', () => {
    expect(expandRule(monthly(4, -1, '2026-01-01'), '2026-01-01', '2027-12-31')).toEqual([
      '2026-01-29',
      '2026-02-26',
      '2026-03-26',
      '2026-04-30',
      '2026-05-28',
      '2026-06-25',
      '2026-07-30',
      '2026-08-27',
      '2026-09-24',
      '2026-10-29',
      '2026-11-26',
      '2026-12-31',
      '2027-01-28',
      '2027-02-25',
      '2027-03-25',
      '2027-04-29',
      '2027-05-27',
      '2027-06-24',
      '2027-07-29',
      '2027-08-26',
      '2027-09-30',
      '2027-10-28',
      '2027-11-25',
      '2027-12-30',
    ]);
  });

  it('a monthly series that starts mid-month skips that month when its day has passed', () => {
    expect(expandRule(monthly(1, 1, '2026-06-02'), '2026-01-01', '2026-08-31')).toEqual(['2026-07-06', '2026-08-03']);
  });
});

describe('daylight saving', () => {
  it('keeps a weekly 6:30 PM Chicago meeting at 6:30 PM local through both 2026 changes', () => {
    const dates = expandRule(
      { rule: 'weekly', weekday: 2, nth: null, startsOn: '2026-01-06', endsOn: null },
      '2026-02-24',
      '2026-11-17',
    );
    const utc = (date: string) => instantOf(date, '18:30', 'America/Chicago').toISOString();
    // Central Standard Time (UTC-6) until Sunday March 8, Central Daylight Time (UTC-5) until Sunday November 1.
    expect(utc('2026-03-03')).toBe('2026-03-04T00:30:00.000Z');
    expect(utc('2026-03-10')).toBe('2026-03-10T23:30:00.000Z');
    expect(utc('2026-10-27')).toBe('2026-10-27T23:30:00.000Z');
    expect(utc('2026-11-03')).toBe('2026-11-04T00:30:00.000Z');
    for (const date of dates) {
      const offsetHours = date >= '2026-03-08' && date < '2026-11-01' ? 5 : 6;
      const expected = new Date(
        Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10), 18 + offsetHours, 30),
      );
      expect(instantOf(date, '18:30', 'America/Chicago').getTime(), date).toBe(expected.getTime());
    }
  });
});

const EPOCH = '2020-01-01';
const dateArb = fc.integer({ min: 0, max: 365 * 12 }).map((offset) => plusDays(EPOCH, offset));
const ruleArb: fc.Arbitrary<RecurrenceRule> = fc
  .record({
    rule: fc.constantFrom('weekly', 'biweekly', 'monthly'),
    weekday: fc.integer({ min: 0, max: 6 }),
    nth: fc.constantFrom(1, 2, 3, 4, -1),
    startsOn: dateArb,
    length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
  })
  .map(({ rule, weekday, nth, startsOn, length }) => ({
    rule,
    weekday,
    nth: rule === 'monthly' ? nth : null,
    startsOn,
    endsOn: length === null ? null : plusDays(startsOn, length),
  }));
const rangeArb = fc.tuple(dateArb, fc.integer({ min: -10, max: 500 })).map(([from, span]) => ({
  from,
  to: plusDays(from, span),
}));

describe('expanding any series over any range (property)', () => {
  it('stays inside the range and the series, never repeats, keeps the weekday and the rhythm', () => {
    fc.assert(
      fc.property(ruleArb, rangeArb, (rule, { from, to }) => {
        const dates = expandRule(rule, from, to);
        for (const [index, date] of dates.entries()) {
          expect(date >= from && date <= to).toBe(true);
          expect(date >= rule.startsOn).toBe(true);
          if (rule.endsOn) expect(date <= rule.endsOn).toBe(true);
          expect(weekdayOf(date)).toBe(rule.weekday);
          const previous = dates[index - 1];
          if (previous !== undefined) {
            expect(previous < date).toBe(true);
            if (rule.rule === 'weekly') expect(daysBetween(previous, date)).toBe(7);
            if (rule.rule === 'biweekly') expect(daysBetween(previous, date)).toBe(14);
          }
        }
        if (rule.rule === 'biweekly' && dates[0]) {
          // Aligned to the series start, whatever the range asked for.
          const anchor = expandRule(rule, rule.startsOn, plusDays(rule.startsOn, 6))[0];
          expect(anchor).toBeDefined();
          expect(daysBetween(anchor as string, dates[0]) % 14).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('misses no weekly meeting in the range', () => {
    fc.assert(
      fc.property(ruleArb, rangeArb, (rule, { from, to }) => {
        fc.pre(rule.rule === 'weekly');
        const start = from > rule.startsOn ? from : rule.startsOn;
        const end = rule.endsOn && rule.endsOn < to ? rule.endsOn : to;
        let expected = 0;
        for (let day = start; day <= end; day = plusDays(day, 1)) if (weekdayOf(day) === rule.weekday) expected += 1;
        expect(expandRule(rule, from, to)).toHaveLength(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('puts a monthly meeting in the right week of its month, once a month', () => {
    fc.assert(
      fc.property(ruleArb, rangeArb, (rule, { from, to }) => {
        fc.pre(rule.rule === 'monthly');
        const dates = expandRule(rule, from, to);
        const months = dates.map((date) => date.slice(0, 7));
        expect(new Set(months).size).toBe(months.length);
        for (const date of dates) {
          const day = Number(date.slice(8, 10));
          if (rule.nth === -1) {
            // The last one: a week later is already next month.
            expect(plusDays(date, 7).slice(0, 7)).not.toBe(date.slice(0, 7));
          } else {
            const nth = rule.nth ?? 1;
            expect(day).toBeGreaterThanOrEqual((nth - 1) * 7 + 1);
            expect(day).toBeLessThanOrEqual(nth * 7);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
