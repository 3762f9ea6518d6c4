// The schedule sentences a flyer prints, for every kind of series, in English and Spanish, and proof
// that the dates listed under each sentence are the days it names.
import { describe, expect, it } from 'vitest';
import type { Schedule } from '@shared/model';
import { buildFlyer } from '../../../../src/renderer/src/domain/flyer';
import { occurrencesInRange } from '../../../../src/renderer/src/domain/occurrences';
import { daysBetween, plusDays, weekdayOf } from '../../../../src/renderer/src/domain/dates';
import { describeSeries, durationIn, weekdayAndDate, type Language } from '../../../../src/renderer/src/domain/wording';
import { schedule } from './meetingFixtures';
import { group, settings, venue } from './flyerFixtures';

type Rule = Pick<Schedule, 'rule' | 'weekday' | 'nth' | 'startTime' | 'durationMinutes'>;

const cases: Array<{ rule: Rule; en: string; es: string }> = [
  {
    rule: { rule: 'weekly', weekday: 2, nth: null, startTime: '18:30', durationMinutes: 90 },
    en: 'Every Tuesday, 6:30–8:00 PM',
    es: 'Todos los martes, 6:30–8:00 p. m.',
  },
  {
    rule: { rule: 'weekly', weekday: 6, nth: null, startTime: '10:00', durationMinutes: 90 },
    en: 'Every Saturday, 10:00–11:30 AM',
    es: 'Todos los sábados, 10:00–11:30 a. m.',
  },
  {
    rule: { rule: 'biweekly', weekday: 4, nth: null, startTime: '19:00', durationMinutes: 90 },
    en: 'Every other Thursday, 7:00–8:30 PM',
    es: 'Cada dos jueves, 7:00–8:30 p. m.',
  },
  {
    rule: { rule: 'monthly', weekday: 1, nth: 1, startTime: '18:00', durationMinutes: 90 },
    en: 'First Monday of each month, 6:00–7:30 PM',
    es: 'El primer lunes de cada mes, 6:00–7:30 p. m.',
  },
  {
    rule: { rule: 'monthly', weekday: 3, nth: 2, startTime: '11:30', durationMinutes: 90 },
    en: 'Second Wednesday of each month, 11:30 AM–1:00 PM',
    es: 'El segundo miércoles de cada mes, 11:30 a. m.–1:00 p. m.',
  },
  {
    rule: { rule: 'monthly', weekday: 5, nth: 3, startTime: '13:00', durationMinutes: 120 },
    en: 'Third Friday of each month, 1:00–3:00 PM',
    es: 'El tercer viernes de cada mes, 1:00–3:00 p. m.',
  },
  {
    rule: { rule: 'monthly', weekday: 0, nth: 4, startTime: '14:00', durationMinutes: 90 },
    en: 'Fourth Sunday of each month, 2:00–3:30 PM',
    es: 'El cuarto domingo de cada mes, 2:00–3:30 p. m.',
  },
  {
    rule: { rule: 'monthly', weekday: 4, nth: -1, startTime: '18:30', durationMinutes: 90 },
    en: 'Last Thursday of each month, 6:30–8:00 PM',
    es: 'El último jueves de cada mes, 6:30–8:00 p. m.',
  },
];

const TODAY = '2026-12-01';

function flyerFor(rule: Rule, language: Language) {
  const series = [schedule({ ...rule, groupId: 'g1', startsOn: '2026-01-01' })];
  const occurrences = occurrencesInRange({
    schedules: series,
    meetings: [],
    closures: [],
    from: TODAY,
    to: plusDays(TODAY, 400),
    today: TODAY,
  });
  return buildFlyer(group(), series, venue(), settings(), occurrences, language, { today: TODAY, maxDates: 6 });
}

describe('schedule wording on flyers', () => {
  for (const { rule, en, es } of cases) {
    it(`says "${en}" in English and "${es}" in Spanish`, () => {
      expect(describeSeries(rule, 'en')).toBe(en);
      expect(describeSeries(rule, 'es')).toBe(es);
      expect(flyerFor(rule, 'en').when).toEqual([en]);
      expect(flyerFor(rule, 'es').when).toEqual([es]);
    });
  }

  it('lists only dates on the weekday and week of the month that the sentence names', () => {
    const seriesDates = (rule: Rule) =>
      occurrencesInRange({
        schedules: [schedule({ ...rule, startsOn: '2026-01-01' })],
        meetings: [],
        closures: [],
        from: TODAY,
        to: plusDays(TODAY, 400),
        today: TODAY,
      })
        .slice(0, 6)
        .map((o) => o.date);
    for (const { rule } of cases) {
      const dates = seriesDates(rule);
      expect(dates).toHaveLength(6);
      for (const date of dates) expect(weekdayOf(date)).toBe(rule.weekday);
      const day = (date: string) => Number(date.slice(8));
      const gaps = dates.slice(1).map((date, i) => daysBetween(dates[i] ?? date, date));
      if (rule.rule === 'weekly') expect(new Set(gaps)).toEqual(new Set([7]));
      if (rule.rule === 'biweekly') expect(new Set(gaps)).toEqual(new Set([14]));
      if (rule.rule === 'monthly' && rule.nth !== null && rule.nth > 0) {
        for (const date of dates) expect(Math.ceil(day(date) / 7)).toBe(rule.nth);
      }
      if (rule.nth === -1) {
        // The last such weekday: a week later is already next month.
        for (const date of dates) expect(plusDays(date, 7).slice(5, 7)).not.toBe(date.slice(5, 7));
      }
      // The flyer lists these same days, in words.
      expect(flyerFor(rule, 'en').dates.map((d) => d.text)).toEqual(dates.map((date) => weekdayAndDate(date, 'en')));
    }
  });

  it('writes upcoming dates without the year, as people say them', () => {
    expect(weekdayAndDate('2026-12-24', 'en')).toBe('Thursday, December 24');
    expect(weekdayAndDate('2026-12-24', 'es')).toBe('jueves, 24 de diciembre');
  });

  it('says meeting lengths in minutes or hours in both languages', () => {
    expect(durationIn(90, 'en')).toBe('90 minutes');
    expect(durationIn(90, 'es')).toBe('90 minutos');
    expect(durationIn(120, 'es')).toBe('2 horas');
    expect(durationIn(60, 'es')).toBe('1 hora');
    expect(durationIn(150, 'es')).toBe('2 horas 30 minutos');
  });
});
