import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { createSchedule, editSeries, endSeries, plannedSeriesEdit } from '../../../../src/renderer/src/db/seriesOps';
import {
  moveOccurrence,
  occurrencesBetween,
  recordCancelled,
  recordHeld,
} from '../../../../src/renderer/src/db/meetings';
import { statsForMonths } from '../../../../src/renderer/src/db/monthlyStats';
import { createVenue } from '../../../../src/renderer/src/db/venues';
import {
  bookingsForSchedule,
  bookingsThatMayNeedAttention,
  createBooking,
  setBookingStatus,
} from '../../../../src/renderer/src/db/bookings';
import { checkBookingConflicts } from '../../../../src/renderer/src/db/bookingConflicts';
import { agreementsEnding, seriesWithoutBooking } from '../../../../src/renderer/src/domain/bookingsAttention';
import { makeGroup, makeSeries, seriesFields, storedAndRecounted } from './meetingFixtures';
import { resetDatabase } from './resetDb';
import { bookingFields, venueFields } from './venueFixtures';

beforeEach(resetDatabase);

const TODAY = '2026-02-10';
const held = { attendance: 7, firstTime: 1, facilitatorsPresent: ['f1', 'f2'], notes: '' };

describe('creating a series', () => {
  it('refuses a monthly series without a week, an end before the start, or a missing group', async () => {
    const groupId = await makeGroup();
    await expect(createSchedule(seriesFields(groupId, { rule: 'monthly', nth: null }))).rejects.toThrow(
      'Choose which week of the month',
    );
    await expect(createSchedule(seriesFields(groupId, { endsOn: '2025-12-31' }))).rejects.toThrow(
      'on or after the first',
    );
    await expect(createSchedule(seriesFields(groupId, { startTime: '6pm' }))).rejects.toThrow('Use a time like 18:30');
    await expect(createSchedule(seriesFields('no-such-group'))).rejects.toThrow('could not be found');
    expect(await db.schedules.count()).toBe(0);
  });

  it('drops a week of the month from a weekly series', async () => {
    const series = await createSchedule(seriesFields(await makeGroup(), { rule: 'weekly', nth: 3 }));
    expect(series.nth).toBeNull();
  });
});

