import { describe, expect, it } from 'vitest';
import { occurrencesInRange, type Occurrence } from '../../../../src/renderer/src/domain/occurrences';
import type { Closure, Meeting, Schedule } from '@shared/model';
import { closure, meeting, schedule } from './meetingFixtures';

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const run = (
  input: { schedules?: Schedule[]; meetings?: Meeting[]; closures?: Closure[]; today?: string },
  range = MARCH,
): Occurrence[] =>
  occurrencesInRange({
    schedules: input.schedules ?? [schedule()],
    meetings: input.meetings ?? [],
    closures: input.closures ?? [],
    today: input.today ?? '2026-03-15',
    ...range,
  });
const brief = (list: Occurrence[]) => list.map((o) => `${o.originalDate}>${o.date} ${o.state}`);
const TOMBSTONE = '2026-02-01T00:00:00.000Z';

describe('occurrencesInRange', () => {
  it('lists a plain series: past dates unrecorded, today and later upcoming, with the series details', () => {
    const list = run({});
    expect(brief(list)).toEqual([
      '2026-03-03>2026-03-03 unrecorded',
      '2026-03-10>2026-03-10 unrecorded',
      '2026-03-17>2026-03-17 upcoming',
      '2026-03-24>2026-03-24 upcoming',
      '2026-03-31>2026-03-31 upcoming',
    ]);
    expect(list[0]).toMatchObject({
      key: 's1|2026-03-03',
      groupId: 'g1',
      startTime: '18:30',
      durationMinutes: 90,
      timeZone: 'America/Chicago',
      venueId: 'v1',
      room: 'Room A',
      moved: false,
      cancelReason: null,
      closure: null,
      meeting: null,
    });
    expect(brief(run({ today: '2026-03-17' }))[2]).toBe('2026-03-17>2026-03-17 upcoming');
  });

  it('shows held and cancelled records in place of their series date', () => {
    const list = run({
      meetings: [
        meeting({ originalDate: '2026-03-03', outcome: 'held', attendance: 7, firstTime: 1 }),
        meeting({ originalDate: '2026-03-10', outcome: 'cancelled', cancelReason: 'Ice storm' }),
      ],
    });
    expect(brief(list).slice(0, 2)).toEqual(['2026-03-03>2026-03-03 held', '2026-03-10>2026-03-10 cancelled']);
    expect(list[0]?.meeting?.attendance).toBe(7);
    expect(list[1]?.cancelReason).toBe('Ice storm');
  });

  it('shows a meeting moved out of the range only where it went, and one moved in from outside', () => {
    const meetings = [
      meeting({ originalDate: '2026-03-31', date: '2026-04-02', startTime: '18:30', venueId: 'v1', room: 'Room A' }),
      meeting({ originalDate: '2026-02-24', date: '2026-03-05', startTime: '17:00', venueId: 'v2', room: 'Hall' }),
    ];
    const march = run({ meetings });
    expect(brief(march)).toEqual([
      '2026-03-03>2026-03-03 unrecorded',
      '2026-02-24>2026-03-05 unrecorded',
      '2026-03-10>2026-03-10 unrecorded',
      '2026-03-17>2026-03-17 upcoming',
      '2026-03-24>2026-03-24 upcoming',
    ]);
    expect(march[1]).toMatchObject({ moved: true, startTime: '17:00', venueId: 'v2', room: 'Hall' });
    const april = run({ meetings, today: '2026-03-01' }, { from: '2026-04-01', to: '2026-04-07' });
    expect(brief(april)).toEqual(['2026-03-31>2026-04-02 moved', '2026-04-07>2026-04-07 upcoming']);
  });

  it('marks a same-day change of time or venue as moved', () => {
    const list = run({
      meetings: [meeting({ originalDate: '2026-03-24', startTime: '19:00', venueId: 'v1', room: 'Room A' })],
    });
    expect(list.find((o) => o.originalDate === '2026-03-24')).toMatchObject({
      state: 'moved',
      moved: true,
      startTime: '19:00',
    });
  });

  it('keeps a record whose date the series no longer produces (after a weekday change)', () => {
    const thursdays = schedule({ weekday: 4 });
    const list = run({
      schedules: [thursdays],
      meetings: [meeting({ originalDate: '2026-03-03', outcome: 'held', attendance: 6, firstTime: 0 })],
    });
    expect(brief(list)).toContain('2026-03-03>2026-03-03 held');
    expect(list.filter((o) => o.date === '2026-03-05')).toHaveLength(1);
  });

  it('cancels with the closure reason, unless the record says it was held', () => {
    const list = run({
      closures: [
        closure({ startDate: '2026-03-10', reason: 'Spring break' }),
        closure({ startDate: '2026-03-24', reason: 'Library closed' }),
      ],
      meetings: [meeting({ originalDate: '2026-03-24', outcome: 'held', attendance: 4, firstTime: 0 })],
    });
    expect(list.find((o) => o.date === '2026-03-10')).toMatchObject({
      state: 'cancelled',
      cancelReason: 'Spring break',
    });
    expect(list.find((o) => o.date === '2026-03-24')).toMatchObject({ state: 'held' });
    expect(list.find((o) => o.date === '2026-03-17')?.state).toBe('upcoming');
  });

  it('applies a venue closure to where a meeting was moved, not where it usually is', () => {
    const venueShut = closure({ startDate: '2026-03-17', scope: 'venue', venueId: 'v1', reason: 'Painting' });
    const moved = meeting({ originalDate: '2026-03-17', startTime: '18:30', venueId: 'v2', room: 'Hall' });
    expect(
      run({ closures: [venueShut], meetings: [moved] }).find((o) => o.originalDate === '2026-03-17'),
    ).toMatchObject({
      state: 'moved',
      closure: null,
    });
    expect(run({ closures: [venueShut] }).find((o) => o.originalDate === '2026-03-17')?.state).toBe('cancelled');
  });

  it('ignores deleted series, records and closures', () => {
    const list = run({
      schedules: [schedule(), schedule({ id: 's2', deletedAt: TOMBSTONE })],
      meetings: [
        meeting({ originalDate: '2026-03-03', outcome: 'held', attendance: 3, firstTime: 0, deletedAt: TOMBSTONE }),
        meeting({ scheduleId: 's2', originalDate: '2026-03-10', outcome: 'held', attendance: 3, firstTime: 0 }),
      ],
      closures: [closure({ startDate: '2026-03-17', deletedAt: TOMBSTONE })],
    });
    expect(brief(list)).toEqual([
      '2026-03-03>2026-03-03 unrecorded',
      '2026-03-10>2026-03-10 unrecorded',
      '2026-03-17>2026-03-17 upcoming',
      '2026-03-24>2026-03-24 upcoming',
      '2026-03-31>2026-03-31 upcoming',
    ]);
  });

  it('sorts by date, then start time, across series', () => {
    const list = run({
      schedules: [
        schedule({ id: 'late', groupId: 'g2', startTime: '19:00' }),
        schedule({ id: 'early', groupId: 'g3', startTime: '10:00' }),
      ],
    });
    expect(list.slice(0, 2).map((o) => o.scheduleId)).toEqual(['early', 'late']);
    expect(list).toHaveLength(10);
  });

  it('handles a month for 150 groups quickly', () => {
    const schedules = Array.from({ length: 150 }, (_, i) =>
      schedule({ id: `s${i}`, groupId: `g${i}`, weekday: i % 7, rule: i % 3 === 0 ? 'biweekly' : 'weekly' }),
    );
    const meetings = schedules
      .slice(0, 100)
      .map((s) =>
        meeting({ scheduleId: s.id, groupId: s.groupId, originalDate: '2026-03-0' + (1 + ((s.weekday + 6) % 7)) }),
      );
    const closures = Array.from({ length: 30 }, (_, i) =>
      closure({ id: `c${i}`, startDate: `2026-0${1 + (i % 9)}-1${i % 10}` }),
    );
    const started = performance.now();
    const list = run({ schedules, meetings, closures });
    expect(performance.now() - started).toBeLessThan(250);
    expect(list.length).toBeGreaterThan(500);
  });
});
