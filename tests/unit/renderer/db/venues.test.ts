import { beforeEach, describe, expect, it } from 'vitest';
import type { NewRecord, Venue } from '@shared/model';
import {
  addContactLogEntry,
  createVenue,
  deleteVenue,
  donatedSpaceAtVenue,
  donatedSpaceBetween,
  getVenue,
  removeContactLogEntry,
  updateVenue,
} from '../../../../src/renderer/src/db/venues';
import {
  bookingsForVenue,
  createBooking,
  setBookingStatus,
  updateBooking,
} from '../../../../src/renderer/src/db/bookings';
import {
  checkBookingConflicts,
  checkScheduleConflicts,
  conflictRefs,
  skipConflictingDates,
} from '../../../../src/renderer/src/db/bookingConflicts';
import { occurrencesForGroup, recordHeld } from '../../../../src/renderer/src/db/meetings';
import { endSeries } from '../../../../src/renderer/src/db/seriesOps';
import { deleteGroup } from '../../../../src/renderer/src/db/groups';
import { db } from '../../../../src/renderer/src/db/database';
import { resetDatabase } from './resetDb';
import { makeGroup, makeSeries } from './meetingFixtures';
import { bookingFields } from './venueFixtures';

beforeEach(resetDatabase);

const venueFields: NewRecord<Venue> = {
  name: 'Riverbend Public Library',
  address: '120 Elm Street',
  rooms: ['Oak Room', 'Study Room B'],
  contactName: 'Marisol Ortega',
  contactPhone: '(815) 555-0178',
  contactEmail: 'rooms@library.example.org',
  capacity: 20,
  accessibility: { stepFree: true, restroom: true, parking: false, transit: true, notes: '' },
  costCents: 0,
  fairRentalCents: 7500,
  notes: '',
  contactLog: [],
};

const TODAY = '2026-03-02';

describe('venues', () => {
  it('keep a contact log, newest first, that editing the details leaves alone', async () => {
    const venue = await createVenue(venueFields);
    await addContactLogEntry(venue.id, { date: '2026-02-10', note: 'Called about Tuesdays' });
    await addContactLogEntry(venue.id, { date: '2026-02-20', note: 'Emailed the agreement' });
    await addContactLogEntry(venue.id, { date: '2026-02-15', note: 'Left a message' });
    const { contactLog: _log, ...details } = venueFields;
    await updateVenue(venue.id, { ...details, capacity: 25 });
    const saved = await getVenue(venue.id);
    expect(saved?.capacity).toBe(25);
    expect(saved?.contactLog.map((e) => e.date)).toEqual(['2026-02-20', '2026-02-15', '2026-02-10']);
    await removeContactLogEntry(venue.id, saved!.contactLog[1]!.id);
    expect((await getVenue(venue.id))?.contactLog.map((e) => e.note)).toEqual([
      'Emailed the agreement',
      'Called about Tuesdays',
    ]);
  });

  it('refuse an empty contact note and change nothing', async () => {
    const venue = await createVenue(venueFields);
    await expect(addContactLogEntry(venue.id, { date: '2026-02-10', note: '   ' })).rejects.toThrow();
    expect((await getVenue(venue.id))?.contactLog).toEqual([]);
  });

  it('are not deleted while a series still meets there; afterwards they go with their bookings', async () => {
    const venue = await createVenue(venueFields);
    const series = await makeSeries({ venueId: venue.id });
    await createBooking({ ...bookingFields(venue.id, series.groupId, series.id, { status: 'requested' }) }, TODAY);
    await expect(deleteVenue(venue.id, TODAY)).rejects.toThrow(/still meets at Riverbend Public Library/);
    expect(await getVenue(venue.id)).toBeDefined();
    await endSeries(series.id, '2026-02-24');
    await deleteVenue(venue.id, TODAY);
    expect(await getVenue(venue.id)).toBeUndefined();
    expect(await bookingsForVenue(venue.id)).toEqual([]);
  });

  it('count the donated space of each meeting held there, at its fair rental value', async () => {
    const venue = await createVenue(venueFields);
    const series = await makeSeries({ venueId: venue.id, startsOn: '2026-01-06' });
    const ref = (originalDate: string) => ({ scheduleId: series.id, groupId: series.groupId, originalDate });
    const held = { attendance: 6, firstTime: 1, facilitatorsPresent: [], notes: '' };
    await recordHeld(ref('2026-01-06'), held);
    await recordHeld(ref('2026-01-13'), held);
    await recordHeld(ref('2026-02-03'), held);
    const summary = await donatedSpaceAtVenue(venue.id, '2026-01', '2026-02');
    expect(summary?.meetingsHeld).toBe(3);
    expect(summary?.valueCents).toBe(22500);
    expect(summary?.months).toEqual([
      { month: '2026-01', meetingsHeld: 2, valueCents: 15000 },
      { month: '2026-02', meetingsHeld: 1, valueCents: 7500 },
    ]);
    // For reports: every donated venue with meetings in the range; a venue that charges rent gives nothing.
    await createVenue({ ...venueFields, name: 'Paid Hall', costCents: 2500 });
    const february = await donatedSpaceBetween('2026-02', '2026-02');
    expect(february.map((s) => [s.venue.name, s.meetingsHeld, s.valueCents])).toEqual([
      ['Riverbend Public Library', 1, 7500],
    ]);
  });
});

