import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Schedule } from '@shared/model';
import { db } from '../../../../src/renderer/src/db/database';
import {
  clearRecord,
  moveOccurrence,
  MoveRefusedError,
  occurrencesBetween,
  occurrencesForGroup,
  recordCancelled,
  recordHeld,
  type OccurrenceRef,
} from '../../../../src/renderer/src/db/meetings';
import { editSeries } from '../../../../src/renderer/src/db/seriesOps';
import { rebuildMonthlyStats, statsForMonths } from '../../../../src/renderer/src/db/monthlyStats';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { plusDays } from '../../../../src/renderer/src/domain/dates';
import { expandRule } from '../../../../src/renderer/src/domain/recurrence';
import { makeGroup, makeSeries, storedAndRecounted } from './meetingFixtures';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

// Meetings from late January to early April, so moves cross month boundaries.
const FIRST = '2026-01-20';
const LAST = '2026-04-10';

type Op =
  | { kind: 'held'; series: number; pick: number; attendance: number; firstTime: number; facilitators: number }
  | { kind: 'cancel'; series: number; pick: number }
  | { kind: 'move'; series: number; pick: number; shift: number }
  | { kind: 'clear'; series: number; pick: number }
  | { kind: 'length'; series: number; minutes: number }
  | { kind: 'split'; series: number; pick: number; minutes: number; weekday: number };

