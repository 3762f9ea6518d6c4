// The quick 'YYYY-MM-DD' reading and writing must agree with date-fns everywhere, impossible days included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';
import { daysBetween, plusDays, toDate, toIso, weekdayOf } from '../../../../src/renderer/src/domain/dates';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('calendar dates as text', () => {
  it('read and write every real or impossible YYYY-MM-DD as date-fns does (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const quick = toDate(text);
          const slow = parseISO(text);
          expect(quick.getTime()).toEqual(slow.getTime());
          if (!Number.isNaN(slow.getTime())) expect(toIso(quick)).toBe(format(slow, 'yyyy-MM-dd'));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('add days, count days and name weekdays as date-fns does (property)', () => {
    const day = fc
      .date({ min: new Date(1, 0, 1), max: new Date(9998, 11, 31), noInvalidDate: true })
      .map((date) => format(date, 'yyyy-MM-dd'));
    fc.assert(
      fc.property(day, day, fc.integer({ min: -40_000, max: 40_000 }), (from, to, days) => {
        const expected = addDays(parseISO(from), days);
        if (expected.getFullYear() >= 1 && expected.getFullYear() <= 9999) {
          expect(plusDays(from, days)).toBe(format(expected, 'yyyy-MM-dd'));
        }
        expect(daysBetween(from, to)).toBe(differenceInCalendarDays(parseISO(to), parseISO(from)));
        expect(weekdayOf(from)).toBe(getDay(parseISO(from)));
      }),
      { numRuns: 3000 },
    );
  });

  it('say the day, month and year changes across month ends, leap days and daylight-saving days', () => {
    expect(plusDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(plusDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(plusDays('2026-11-01', 7)).toBe('2026-11-08');
    expect(plusDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(toIso(toDate('0099-05-06'))).toBe('0099-05-06');
    expect(Number.isNaN(toDate('2026-02-30').getTime())).toBe(true);
    expect(Number.isNaN(toDate('not a date').getTime())).toBe(true);
  });
});