describe('editing "this and later meetings"', () => {
  it('keeps every earlier meeting and record exactly as it was, and moves later records to the new series', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    const ref = (originalDate: string) => ({ scheduleId: series.id, groupId: series.groupId, originalDate });
    await recordHeld(ref('2026-01-06'), held);
    await recordHeld(ref('2026-01-13'), { ...held, attendance: 9 });
    await recordCancelled(ref('2026-01-20'), 'Ice storm');
    await moveOccurrence(ref('2026-01-27'), {
      date: '2026-01-28',
      startTime: '18:30',
      venueId: 'library',
      room: 'Room A',
    });
    await recordHeld(ref('2026-02-03'), held);
    await recordCancelled(ref('2026-03-03'), 'Library closed for inventory');
    const earlier = await occurrencesBetween('2026-01-01', '2026-02-04', { today: TODAY });

    const { schedule: next } = await editSeries(series.id, 'this-and-later', '2026-02-05', {
      weekday: 4,
      startTime: '19:00',
      venueId: 'church',
      room: 'Fellowship hall',
      durationMinutes: 120,
    });

    expect(await occurrencesBetween('2026-01-01', '2026-02-04', { today: TODAY })).toEqual(earlier);
    expect(earlier.filter((o) => o.state === 'held').map((o) => o.date)).toEqual([
      '2026-01-06',
      '2026-01-13',
      '2026-02-03',
    ]);
    expect(await db.schedules.get(series.id)).toMatchObject({
      endsOn: '2026-02-04',
      startTime: '18:30',
      durationMinutes: 90,
    });
    expect(next).toMatchObject({ startsOn: '2026-02-05', weekday: 4, startTime: '19:00', venueId: 'church' });

    const later = await occurrencesBetween('2026-02-05', '2026-03-06', { today: TODAY });
    expect(later.map((o) => `${o.date} ${o.startTime} ${o.state} ${o.scheduleId === next.id ? 'new' : 'old'}`)).toEqual(
      [
        '2026-02-05 19:00 unrecorded new',
        '2026-02-12 19:00 upcoming new',
        '2026-02-19 19:00 upcoming new',
        '2026-02-26 19:00 upcoming new',
        // The planned cancellation followed the new series and is still shown on its day.
        '2026-03-03 19:00 cancelled new',
        '2026-03-05 19:00 upcoming new',
      ],
    );
    expect(later[4]?.cancelReason).toBe('Library closed for inventory');
    // Held meetings before the split keep their 90-minute facilitator time.
    expect((await statsForMonths('2026-01', '2026-02')).map((s) => [s.month, s.held, s.facilitatorMinutes])).toEqual([
      ['2026-01', 2, 360],
      ['2026-02', 1, 180],
    ]);
    const { stored, recount } = await storedAndRecounted();
    expect(stored).toEqual(recount);
  });

  it('changes the series in place when the split date is on or before its start', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    const { schedule } = await editSeries(series.id, 'this-and-later', '2026-01-06', { startTime: '17:00' });
    expect(schedule.id).toBe(series.id);
    expect(await db.schedules.count()).toBe(1);
    expect(schedule.startTime).toBe('17:00');
  });

  it('reaches the series a later change split off: a new place from March holds in April too', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    // From April 7 the group meets at 7 PM (a series of its own); then from March 10 it moves to the church.
    const { schedule: april } = await editSeries(series.id, 'this-and-later', '2026-04-07', { startTime: '19:00' });
    const { schedule: march } = await editSeries(series.id, 'this-and-later', '2026-03-10', {
      startTime: '18:30',
      venueId: 'church',
      room: 'Hall',
      endsOn: '2026-04-06', // what the series form sends: this part's own end, unchanged
    });
    const placed = (await occurrencesBetween('2026-03-01', '2026-04-30', { today: TODAY })).map(
      (o) => `${o.date} ${o.startTime} ${o.venueId}`,
    );
    expect(placed).toEqual([
      '2026-03-03 18:30 library',
      '2026-03-10 18:30 church',
      '2026-03-17 18:30 church',
      '2026-03-24 18:30 church',
      '2026-03-31 18:30 church',
      '2026-04-07 19:00 church',
      '2026-04-14 19:00 church',
      '2026-04-21 19:00 church',
      '2026-04-28 19:00 church',
    ]);
    expect(march.endsOn).toBe('2026-04-06');
    expect(await db.schedules.get(april.id)).toMatchObject({ startTime: '19:00', venueId: 'church', room: 'Hall' });
    // Changed from the start of the April series itself, in place: nothing earlier moves.
    await editSeries(april.id, 'this-and-later', '2026-04-07', { room: 'Room B' });
    expect((await db.schedules.get(march.id))?.room).toBe('Hall');
  });

  it('keeps an every-other-week rhythm in the later series when the weekday changes', async () => {
    const series = await makeSeries({ rule: 'biweekly', startsOn: '2026-01-06' });
    // Every other Tuesday (Jan 6, 20, … Mar 31, Apr 14); from April 7 at 7 PM; then from March 10 on Mondays.
    await editSeries(series.id, 'this-and-later', '2026-04-07', { startTime: '19:00' });
    await editSeries(series.id, 'this-and-later', '2026-03-10', { weekday: 1, endsOn: '2026-04-06' });
    const placed = (await occurrencesBetween('2026-03-01', '2026-05-31', { today: TODAY })).map(
      (o) => `${o.date} ${o.startTime}`,
    );
    expect(placed).toEqual([
      '2026-03-03 18:30',
      '2026-03-16 18:30',
      '2026-03-30 18:30',
      '2026-04-13 19:00',
      '2026-04-27 19:00',
      '2026-05-11 19:00',
      '2026-05-25 19:00',
    ]);
  });

  it('plans, before saving, every series a change will store, exactly as the save stores them', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    const { schedule: april } = await editSeries(series.id, 'this-and-later', '2026-04-07', { startTime: '19:00' });
    const { schedule: june } = await editSeries(april.id, 'this-and-later', '2026-06-02', { durationMinutes: 60 });
    const changes = { startTime: '18:30', venueId: 'church', room: 'Hall', endsOn: '2026-04-06' };

    const planned = await plannedSeriesEdit(series.id, 'this-and-later', '2026-03-10', changes);
    expect(planned.edited).toMatchObject({ id: series.id, startsOn: '2026-03-10', endsOn: '2026-04-06' });
    expect(planned.edited).toMatchObject({ startTime: '18:30', venueId: 'church', room: 'Hall' });
    // Both later series take the new place and keep their own time and length.
    expect(
      planned.later.map(({ before, after }) => [before.id, after.startsOn, after.startTime, after.venueId]),
    ).toEqual([
      [april.id, '2026-04-07', '19:00', 'church'],
      [june.id, '2026-06-02', '19:00', 'church'],
    ]);
    expect(planned.later[1]?.after).toMatchObject({ durationMinutes: 60, room: 'Hall', endsOn: null });
    // Planning writes nothing; "all meetings" reaches no later series.
    expect((await db.schedules.get(april.id))?.venueId).toBe('library');
    expect((await plannedSeriesEdit(series.id, 'all', '2026-03-10', changes)).later).toEqual([]);

    const { schedule: saved } = await editSeries(series.id, 'this-and-later', '2026-03-10', changes);
    const { id: _id, createdAt: _c, updatedAt: _u, changedBy: _b, continues: _n, ...savedFields } = saved;
    expect(planned.edited).toMatchObject(savedFields);
    for (const { after } of planned.later) {
      expect(await db.schedules.get(after.id)).toMatchObject({ ...after, updatedAt: expect.any(String) });
    }
  });

  it('refuses a split after the series ended and changes nothing', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06', endsOn: '2026-03-31' });
    await expect(editSeries(series.id, 'this-and-later', '2026-04-07', { startTime: '17:00' })).rejects.toThrow(
      'already ended',
    );
    expect(await db.schedules.toArray()).toEqual([series]);
  });
});