const seriesArb = fc.integer({ min: 0, max: 1 });
const pickArb = fc.nat({ max: 40 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc
    .record({
      series: seriesArb,
      pick: pickArb,
      attendance: fc.nat({ max: 15 }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      facilitators: fc.nat({ max: 3 }),
    })
    .map(({ share, ...rest }) => ({ kind: 'held' as const, ...rest, firstTime: Math.floor(rest.attendance * share) })),
  fc.record({ kind: fc.constant('cancel' as const), series: seriesArb, pick: pickArb }),
  fc.record({
    kind: fc.constant('move' as const),
    series: seriesArb,
    pick: pickArb,
    shift: fc.integer({ min: -12, max: 12 }),
  }),
  fc.record({ kind: fc.constant('clear' as const), series: seriesArb, pick: pickArb }),
  fc.record({ kind: fc.constant('length' as const), series: seriesArb, minutes: fc.constantFrom(60, 90, 120) }),
  fc.record({
    kind: fc.constant('split' as const),
    series: seriesArb,
    pick: pickArb,
    minutes: fc.constantFrom(60, 90, 120),
    weekday: fc.integer({ min: 0, max: 6 }),
  }),
);

/** The group's live series whose span holds the date (after splits a group has several). */
async function seriesFor(groupId: string, date: string): Promise<Schedule> {
  const live = (await db.schedules.where('groupId').equals(groupId).toArray()).filter((s) => s.deletedAt === null);
  const covering = live.find((s) => s.startsOn <= date && (s.endsOn === null || date <= s.endsOn));
  return covering ?? (live[0] as Schedule);
}

async function apply(op: Op, groups: string[], dates: string[][]): Promise<void> {
  const groupId = groups[op.series] as string;
  const groupDates = dates[op.series] as string[];
  if (op.kind === 'length') {
    const schedule = await seriesFor(groupId, FIRST);
    await editSeries(schedule.id, 'all', FIRST, { durationMinutes: op.minutes });
    return;
  }
  const date = groupDates[op.pick % groupDates.length] as string;
  const schedule = await seriesFor(groupId, date);
  const ref: OccurrenceRef = { scheduleId: schedule.id, groupId, originalDate: date };
  switch (op.kind) {
    case 'held':
      await recordHeld(ref, {
        attendance: op.attendance,
        firstTime: op.firstTime,
        facilitatorsPresent: ['f1', 'f2', 'f3'].slice(0, op.facilitators),
        notes: '',
      });
      break;
    case 'cancel':
      await recordCancelled(ref, 'Weather');
      break;
    case 'move':
      // A move onto a time the group already meets is refused and changes nothing: the property holds.
      await moveOccurrence(ref, {
        date: plusDays(date, op.shift),
        startTime: '17:00',
        venueId: 'church',
        room: '',
      }).catch((error: unknown) => {
        if (!(error instanceof MoveRefusedError)) throw error;
      });
      break;
    case 'clear':
      await clearRecord(ref);
      break;
    case 'split':
      // A date in the gap a weekday change leaves after an earlier split has no series to change.
      if (schedule.endsOn !== null && date > schedule.endsOn) break;
      await editSeries(schedule.id, 'this-and-later', date, { durationMinutes: op.minutes, weekday: op.weekday });
      break;
  }
}

describe('monthly stats (issue 11)', () => {
  it('always equal a recount from every record, whatever is recorded, moved, cleared or edited (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        await resetDatabase();
        const a = await makeSeries({ groupId: await makeGroup('Tuesday group'), startsOn: '2026-01-06' });
        const b = await makeSeries({
          groupId: await makeGroup('Thursday group'),
          rule: 'biweekly',
          weekday: 4,
          startsOn: '2026-01-08',
        });
        const dates = [a, b].map((s) => expandRule(s, FIRST, LAST));
        for (const op of ops) await apply(op, [a.groupId, b.groupId], dates);
        const { stored, recount, storedDigests, recountDigests } = await storedAndRecounted();
        expect(stored).toEqual(recount);
        expect(storedDigests).toEqual(recountDigests);
        // The calendar's meetings, placed from the month rows alone, are the ones the whole records give,
        // in windows whose edges moves cross (a record moved out of a window must not show in it).
        const today = '2026-03-01';
        for (let start = plusDays(FIRST, -7); start <= LAST; start = plusDays(start, 9)) {
          const window = [start, plusDays(start, 8)] as const;
          const brief = await occurrencesBetween(...window, { today });
          const whole = [
            ...(await occurrencesForGroup(a.groupId, ...window, today)),
            ...(await occurrencesForGroup(b.groupId, ...window, today)),
          ];
          const shown = (o: (typeof brief)[number]) =>
            [o.key, o.date, o.startTime, o.venueId, o.room, o.state, o.cancelReason, o.meeting?.attendance].join('|');
          expect(brief.map(shown).sort()).toEqual(whole.map(shown).sort());
        }
      }),
      { numRuns: 40 },
    );
  });

  it('rebuild from the records gives back what the writes kept', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    const ref = (originalDate: string) => ({ scheduleId: series.id, groupId: series.groupId, originalDate });
    await recordHeld(ref('2026-01-27'), { attendance: 6, firstTime: 2, facilitatorsPresent: ['f1'], notes: '' });
    await recordCancelled(ref('2026-02-03'), 'Snow');
    const kept = await statsForMonths('2026-01', '2026-12');
    await db.monthlyStats.clear();
    await rebuildMonthlyStats();
    expect(await statsForMonths('2026-01', '2026-12')).toEqual(kept);
    expect(kept).toHaveLength(2);
  });

  it('rebuild repairs a wrong or stray aggregate, from storage or from records the caller holds', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    const ref = (originalDate: string) => ({ scheduleId: series.id, groupId: series.groupId, originalDate });
    await recordHeld(ref('2026-01-27'), { attendance: 6, firstTime: 2, facilitatorsPresent: ['f1'], notes: '' });
    await recordCancelled(ref('2026-02-03'), 'Snow');
    const kept = await statsForMonths('2026-01', '2026-12');
    const [january, february] = kept;
    if (!january || !february) throw new Error('Expected January and February to be counted');
    const januaryEntry = (await db.monthlyStats.get('2026-01'))?.groups[january.groupId];
    if (!januaryEntry) throw new Error('Expected a January row');
    await db.monthlyStats.put({ month: '2026-01', groups: { [january.groupId]: { ...januaryEntry, attendance: 99 } } });
    await db.monthlyStats.put({ month: '2025-07', groups: { [january.groupId]: januaryEntry } });
    expect((await statsForMonths('2025-01', '2026-12')).map((s) => s.attendance)).toEqual([6, 99, 0]);
    await rebuildMonthlyStats();
    expect(await statsForMonths('2025-01', '2026-12')).toEqual(kept);

    const februaryEntry = (await db.monthlyStats.get('2026-02'))?.groups[february.groupId];
    if (!februaryEntry) throw new Error('Expected a February row');
    await db.monthlyStats.put({ month: '2026-02', groups: { [february.groupId]: { ...februaryEntry, cancelled: 5 } } });
    expect((await statsForMonths('2026-02', '2026-02'))[0]?.cancelled).toBe(5);
    await rebuildMonthlyStats({ meetings: await db.meetings.toArray(), schedules: await db.schedules.toArray() });
    expect(await statsForMonths('2025-01', '2026-12')).toEqual(kept);
  });

  it('are there for the sample data as soon as it is loaded', async () => {
    await loadSampleData();
    const { stored, recount } = await storedAndRecounted();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(recount);
  });

  it('are written in the same transaction as the sample meetings: if they fail, nothing is loaded', async () => {
    const tableMethods = Object.getPrototypeOf(db.monthRecords) as { bulkPut: (...args: unknown[]) => unknown };
    const bulkPut = tableMethods.bulkPut;
    const spy = vi.spyOn(tableMethods, 'bulkPut').mockImplementation(function (this: { name: string }, ...args) {
      if (this.name === 'monthRecords') return Promise.reject(new Error('The disk is full'));
      return bulkPut.apply(this, args);
    });
    try {
      await expect(loadSampleData()).rejects.toThrow('The disk is full');
    } finally {
      spy.mockRestore();
    }
    expect(await db.meetings.count()).toBe(0);
    expect(await db.groups.count()).toBe(0);
  });

  it('read a range of months, for some groups or all', async () => {
    const one = await makeSeries({ groupId: await makeGroup('One'), startsOn: '2026-01-06' });
    const two = await makeSeries({ groupId: await makeGroup('Two'), startsOn: '2026-01-06' });
    const held = { attendance: 5, firstTime: 0, facilitatorsPresent: [], notes: '' };
    for (const s of [one, two]) {
      for (const date of ['2026-01-13', '2026-02-10', '2026-03-10']) {
        await recordHeld({ scheduleId: s.id, groupId: s.groupId, originalDate: date }, held);
      }
    }
    expect(await statsForMonths('2026-02', '2026-03')).toHaveLength(4);
    const onlyOne = await statsForMonths('2026-02', '2026-03', [one.groupId]);
    expect(onlyOne.map((s) => [s.groupId, s.month])).toEqual([
      [one.groupId, '2026-02'],
      [one.groupId, '2026-03'],
    ]);
    const many = [two.groupId, ...Array.from({ length: 25 }, (_, i) => `other-${i}`)];
    expect((await statsForMonths('2026-01', '2026-01', many)).map((s) => s.groupId)).toEqual([two.groupId]);
  });
});
