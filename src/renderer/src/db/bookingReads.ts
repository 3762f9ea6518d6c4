// Reading venue bookings. Kept apart from the writes (bookings.ts, which re-exports these), so Home's
// venue sections do not load the records' schemas at every start.
import type { Booking } from '@shared/model';
import { db } from './database';
import { isLive } from './records';

const byCreation = (a: Booking, b: Booking) => a.createdAt.localeCompare(b.createdAt);

export async function bookingsForVenue(venueId: string): Promise<Booking[]> {
  return (await db.bookings.where('venueId').equals(venueId).filter(isLive).toArray()).sort(byCreation);
}

export async function bookingsForSchedule(scheduleId: string): Promise<Booking[]> {
  return (await db.bookings.where('scheduleId').equals(scheduleId).filter(isLive).toArray()).sort(byCreation);
}

export async function bookingsForGroup(groupId: string): Promise<Booking[]> {
  return (await db.bookings.where('groupId').equals(groupId).filter(isLive).toArray()).sort(byCreation);
}

/**
 * The bookings Home's venue sections can name, live, in id order: every series booking, and single-date
 * bookings dated today or later. A past single date neither waits for confirmation nor has meetings
 * after its agreement ends, and only series bookings hold a series' room.
 */
export async function bookingsThatMayNeedAttention(today: string): Promise<Booking[]> {
  const [series, coming] = await Promise.all([
    db.bookings.where('scheduleId').aboveOrEqual('').toArray(),
    db.bookings.where('date').aboveOrEqual(today).toArray(),
  ]);
  const byId = new Map([...series, ...coming].filter(isLive).map((booking) => [booking.id, booking]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