describe('a "this and later" change and the room booking', () => {
  const ON = '2026-03-02';
  const bookingOf = (venueId: string, groupId: string, scheduleId: string) =>
    bookingFields(venueId, groupId, scheduleId, {
      status: 'requested',
      agreementEndsOn: '2026-04-20',
      notes: 'Key at the front desk',
    });

  /** Home on a day: how many agreements end soon, and how many series have no booking. */
  async function homeOn(day: string) {
    const bookings = await bookingsThatMayNeedAttention(day);
    const schedules = (await db.schedules.toArray()).filter((s) => s.deletedAt === null);
    const groups = new Map((await db.groups.toArray()).map((g) => [g.id, g]));
    return {
      agreementsEnding: agreementsEnding(bookings, new Map(schedules.map((s) => [s.id, s])), day).length,
      seriesWithNoBooking: seriesWithoutBooking(schedules, bookings, groups, day).length,
    };
  }

  it('goes on with the new series in the same venue and room: status, history and agreement kept', async () => {
    const library = await createVenue(venueFields('Riverbend Library', ['Oak Room']));
    const series = await makeSeries({ venueId: library.id, room: 'Oak Room', startsOn: '2026-03-03' });
    const old = await createBooking(bookingOf(library.id, series.groupId, series.id), '2026-02-20');
    await setBookingStatus(old.id, 'confirmed', '2026-02-25');
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    const after = { date: '2026-04-21', startTime: '18:30', durationMinutes: 90 };
    const plan = { ...bookingOf(library.id, lakeside, series.id), scheduleId: null, ...after, id: null };
    const before = { clashes: (await checkBookingConflicts(plan, ON)).length, ...(await homeOn('2026-04-01')) };
    expect(before).toEqual({ clashes: 1, agreementsEnding: 1, seriesWithNoBooking: 0 });

    // From April 7 the meetings last two hours; the place stays the same.
    const { schedule: next } = await editSeries(series.id, 'this-and-later', '2026-04-07', { durationMinutes: 120 });

    const carried = await bookingsForSchedule(next.id);
    expect(carried.map((b) => [b.venueId, b.room, b.status, b.statusHistory, b.agreementEndsOn, b.notes])).toEqual([
      [
        library.id,
        'Oak Room',
        'confirmed',
        [
          { status: 'requested', on: '2026-02-20' },
          { status: 'confirmed', on: '2026-02-25' },
        ],
        '2026-04-20',
        'Key at the front desk',
      ],
    ]);
    expect(carried[0]?.id).not.toBe(old.id);
    // The old series keeps its booking for its last meetings, which still hold the room.
    expect((await bookingsForSchedule(series.id)).map((b) => b.id)).toEqual([old.id]);
    const march = { ...plan, date: '2026-03-31' };
    expect(await checkBookingConflicts(march, ON)).toHaveLength(1);
    // Later meetings still hold the room, Home still warns the agreement ends, and no series is unbooked.
    expect({ clashes: (await checkBookingConflicts(plan, ON)).length, ...(await homeOn('2026-04-01')) }).toEqual(
      before,
    );
  });

  it('stays with the old series when the new one meets elsewhere, and Home asks for a booking', async () => {
    const library = await createVenue(venueFields('Riverbend Library', ['Oak Room', 'Study Room B']));
    const series = await makeSeries({ venueId: library.id, room: 'Oak Room', startsOn: '2026-03-03' });
    await createBooking(bookingOf(library.id, series.groupId, series.id), ON);
    const { schedule: next } = await editSeries(series.id, 'this-and-later', '2026-04-07', { room: 'Study Room B' });
    expect(await bookingsForSchedule(next.id)).toEqual([]);
    expect((await homeOn('2026-04-01')).seriesWithNoBooking).toBe(1);
  });
});

