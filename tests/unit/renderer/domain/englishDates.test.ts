// English short dates are put together by hand (Home shows dozens as the app starts); they must read
// exactly as date-fns' format did, for every day, and odd input must behave as before.
import { format } from 'date-fns';
import { es } from 'date-fns/locale/es';
import { describe, expect, it } from 'vitest';
import { plusDays, toDate } from '../../../../src/renderer/src/domain/dates';
import { monthDay, monthDayYear, shortDate } from '../../../../src/renderer/src/domain/wording';
import { dateWords, fullDateWords } from '../../../../src/renderer/src/features/facilitators/dateWords';
import { shortDate as donationDate } from '../../../../src/renderer/src/features/donations/dates';

const before = {
  short: (iso: string) => format(toDate(iso), 'EEE, MMM d'),
  withYear: (iso: string) => format(toDate(iso), 'MMM d, yyyy'),
  monthDay: (iso: string) => format(toDate(iso), 'MMM d'),
};

function attempt(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `threw ${(error as Error).name}`;
  }
}

describe('English short dates', () => {
  it('read as date-fns wrote them, for every day from 1999 to 2031 (leap days included)', () => {
    let checked = 0;
    for (let day = '1999-12-25'; day <= '2031-01-05'; day = plusDays(day, 1)) {
      expect(shortDate(day)).toBe(before.short(day));
      expect(monthDayYear(day)).toBe(before.withYear(day));
      expect(monthDay(day)).toBe(before.monthDay(day));
      checked += 1;
    }
    expect(checked).toBeGreaterThan(11_000);
    expect(shortDate('2028-02-29')).toBe('Tue, Feb 29');
    expect(monthDayYear('2026-03-14')).toBe('Mar 14, 2026');
  });

  it('are what the pipeline screens show: the year only when it is not this one', () => {
    expect(dateWords('2026-03-04', '2026-11-27')).toBe('Mar 4');
    expect(dateWords('2025-12-31', '2026-11-27')).toBe('Dec 31, 2025');
    expect(fullDateWords('2026-03-04')).toBe('Mar 4, 2026');
  });

  it('are what the donation screens show', () => {
    expect(donationDate('2026-03-14')).toBe('Mar 14, 2026');
  });

  it('leave Spanish to date-fns, unchanged', () => {
    expect(shortDate('2026-10-06', 'es')).toBe(format(toDate('2026-10-06'), "EEE, d 'de' MMM", { locale: es }));
  });

  it('treat a date that does not exist, or not a date, exactly as before', () => {
    for (const odd of ['2026-02-30', '2026-13-01', '0050-01-01', '2026-1-5', 'soon', '']) {
      expect(attempt(() => shortDate(odd))).toBe(attempt(() => before.short(odd)));
      expect(attempt(() => monthDayYear(odd))).toBe(attempt(() => before.withYear(odd)));
      expect(attempt(() => monthDay(odd))).toBe(attempt(() => before.monthDay(odd)));
    }
  });
});
