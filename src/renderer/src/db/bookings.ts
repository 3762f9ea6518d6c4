// Venue bookings: named reads and writes. Components never write to the table directly.
// Every status change is kept with its date, so the page can say "Requested Oct 1, confirmed Oct 6".
import { bookingSchema, type Booking, type NewRecord } from '@shared/model';
import { checked } from '../domain/meetingForm';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { getDevice } from './device';
import { entityStore, isLive, NotFoundError, nowStamp } from './records';
import { skipConflictingDates } from './bookingConflicts';
import type { OccurrenceRef } from './meetings';

export * from './bookingReads';

const store = entityStore('bookings');
export const { remove: deleteBooking, get: getBooking } = store;

/** What a caller supplies; the history is kept by these functions. */
export type BookingFields = Omit<NewRecord<Booking>, 'statusHistory'>;

function validBooking(fields: BookingFields): BookingFields {
  if (fields.scheduleId === null) {
    if (fields.date === null || fields.startTime === null || fields.durationMinutes === null) {
      throw new Error('A booking for one date needs its date, start time and length');
    }
  } else {
    // A series booking takes its dates and times from the series.
    fields = { ...fields, date: null, startTime: null, durationMinutes: null };
  }
  return fields;
}

async function checkReferences(fields: BookingFields): Promise<void> {
  const [venue, group, schedule] = await Promise.all([
    db.venues.get(fields.venueId),
    db.groups.get(fields.groupId),
    fields.scheduleId === null ? Promise.resolve(undefined) : db.schedules.get(fields.scheduleId),
  ]);
  if (!isLive(venue)) throw new NotFoundError('That venue');
  if (!isLive(group)) throw new NotFoundError('That group');
  if (fields.scheduleId !== null && (!isLive(schedule) || schedule.groupId !== fields.groupId)) {
    throw new NotFoundError("That group's meeting series");
  }
}

export async function createBooking(fields: BookingFields, on: string = todayIso()): Promise<Booking> {
  const valid = validBooking(fields);
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', [db.bookings, db.venues, db.groups, db.schedules], async () => {
    await checkReferences(valid);
    const stamp = nowStamp();
    const booking = checked(bookingSchema, {
      ...valid,
      statusHistory: [{ status: valid.status, on }],
      id: crypto.randomUUID(),
      createdAt: stamp,
      updatedAt: stamp,
      deletedAt: null,
      changedBy: deviceId,
    });
    await db.bookings.add(booking);
    return booking;
  });
}

/** Saves changes; a new status is added to the history with the day it changed. */
export async function updateBooking(id: string, fields: BookingFields, on: string = todayIso()): Promise<Booking> {
  const valid = validBooking(fields);
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', [db.bookings, db.venues, db.groups, db.schedules], async () => {
    const existing = await db.bookings.get(id);
    if (!isLive(existing)) throw new NotFoundError('That booking');
    await checkReferences(valid);
    const statusHistory =
      valid.status === existing.status
        ? existing.statusHistory
        : [...existing.statusHistory, { status: valid.status, on }];
    const booking = checked(bookingSchema, {
      ...existing,
      ...valid,
      statusHistory,
      updatedAt: nowStamp(),
      changedBy: deviceId,
    });
    await db.bookings.put(booking);
    return booking;
  });
}

/** Confirms, declines or cancels a booking on a day, keeping the history. */
export async function setBookingStatus(
  id: string,
  status: Booking['status'],
  on: string = todayIso(),
): Promise<Booking> {
  const existing = await getBooking(id);
  if (!existing) throw new NotFoundError('That booking');
  const {
    statusHistory: _history,
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    deletedAt: _d,
    changedBy: _b,
    ...fields
  } = existing;
  return updateBooking(id, { ...fields, status }, on);
}

/**
 * Saves a booking in one transaction with what goes with it: the dates skipped for a room conflict
 * are cancelled, and a series with no venue yet is set to meet at the booked venue and room. With
 * `seriesRoom`, a series that meets at the booked venue is set to meet in the booked room too (the room
 * was asked for because the series named none of the venue's rooms).
 */
export async function saveBooking(
  id: string | null,
  fields: BookingFields,
  options: { skip?: readonly OccurrenceRef[]; on?: string; seriesRoom?: boolean } = {},
): Promise<Booking> {
  const on = options.on ?? todayIso();
  const { id: deviceId } = await getDevice();
  return db.transaction(
    'rw',
    [db.bookings, db.venues, db.groups, db.schedules, db.meetings, db.monthlyStats, db.monthRecords],
    async () => {
      const booking = id === null ? await createBooking(fields, on) : await updateBooking(id, fields, on);
      if (booking.scheduleId !== null) {
        const schedule = await db.schedules.get(booking.scheduleId);
        const placed = schedule?.venueId === null || (options.seriesRoom && schedule?.venueId === booking.venueId);
        if (isLive(schedule) && placed && (schedule.venueId !== booking.venueId || schedule.room !== booking.room)) {
          await db.schedules.put({
            ...schedule,
            venueId: booking.venueId,
            room: booking.room,
            updatedAt: nowStamp(),
            changedBy: deviceId,
          });
        }
      }
      await skipConflictingDates(options.skip ?? []);
      return booking;
    },
  );
}
