// Which bookings need the coordinator: series with no booking, bookings still only requested close
// to their first meeting, and agreements about to end.
import type { Booking, Group, Schedule } from '@shared/model';
import { daysBetween, maxDate, plusDays } from './dates';
import { expandRule } from './recurrence';

/** A requested booking warns from this many days before its first meeting. */
export const CONFIRM_WITHIN_DAYS = 14;
/** An agreement warns from this many days before it ends. */
export const AGREEMENT_WARNING_DAYS = 30;

const holdsRoom = (booking: Booking): boolean => booking.status === 'requested' || booking.status === 'confirmed';
const running = (schedule: Schedule, today: string): boolean => schedule.endsOn === null || schedule.endsOn >= today;

/** The first date the booking covers: its one date, or its series' first meeting. */
export function firstMeetingOf(booking: Booking, schedule: Schedule | undefined): string | null {
  if (booking.scheduleId === null) return booking.date;
  if (!schedule) return null;
  // A series meets at least once a month, so its first date is within five weeks of its start.
  return expandRule(schedule, schedule.startsOn, plusDays(schedule.startsOn, 40))[0] ?? null;
}

/**
 * A series' booking at a venue the series has since moved away from: it covers none of the series'
 * meetings, so it holds no room, and asks for no confirmation or renewal. (A series with no venue yet is
 * covered by a booking anywhere: only older data has one.)
 */
export const leftBehind = (
  booking: Pick<Booking, 'scheduleId' | 'venueId'>,
  schedule: Pick<Schedule, 'venueId'> | undefined,
): boolean =>
  booking.scheduleId !== null &&
  schedule !== undefined &&
  schedule.venueId !== null &&
  schedule.venueId !== booking.venueId;

/** The next date on or after today the booking still covers, or null when it has no more. */
export function nextMeetingOf(booking: Booking, schedule: Schedule | undefined, today: string): string | null {
  if (booking.scheduleId === null) return booking.date !== null && booking.date >= today ? booking.date : null;
  if (!schedule || !running(schedule, today) || leftBehind(booking, schedule)) return null;
  const from = maxDate(today, schedule.startsOn);
  return expandRule(schedule, from, plusDays(from, 40))[0] ?? null;
}

/**
 * Running series of active, in-person or hybrid groups with no booking that is requested or confirmed
 * at the venue they meet at: a booking left at a venue the series moved away from does not count.
 * (A requested one is followed up by `awaitingConfirmation` instead.) A series with no venue yet is
 * booked by a booking anywhere (saving a booking sets its venue, so that is only older data).
 */
export function seriesWithoutBooking(
  schedules: readonly Schedule[],
  bookings: readonly Booking[],
  groups: ReadonlyMap<string, Group>,
  today: string,
): Schedule[] {
  const holding = bookings.filter(holdsRoom);
  const booked = new Set([
    ...holding.map((b) => `${b.scheduleId}|${b.venueId}`),
    ...holding.map((b) => `${b.scheduleId}|`),
  ]);
  return schedules.filter((schedule) => {
    const group = groups.get(schedule.groupId);
    return (
      schedule.deletedAt === null &&
      running(schedule, today) &&
      group !== undefined &&
      group.deletedAt === null &&
      group.status === 'active' &&
      group.format !== 'virtual' &&
      !booked.has(`${schedule.id}|${schedule.venueId ?? ''}`)
    );
  });
}

export interface AwaitingConfirmation {
  booking: Booking;
  firstMeeting: string;
  /** negative once the first meeting has passed */
  daysUntil: number;
}

/** Bookings still only requested whose first meeting is within 14 days (or already past). */
export function awaitingConfirmation(
  bookings: readonly Booking[],
  schedules: ReadonlyMap<string, Schedule>,
  today: string,
): AwaitingConfirmation[] {
  const result: AwaitingConfirmation[] = [];
  for (const booking of bookings) {
    if (booking.deletedAt !== null || booking.status !== 'requested') continue;
    const schedule = booking.scheduleId === null ? undefined : schedules.get(booking.scheduleId);
    const firstMeeting = firstMeetingOf(booking, schedule);
    if (firstMeeting === null || nextMeetingOf(booking, schedule, today) === null) continue;
    const daysUntil = daysBetween(today, firstMeeting);
    if (daysUntil <= CONFIRM_WITHIN_DAYS) result.push({ booking, firstMeeting, daysUntil });
  }
  return result.sort((a, b) => a.daysUntil - b.daysUntil);
}

export interface AgreementEnding {
  booking: Booking;
  endsOn: string;
  /** negative once it has ended */
  daysLeft: number;
}

/**
 * Confirmed bookings whose agreement ends within 30 days, or has ended while the group still meets
 * there after it.
 */
export function agreementsEnding(
  bookings: readonly Booking[],
  schedules: ReadonlyMap<string, Schedule>,
  today: string,
): AgreementEnding[] {
  const result: AgreementEnding[] = [];
  for (const booking of bookings) {
    const endsOn = booking.agreementEndsOn;
    if (booking.deletedAt !== null || booking.status !== 'confirmed' || endsOn === null) continue;
    const daysLeft = daysBetween(today, endsOn);
    if (daysLeft > AGREEMENT_WARNING_DAYS) continue;
    const schedule = booking.scheduleId === null ? undefined : schedules.get(booking.scheduleId);
    // Only worth a warning while meetings go on after the agreement ends.
    const next = nextMeetingOf(booking, schedule, maxDate(today, plusDays(endsOn, 1)));
    if (next === null) continue;
    result.push({ booking, endsOn, daysLeft });
  }
  return result.sort((a, b) => a.daysLeft - b.daysLeft);
}