describe('editing "all meetings"', () => {
  it('recounts facilitator time in every month when the meeting length changes', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    const ref = (originalDate: string) => ({ scheduleId: series.id, groupId: series.groupId, originalDate });
    await recordHeld(ref('2026-01-06'), held);
    await recordHeld(ref('2026-02-03'), held);
    await editSeries(series.id, 'all', '2026-03-01', { durationMinutes: 60 });
    expect((await statsForMonths('2026-01', '2026-02')).map((s) => s.facilitatorMinutes)).toEqual([120, 120]);
  });

  it('keeps records of dates the series no longer has after a weekday change', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    await recordHeld({ scheduleId: series.id, groupId: series.groupId, originalDate: '2026-01-06' }, held);
    await editSeries(series.id, 'all', '2026-01-06', { weekday: 3 });
    const january = await occurrencesBetween('2026-01-05', '2026-01-11', { today: TODAY });
    expect(january.map((o) => `${o.date} ${o.state}`)).toEqual(['2026-01-06 held', '2026-01-07 unrecorded']);
  });
});

describe('ending a series', () => {
  it('stops new meetings after the last date but keeps records made for later ones', async () => {
    const series = await makeSeries({ startsOn: '2026-01-06' });
    await recordCancelled(
      { scheduleId: series.id, groupId: series.groupId, originalDate: '2026-03-17' },
      'Spring break',
    );
    await endSeries(series.id, '2026-03-03');
    const march = await occurrencesBetween('2026-03-01', '2026-03-31', { today: TODAY });
    expect(march.map((o) => `${o.date} ${o.state}`)).toEqual(['2026-03-03 upcoming', '2026-03-17 cancelled']);
    await expect(endSeries(series.id, '2025-12-01')).rejects.toThrow("can't be before the series starts");
  });
});
