// Room conflicts: which meetings of a booking (or of a series being saved, or a meeting being moved)
// fall at the same venue, in the same room, at an overlapping time as another group's booking or
// moved meeting, closures taken into account.
import { addMonths } from 'date-fns';
import type { Booking, Closure, Meeting, Schedule } from '@shared/model';
import { minutesOf, plusDays, toDate, toIso } from './dates';
import { occurrenceKey } from './occurrences';
import { bookingRoomUses, movedRoomUses, type RoomUse } from './roomUses';
import { leftBehind } from './bookingsAttention';

export {
  bookingRoomUses,
  moveRoomUses,
  movedRoomUses,
  seriesRoomUses,
  singleDateRoomUses,
  type BookingPlan,
  type MovePlan,
  type RoomUse,
  type SeriesPlan,
} from './roomUses';

/** The cancel reason written on the dates skipped because the room was taken. */
export const ROOM_CONFLICT_REASON = 'Room conflict';

/** Statuses that hold a room; declined and cancelled bookings free it. */
export const HOLDS_ROOM: ReadonlySet<Booking['status']> = new Set(['requested', 'confirmed']);

export interface Clash {
  bookingId: string | null;
  groupId: string;
  groupName: string;
  startTime: string;
  durationMinutes: number;
  room: string;
}

/** A date of the checked booking or series that cannot happen as planned. */
export interface Conflict {
  scheduleId: string | null;
  groupId: string;
  originalDate: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  room: string;
  clashes: Clash[];
}

export interface ConflictInput {
  /** the meetings to check, from bookingRoomUses, seriesRoomUses or moveRoomUses */
  candidate: RoomUse[];
  /** the other bookings at the same venue, with the schedules and meeting records they need */
  others: Booking[];
  schedules: Schedule[];
  meetings: Meeting[];
  /**
   * Meetings of any series moved (one-off) to the venue in the window: each holds its room there,
   * booked or not. Their series must be in `schedules`.
   */
  movedHere?: Meeting[];
  closures: Closure[];
  from: string;
  to: string;
  today: string;
  groupNames?: ReadonlyMap<string, string>;
}

/**
 * From today to the day before the same date a year on: "the next 12 months". A plan for one date
 * further ahead is checked on that date too (`date`), so no booking is ever left unchecked.
 */
export function conflictWindow(today: string, date: string | null = null): { from: string; to: string } {
  const to = plusDays(toIso(addMonths(toDate(today), 12)), -1);
  return { from: today, to: date !== null && date > to ? date : to };
}

/**
 * Whether two rooms of a venue are the same one. A blank room ('') is the whole venue, for a booking,
 * a series and a moved meeting alike: it takes every room, so it meets every other room.
 */
const sameRoom = (a: string, b: string): boolean =>
  a.trim() === '' || b.trim() === '' || a.trim().toLowerCase() === b.trim().toLowerCase();

/** End-exclusive, so a meeting ending at 7:30 and one starting at 7:30 do not clash. */
export function timesOverlap(a: Pick<RoomUse, 'startTime' | 'durationMinutes'>, b: typeof a): boolean {
  const aStart = minutesOf(a.startTime);
  const bStart = minutesOf(b.startTime);
  return aStart < bStart + b.durationMinutes && bStart < aStart + a.durationMinutes;
}

/**
 * Every candidate meeting that overlaps a meeting of another live booking at the same venue and room,
 * or another group's meeting moved there. A booking never clashes with itself, nor with another
 * booking of the same series.
 */
export function findConflicts(input: ConflictInput): Conflict[] {
  const { candidate, from, to, today } = input;
  if (candidate.length === 0) return [];
  const venueIds = new Set(candidate.map((use) => use.venueId));
  const ownBookings = new Set(candidate.map((use) => use.bookingId).filter((id) => id !== null));
  const ownSeries = new Set(candidate.map((use) => use.scheduleId).filter((id) => id !== null));
  const schedules = new Map(input.schedules.map((schedule) => [schedule.id, schedule]));
  const records = { closures: input.closures, from, to, today };

  const taken = new Map<string, RoomUse[]>();
  const placed = new Set<string>();
  for (const other of input.others) {
    if (other.deletedAt !== null || !HOLDS_ROOM.has(other.status)) continue;
    if (ownBookings.has(other.id) || (other.scheduleId !== null && ownSeries.has(other.scheduleId))) continue;
    const meetings = other.scheduleId === null ? [] : input.meetings.filter((m) => m.scheduleId === other.scheduleId);
    const schedule = other.scheduleId === null ? undefined : schedules.get(other.scheduleId);
    if (leftBehind(other, schedule)) continue;
    for (const use of bookingRoomUses(other, schedule, { ...records, meetings })) {
      if (!venueIds.has(use.venueId)) continue;
      const list = taken.get(use.date) ?? [];
      list.push(use);
      taken.set(use.date, list);
      placed.add(occurrenceKey(use.scheduleId ?? '', use.originalDate));
    }
  }
  // A moved meeting of a booked series is placed above already, with its booking.
  for (const use of movedRoomUses(input.movedHere ?? [], schedules, input.closures)) {
    if (use.scheduleId === null || ownSeries.has(use.scheduleId) || !venueIds.has(use.venueId)) continue;
    if (use.date < from || use.date > to || placed.has(occurrenceKey(use.scheduleId, use.originalDate))) continue;
    const list = taken.get(use.date) ?? [];
    list.push(use);
    taken.set(use.date, list);
  }

  const conflicts: Conflict[] = [];
  for (const use of candidate) {
    const clashes = (taken.get(use.date) ?? [])
      .filter((other) => other.venueId === use.venueId && sameRoom(other.room, use.room) && timesOverlap(use, other))
      .map((other): Clash => ({
        bookingId: other.bookingId,
        groupId: other.groupId,
        groupName: input.groupNames?.get(other.groupId) ?? '',
        startTime: other.startTime,
        durationMinutes: other.durationMinutes,
        room: other.room,
      }));
    if (clashes.length === 0) continue;
    const { groupId, scheduleId, originalDate, date, startTime, durationMinutes, room } = use;
    conflicts.push({ groupId, scheduleId, originalDate, date, startTime, durationMinutes, room, clashes });
  }
  return conflicts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
