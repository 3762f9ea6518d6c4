// The conflict check against the database: what holds a room besides bookings (meetings moved there),
// and how far ahead a plan is checked.
import { beforeEach, describe, expect, it } from 'vitest';
import { createVenue } from '../../../../src/renderer/src/db/venues';
import { createBooking } from '../../../../src/renderer/src/db/bookings';
import {
  checkBookingConflicts,
  checkMoveConflicts,
  checkScheduleConflicts,
  checkSeriesPartsConflicts,
  conflictRefs,
  skipConflictingDates,
} from '../../../../src/renderer/src/db/bookingConflicts';
import { editSeries, plannedSeriesEdit } from '../../../../src/renderer/src/db/seriesOps';
import { db } from '../../../../src/renderer/src/db/database';
import { clearRecord, moveOccurrence, recordCancelled } from '../../../../src/renderer/src/db/meetings';
import { deleteGroup } from '../../../../src/renderer/src/db/groups';
import { resetDatabase } from './resetDb';
import { makeGroup, makeSeries, seriesFields } from './meetingFixtures';
import { bookingFields as booking, venueFields } from './venueFixtures';

beforeEach(resetDatabase);

const TODAY = '2026-03-02';

/** A library with an Oak Room, and a church where Riverside meets on Tuesdays at 6:30 PM, booked. */
async function libraryAndChurch() {
  const library = await createVenue(venueFields('Riverbend Library', ['Oak Room', 'Study Room B']));
  const church = await createVenue(venueFields('Grove Church', ['Hall']));
  const riverside = await makeSeries({ venueId: church.id, room: 'Hall', startsOn: '2026-03-03' });
  await createBooking(booking(church.id, riverside.groupId, riverside.id, { room: 'Hall' }), TODAY);
  const ref = { scheduleId: riverside.id, groupId: riverside.groupId, originalDate: '2026-03-17' };
  return { library, church, riverside, ref };
}

describe('a meeting moved (only this one) into a room', () => {
  it('holds that room: a booking, a series and another move there that evening clash with it', async () => {
    const { library, ref } = await libraryAndChurch();
    await moveOccurrence(ref, { date: '2026-03-17', startTime: '18:30', venueId: library.id, room: 'Oak Room' });
    const lakeside = await makeGroup('Lakeside Tuesday Connection');

    const oneDate = booking(library.id, lakeside, null, {
      date: '2026-03-17',
      startTime: '18:00',
      durationMinutes: 90,
    });
    const conflicts = await checkBookingConflicts({ ...oneDate, id: null }, TODAY);
    expect(conflicts.map((c) => [c.date, c.clashes.map((x) => [x.groupName, x.startTime, x.room])])).toEqual([
      ['2026-03-17', [['Riverside Tuesday Connection', '18:30', 'Oak Room']]],
    ]);
    // A new weekly series in the Oak Room clashes on that Tuesday only.
    const series = seriesFields(lakeside, { venueId: library.id, room: 'Oak Room', startsOn: '2026-03-03' });
    expect((await checkScheduleConflicts({ ...series, id: null }, TODAY)).map((c) => c.date)).toEqual(['2026-03-17']);
    // Another group's meeting moved into the same room at the same time clashes too.
    const harbor = await makeSeries({
      groupId: await makeGroup('Harbor Connection'),
      venueId: null,
      room: '',
      startsOn: '2026-03-03',
    });
    const move = {
      scheduleId: harbor.id,
      groupId: harbor.groupId,
      originalDate: '2026-03-17',
      date: '2026-03-17',
      startTime: '19:00',
      venueId: library.id,
      room: 'Oak Room',
    };
    expect((await checkMoveConflicts(move, TODAY)).map((c) => c.clashes[0]?.groupName)).toEqual([
      'Riverside Tuesday Connection',
    ]);
    // In the other room, or after the first meeting ends, there is no clash.
    expect(await checkMoveConflicts({ ...move, room: 'Study Room B' }, TODAY)).toEqual([]);
    expect(await checkMoveConflicts({ ...move, startTime: '20:00' }, TODAY)).toEqual([]);
  });

  it('frees the room once moved back, cancelled, or its group deleted', async () => {
    const { library, ref, riverside } = await libraryAndChurch();
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    const plan = {
      ...booking(library.id, lakeside, null, { date: '2026-03-17', startTime: '18:00', durationMinutes: 90 }),
      id: null,
    };
    const moveThere = () =>
      moveOccurrence(ref, { date: '2026-03-17', startTime: '18:30', venueId: library.id, room: 'Oak Room' });

    await moveThere();
    expect(await checkBookingConflicts(plan, TODAY)).toHaveLength(1);
    await clearRecord(ref);
    expect(await checkBookingConflicts(plan, TODAY)).toEqual([]);
    await moveThere();
    await recordCancelled(ref, 'Snow');
    expect(await checkBookingConflicts(plan, TODAY)).toEqual([]);
    await clearRecord(ref);
    await moveThere();
    await deleteGroup(riverside.groupId);
    expect(await checkBookingConflicts(plan, TODAY)).toEqual([]);
  });

  it('never clashes with its own series, booked in that room', async () => {
    const library = await createVenue(venueFields('Riverbend Library', ['Oak Room']));
    const riverside = await makeSeries({ venueId: library.id, room: 'Oak Room', startsOn: '2026-03-03' });
    await createBooking(booking(library.id, riverside.groupId, riverside.id), TODAY);
    const move = {
      scheduleId: riverside.id,
      groupId: riverside.groupId,
      originalDate: '2026-03-17',
      date: '2026-03-18',
      startTime: '18:30',
      venueId: library.id,
      room: 'Oak Room',
    };
    expect(await checkMoveConflicts(move, TODAY)).toEqual([]);
    await moveOccurrence(move, move);
    // Its own booking's check sees the moved meeting once, as its own.
    expect(
      await checkBookingConflicts({ ...booking(library.id, riverside.groupId, riverside.id), id: null }, TODAY),
    ).toEqual([]);
  });
});