describe('bookings', () => {
  it('keep the date of each status change', async () => {
    const venue = await createVenue(venueFields);
    const series = await makeSeries({ venueId: venue.id });
    const booking = await createBooking(
      bookingFields(venue.id, series.groupId, series.id, { status: 'requested' }),
      '2026-02-01',
    );
    await setBookingStatus(booking.id, 'confirmed', '2026-02-06');
    const {
      statusHistory: _h,
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      deletedAt: _d,
      changedBy: _b,
      ...fields
    } = booking;
    // Saving without a new status adds nothing to the history.
    const saved = await updateBooking(
      booking.id,
      { ...fields, status: 'confirmed', notes: 'Key at the desk' },
      '2026-02-07',
    );
    expect(saved.statusHistory).toEqual([
      { status: 'requested', on: '2026-02-01' },
      { status: 'confirmed', on: '2026-02-06' },
    ]);
    expect(saved.notes).toBe('Key at the desk');
  });

  it('refuse a series of another group', async () => {
    const venue = await createVenue(venueFields);
    const series = await makeSeries({ venueId: venue.id });
    const other = await makeGroup('Lakeside Connection');
    await expect(createBooking(bookingFields(venue.id, other, series.id, { status: 'requested' }))).rejects.toThrow(
      /could not be found/,
    );
    expect(await bookingsForVenue(venue.id)).toEqual([]);
  });
});

