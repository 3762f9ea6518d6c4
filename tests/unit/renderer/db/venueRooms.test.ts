// A venue's list of rooms: a room still in use can't be renamed or taken out of it, so no booking,
// series or moved meeting is left in a room the venue no longer has.
import { beforeEach, describe, expect, it } from 'vitest';
import { createVenue, getVenue, RoomInUseError, updateVenue } from '../../../../src/renderer/src/db/venues';
import { createBooking } from '../../../../src/renderer/src/db/bookings';
import { checkBookingConflicts } from '../../../../src/renderer/src/db/bookingConflicts';
import { moveOccurrence } from '../../../../src/renderer/src/db/meetings';
import { endSeries } from '../../../../src/renderer/src/db/seriesOps';
import { resetDatabase } from './resetDb';
import { makeGroup, makeSeries } from './meetingFixtures';
import { bookingFields as booking, venueFields } from './venueFixtures';

beforeEach(resetDatabase);

const TODAY = '2026-03-02';

/** The venue's details with another list of rooms (the contact log has writes of its own). */
function withRooms(rooms: string[]) {
  const { contactLog: _log, ...fields } = venueFields('Riverbend Library', rooms);
  return fields;
}

describe('renaming or removing a room', () => {
  it('is refused while a booking holds it, naming the group, and nothing is changed', async () => {
    const venue = await createVenue(venueFields('Riverbend Library', ['Oak Room', 'Study Room B']));
    const series = await makeSeries({ venueId: venue.id, room: 'Oak Room', startsOn: '2026-03-03' });
    await createBooking(booking(venue.id, series.groupId, series.id), TODAY);

    const refusal = updateVenue(venue.id, withRooms(['Oak Hall', 'Study Room B']), TODAY);
    await expect(refusal).rejects.toBeInstanceOf(RoomInUseError);
    await expect(refusal).rejects.toThrow(
      'Oak Room is booked for Riverside Tuesday Connection. Keep that room in the list. To rename a room, add the ' +
        'new name, change the bookings and meeting series to it, then take the old name out. Nothing was changed.',
    );
    expect((await getVenue(venue.id))?.rooms).toEqual(['Oak Room', 'Study Room B']);
    // So a booking in the Oak Room is still caught as a clash.
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    const plan = booking(venue.id, lakeside, null, { date: '2026-03-10', startTime: '18:30', durationMinutes: 90 });
    expect(await checkBookingConflicts({ ...plan, id: null }, TODAY)).toHaveLength(1);
  });

  it('is refused while a series meets there or a meeting is moved there, each named', async () => {
    const venue = await createVenue(venueFields('Riverbend Library', ['Oak Room', 'Study Room B', 'Attic']));
    await makeSeries({ venueId: venue.id, room: 'Study Room B', startsOn: '2026-03-03' });
    const harbor = await makeSeries({
      groupId: await makeGroup('Harbor Connection'),
      venueId: null,
      room: '',
      startsOn: '2026-03-03',
    });
    await moveOccurrence(
      { scheduleId: harbor.id, groupId: harbor.groupId, originalDate: '2026-03-17' },
      { date: '2026-03-17', startTime: '18:30', venueId: venue.id, room: 'Attic' },
    );
    await expect(updateVenue(venue.id, withRooms(['Oak Room']), TODAY)).rejects.toThrow(
      /^Study Room B is where Riverside Tuesday Connection meets\. Attic has a meeting of Harbor Connection moved to it\. Keep those rooms in the list\./,
    );
    expect((await getVenue(venue.id))?.rooms).toEqual(['Oak Room', 'Study Room B', 'Attic']);
  });

  it('is allowed for a room nothing uses any more, and a change of capitals is no change of room', async () => {
    const venue = await createVenue(venueFields('Riverbend Library', ['Oak Room', 'Study Room B']));
    const series = await makeSeries({ venueId: venue.id, room: 'Oak Room', startsOn: '2026-01-06' });
    const other = await makeGroup('Lakeside Tuesday Connection');
    // A declined booking, a past date, and a series that ended hold the room no more.
    await createBooking(
      booking(venue.id, other, null, {
        room: 'Study Room B',
        status: 'declined',
        date: '2026-04-07',
        startTime: '18:30',
        durationMinutes: 90,
      }),
      TODAY,
    );
    await createBooking(
      booking(venue.id, other, null, {
        room: 'Study Room B',
        date: '2026-02-24',
        startTime: '18:30',
        durationMinutes: 90,
      }),
      TODAY,
    );
    await createBooking(booking(venue.id, series.groupId, series.id), TODAY);
    await expect(updateVenue(venue.id, withRooms(['oak room']), TODAY)).resolves.toMatchObject({ rooms: ['oak room'] });
    await endSeries(series.id, '2026-02-24');
    await expect(updateVenue(venue.id, withRooms(['Oak Hall']), TODAY)).resolves.toMatchObject({ rooms: ['Oak Hall'] });
  });
});
