import { describe, expect, it } from 'vitest';
import { usHolidays } from '../../../../src/renderer/src/domain/holidays';
import { weekdayOf } from '../../../../src/renderer/src/domain/dates';

const byName = (year: number) => Object.fromEntries(usHolidays(year).map((h) => [h.name, h.date]));

describe('usHolidays', () => {
  it('gives the 2026 dates from the calendar', () => {
    expect(byName(2026)).toEqual({
      "New Year's Day": '2026-01-01',
      'Martin Luther King Jr. Day': '2026-01-19',
      "Presidents' Day": '2026-02-16',
      'Memorial Day': '2026-05-25',
      Juneteenth: '2026-06-19',
      'Independence Day': '2026-07-04',
      'Labor Day': '2026-09-07',
      "Columbus Day / Indigenous Peoples' Day": '2026-10-12',
      'Veterans Day': '2026-11-11',
      'Thanksgiving Day': '2026-11-26',
      'Christmas Eve': '2026-12-24',
      'Christmas Day': '2026-12-25',
      "New Year's Eve": '2026-12-31',
    });
  });

  it('gives the 2027 dates from the calendar', () => {
    expect(byName(2027)).toMatchObject({
      'Martin Luther King Jr. Day': '2027-01-18',
      "Presidents' Day": '2027-02-15',
      'Memorial Day': '2027-05-31',
      'Labor Day': '2027-09-06',
      "Columbus Day / Indigenous Peoples' Day": '2027-10-11',
      'Thanksgiving Day': '2027-11-25',
    });
  });

  it('lists thirteen holidays in date order, the Monday ones on Mondays', () => {
    for (const year of [2025, 2026, 2027, 2028, 2030]) {
      const list = usHolidays(year);
      expect(list).toHaveLength(13);
      expect(list.map((h) => h.date)).toEqual(list.map((h) => h.date).sort());
      expect(weekdayOf(byName(year)['Thanksgiving Day'] as string)).toBe(4);
      expect(weekdayOf(byName(year)['Memorial Day'] as string)).toBe(1);
    }
  });
});
