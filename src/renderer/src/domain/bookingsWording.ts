// Bookings in plain words: their status, what they hold ("Every Tuesday, 6:30–8:00 PM") and where.
import type { Booking, Schedule } from '@shared/model';
import { describeSeries, shortDate, timeRange } from './wording';

export const BOOKING_STATUS_LABELS: Record<Booking['status'], string> = {
  requested: 'Requested',
  confirmed: 'Confirmed',
  declined: 'Declined',
  cancelled: 'Cancelled',
};

/** The tag's tone: colour is always paired with the word. */
export const BOOKING_STATUS_TONE: Record<Booking['status'], 'success' | 'warning' | 'problem' | 'plain'> = {
  requested: 'warning',
  confirmed: 'success',
  declined: 'problem',
  cancelled: 'plain',
};

/** "Every Tuesday, 6:30–8:00 PM" for a series, "Tue, Oct 6, 6:00–7:30 PM" for one date. */
export function describeBooking(
  booking: Pick<Booking, 'scheduleId' | 'date' | 'startTime' | 'durationMinutes'>,
  schedule: Schedule | undefined,
): string {
  if (booking.scheduleId !== null) return schedule ? describeSeries(schedule) : 'A meeting series that was deleted';
  if (booking.date === null || booking.startTime === null || booking.durationMinutes === null) return 'One date';
  return `${shortDate(booking.date)}, ${timeRange(booking.startTime, booking.durationMinutes)}`;
}

/** "Oak Room", or "Whole venue" for a blank room: a booking, series or moved meeting that takes every room. */
export const roomWords = (room: string): string => (room.trim() === '' ? 'Whole venue' : room);

/** "Requested Oct 1 · Confirmed Oct 6" */
export function statusHistoryWords(history: Booking['statusHistory']): string {
  return history.map((entry) => `${BOOKING_STATUS_LABELS[entry.status]} ${shortDate(entry.on)}`).join(' · ');
}