describe('how far ahead a plan is checked', () => {
  it('checks a one-date booking more than 12 months ahead on that date', async () => {
    const library = await createVenue(venueFields('Riverbend Library', ['Oak Room']));
    const riverside = await makeSeries({ venueId: library.id, room: 'Oak Room', startsOn: '2026-03-03' });
    await createBooking(booking(library.id, riverside.groupId, riverside.id), TODAY);
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    // Tuesday, April 6, 2027: 13 months ahead.
    const far = booking(library.id, lakeside, null, { date: '2027-04-06', startTime: '18:30', durationMinutes: 90 });
    expect((await checkBookingConflicts({ ...far, id: null }, TODAY)).map((c) => c.date)).toEqual(['2027-04-06']);
    const move = {
      scheduleId: (await makeSeries({ groupId: lakeside, venueId: null, room: '', startsOn: '2027-04-05' })).id,
      groupId: lakeside,
      originalDate: '2027-04-05',
      date: '2027-04-06',
      startTime: '19:00',
      venueId: library.id,
      room: 'Oak Room',
    };
    expect((await checkMoveConflicts(move, TODAY)).map((c) => c.date)).toEqual(['2027-04-06']);
  });
});

describe('a "this and later" change that reaches a later series', () => {
  it('is checked in that series too, and a skipped date is cancelled in the series it belongs to', async () => {
    const { church } = await libraryAndChurch(); // Riverside has the church hall on Tuesdays, 6:30–8 PM
    const maple = await makeSeries({ groupId: await makeGroup('Maple Tuesday Connection'), startTime: '17:00' });
    // From April 7 Maple meets at 6:30 PM; then, from March 10, at the church.
    const { schedule: april } = await editSeries(maple.id, 'this-and-later', '2026-04-07', { startTime: '18:30' });
    const fromMarch = { startTime: '17:00', venueId: church.id, room: 'Hall', endsOn: '2026-04-06' };

    const { edited, later } = await plannedSeriesEdit(maple.id, 'this-and-later', '2026-03-10', fromMarch);
    // March meets at 5 PM, before Riverside; the April series keeps 6:30 PM and so clashes every Tuesday.
    expect(await checkScheduleConflicts(edited, TODAY)).toEqual([]);
    const conflicts = await checkSeriesPartsConflicts([edited, ...later.map((part) => part.after)], TODAY);
    expect(conflicts.slice(0, 2).map((c) => [c.scheduleId, c.date, c.startTime])).toEqual([
      [april.id, '2026-04-07', '18:30'],
      [april.id, '2026-04-14', '18:30'],
    ]);

    const { schedule: march } = await editSeries(maple.id, 'this-and-later', '2026-03-10', fromMarch);
    const refs = conflictRefs(conflicts, march.id, maple.groupId, new Set([april.id]));
    expect(await skipConflictingDates(refs)).toBe(conflicts.length);
    const cancelled = await db.meetings.where('[scheduleId+originalDate]').equals([april.id, '2026-04-07']).first();
    expect(cancelled).toMatchObject({ outcome: 'cancelled', cancelReason: 'Room conflict' });
    expect(await db.meetings.where('scheduleId').equals(march.id).count()).toBe(0);
  });
});
