import { describe, expect, it } from 'vitest';
import { planThisAndLater } from '../../../../src/renderer/src/domain/seriesEdit';
import { expandRule } from '../../../../src/renderer/src/domain/recurrence';
import { schedule } from './meetingFixtures';

describe('planThisAndLater', () => {
  it('ends the old series the day before and starts the next on that day with the changes', () => {
    const old = schedule({ startsOn: '2026-01-06', endsOn: '2026-12-29' });
    const { endOld, next } = planThisAndLater(old, '2026-06-02', { startTime: '19:00', venueId: 'v2', room: 'Hall' });
    expect(endOld).toEqual({ endsOn: '2026-06-01' });
    expect(next).toEqual({
      groupId: 'g1',
      rule: 'weekly',
      weekday: 2,
      nth: null,
      startTime: '19:00',
      durationMinutes: 90,
      timeZone: 'America/Chicago',
      venueId: 'v2',
      room: 'Hall',
      startsOn: '2026-06-02',
      endsOn: '2026-12-29',
    });
    const before = expandRule({ ...old, ...endOld }, '2026-01-01', '2026-12-31');
    const after = expandRule(next, '2026-01-01', '2026-12-31');
    expect([...before, ...after]).toEqual(expandRule(old, '2026-01-01', '2026-12-31'));
  });

  it('keeps the every-other-week rhythm when split from a day between meetings', () => {
    const old = schedule({ rule: 'biweekly', startsOn: '2026-01-06' });
    const { endOld, next } = planThisAndLater(old, '2026-01-14', { startTime: '17:30' });
    expect(endOld.endsOn).toBe('2026-01-13');
    expect(next.startsOn).toBe('2026-01-20');
    expect(expandRule(next, '2026-01-01', '2026-02-28')).toEqual(['2026-01-20', '2026-02-03', '2026-02-17']);
  });

  it('keeps the every-other-week rhythm when the day changes too', () => {
    // Every other Tuesday: Jan 6, Jan 20, Feb 3, Feb 17. To Thursdays from the day after a meeting,
    // or from a Tuesday between meetings: the next is Thursday Feb 5, in the week the group meets.
    const old = schedule({ rule: 'biweekly', startsOn: '2026-01-06' });
    for (const from of ['2026-01-21', '2026-01-27']) {
      const { next } = planThisAndLater(old, from, { weekday: 4 });
      expect(expandRule(next, '2026-01-01', '2026-02-28')).toEqual(['2026-02-05', '2026-02-19']);
    }
    // To Mondays: the Monday of the meeting week, unless that is before the chosen date.
    expect(planThisAndLater(old, '2026-01-21', { weekday: 1 }).next.startsOn).toBe('2026-02-02');
    expect(planThisAndLater(old, '2026-02-03', { weekday: 1 }).next.startsOn).toBe('2026-02-16');
    // A part that ends before its first meeting in the new rhythm (Sunday Mar 15's week ends after the
    // part's last day, Mar 18, on the new Thursday) keeps no meetings instead of failing to save.
    const sundays = schedule({ rule: 'biweekly', weekday: 0, startsOn: '2026-02-01', endsOn: '2026-03-18' });
    const { next } = planThisAndLater(sundays, '2026-03-05', { weekday: 4 });
    expect([next.startsOn, next.endsOn]).toEqual(['2026-03-18', '2026-03-18']);
    expect(expandRule(next, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('gives a monthly series a week of the month, and drops it from a weekly one', () => {
    const weekly = schedule();
    expect(planThisAndLater(weekly, '2026-05-01', { rule: 'monthly', weekday: 4 }).next).toMatchObject({
      rule: 'monthly',
      nth: 1,
    });
    const monthly = schedule({ rule: 'monthly', nth: -1, weekday: 4 });
    expect(planThisAndLater(monthly, '2026-05-01', { rule: 'weekly' }).next).toMatchObject({
      rule: 'weekly',
      nth: null,
    });
    expect(planThisAndLater(monthly, '2026-05-01', { endsOn: null, room: undefined }).next).toMatchObject({
      nth: -1,
      endsOn: null,
      room: 'Room A',
    });
  });
});