describe('a deleted group and the rooms it held', () => {
  it('frees them: its bookings go with it, its room clashes with no one, and the venue can be deleted', async () => {
    const venue = await createVenue(venueFields);
    const series = await makeSeries({ venueId: venue.id, startsOn: '2026-03-03' });
    await createBooking(bookingFields(venue.id, series.groupId, series.id, { status: 'requested' }), TODAY);
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    const second = await makeSeries({ groupId: lakeside, venueId: venue.id, startsOn: '2026-03-03' });
    const plan = { ...bookingFields(venue.id, lakeside, second.id, { status: 'requested' }), id: null };
    expect((await checkBookingConflicts(plan, TODAY)).length).toBeGreaterThan(0);

    await deleteGroup(series.groupId);

    expect((await bookingsForVenue(venue.id)).map((b) => b.groupId)).toEqual([]);
    expect(await checkBookingConflicts(plan, TODAY)).toEqual([]);
    await deleteGroup(lakeside);
    await deleteVenue(venue.id, TODAY);
    expect(await getVenue(venue.id)).toBeUndefined();
  });

  it('frees them too where only the group was deleted (a copy from before its series and bookings went with it)', async () => {
    const venue = await createVenue(venueFields);
    const series = await makeSeries({ venueId: venue.id, startsOn: '2026-03-03' });
    await createBooking(bookingFields(venue.id, series.groupId, series.id, { status: 'requested' }), TODAY);
    const group = await db.groups.get(series.groupId);
    await db.groups.put({ ...group!, deletedAt: '2026-03-01T12:00:00.000Z', updatedAt: '2026-03-01T12:00:00.000Z' });
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    const second = await makeSeries({ groupId: lakeside, venueId: venue.id, startsOn: '2026-03-03' });
    expect(
      await checkBookingConflicts(
        { ...bookingFields(venue.id, lakeside, second.id, { status: 'requested' }), id: null },
        TODAY,
      ),
    ).toEqual([]);
    await deleteGroup(lakeside);
    await deleteVenue(venue.id, TODAY);
    expect(await getVenue(venue.id)).toBeUndefined();
  });
});

describe('conflicts in the database', () => {
  it('lists the clashing dates with the other group, and skipping cancels them as a room conflict', async () => {
    const venue = await createVenue(venueFields);
    const first = await makeSeries({ venueId: venue.id, rule: 'biweekly', startsOn: '2026-03-03' });
    await createBooking(bookingFields(venue.id, first.groupId, first.id, { status: 'requested' }), TODAY);
    const lakeside = await makeGroup('Lakeside Tuesday Connection');
    const second = await makeSeries({
      groupId: lakeside,
      venueId: venue.id,
      startTime: '19:00',
      startsOn: '2026-03-03',
    });

    const plan = { ...bookingFields(venue.id, lakeside, second.id, { status: 'requested' }), id: null };
    const conflicts = await checkBookingConflicts(plan, TODAY);
    expect(conflicts).toHaveLength(26);
    expect(conflicts.slice(0, 2).map((c) => c.date)).toEqual(['2026-03-03', '2026-03-17']);
    expect(conflicts[0]?.clashes[0]?.groupName).toBe('Riverside Tuesday Connection');
    // A series being edited is checked the same way, before it is saved.
    expect(await checkScheduleConflicts({ ...second, room: 'Oak Room' }, TODAY)).toHaveLength(26);
    expect(await checkScheduleConflicts({ ...second, room: 'Study Room B' }, TODAY)).toEqual([]);

    await skipConflictingDates(conflictRefs(conflicts, second.id, lakeside));
    const march = await occurrencesForGroup(lakeside, '2026-03-01', '2026-03-31', TODAY);
    expect(march.map((o) => [o.date, o.state, o.cancelReason])).toEqual([
      ['2026-03-03', 'cancelled', 'Room conflict'],
      ['2026-03-10', 'upcoming', null],
      ['2026-03-17', 'cancelled', 'Room conflict'],
      ['2026-03-24', 'upcoming', null],
      ['2026-03-31', 'cancelled', 'Room conflict'],
    ]);
    // Once skipped, the dates no longer clash.
    expect(await checkBookingConflicts(plan, TODAY)).toEqual([]);
  });

  it('leaves a series in another room alone', async () => {
    const venue = await createVenue(venueFields);
    const first = await makeSeries({ venueId: venue.id });
    await createBooking(bookingFields(venue.id, first.groupId, first.id, { status: 'requested' }), TODAY);
    const other = await makeGroup('Lakeside');
    const second = await makeSeries({ groupId: other, venueId: venue.id, room: 'Study Room B' });
    const plan = {
      ...bookingFields(venue.id, other, second.id, { status: 'requested' }),
      id: null,
      room: 'Study Room B',
    };
    expect(await checkBookingConflicts(plan, TODAY)).toEqual([]);
  });
});
