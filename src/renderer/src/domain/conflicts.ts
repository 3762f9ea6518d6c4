// Room conflicts: which meetings of a booking (or of a series being saved) fall at the same venue,
// in the same room, at an overlapping time as another group's booking, closures taken into account.
import { addMonths } from 'date-fns';
import type { Booking, Closure, Meeting, Schedule } from '@shared/model';
import { closureFor } from './closures';
import { minutesOf, plusDays, toDate, toIso } from './dates';
import { occurrencesInRange } from './occurrences';

/** The cancel reason written on the dates skipped because the room was taken. */
export const ROOM_CONFLICT_REASON = 'Room conflict';

/** Statuses that hold a room; declined and cancelled bookings free it. */
export const HOLDS_ROOM: ReadonlySet<Booking['status']> = new Set(['requested', 'confirmed']);

/** One meeting that takes up a room for a while on a date. */
export interface RoomUse {
  groupId: string;
  /** the series it belongs to, or null for a single-date booking */
  scheduleId: string | null;
  originalDate: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  venueId: string;
  /** '' when the booking holds the whole venue */
  room: string;
  /** the booking it comes from (null for a series not yet booked) */
  bookingId: string | null;
}

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

/** What is being checked: a booking (saved or not) or a series' own place and time. */
export interface BookingPlan {
  id: string | null;
  venueId: string;
  room: string;
  groupId: string;
  scheduleId: string | null;
  date: string | null;
  startTime: string | null;
  durationMinutes: number | null;
}

/** The series fields that decide where and when its meetings fall. */
export type SeriesPlan = Omit<Schedule, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'changedBy'> & {
  id: string | null;
};

export interface ConflictInput {
  /** the meetings to check, from roomUsesOfBooking or roomUsesOfSeries */
  candidate: RoomUse[];
  /** the other bookings at the same venue, with the schedules and meeting records they need */
  others: Booking[];
  schedules: Schedule[];
  meetings: Meeting[];
  closures: Closure[];
  from: string;
  to: string;
  today: string;
  groupNames?: ReadonlyMap<string, string>;
}

/** From today to the day before the same date a year on: "the next 12 months". */
export function conflictWindow(today: string): { from: string; to: string } {
  return { from: today, to: plusDays(toIso(addMonths(toDate(today), 12)), -1) };
}

const sameRoom = (a: string, b: string): boolean =>
  a.trim() === '' || b.trim() === '' || a.trim().toLowerCase() === b.trim().toLowerCase();

/** End-exclusive, so a meeting ending at 7:30 and one starting at 7:30 do not clash. */
export function timesOverlap(a: Pick<RoomUse, 'startTime' | 'durationMinutes'>, b: typeof a): boolean {
  const aStart = minutesOf(a.startTime);
  const bStart = minutesOf(b.startTime);
  return aStart < bStart + b.durationMinutes && bStart < aStart + a.durationMinutes;
}

/**
 * The meetings a series holds at a booking's venue and room: its occurrences, less the cancelled ones.
 * A meeting moved to another place or room counts where it was moved to.
 */
export function seriesRoomUses(
  schedule: Schedule | SeriesPlan,
  place: { venueId: string; room: string; bookingId: string | null },
  records: { meetings: Meeting[]; closures: Closure[]; from: string; to: string; today: string },
): RoomUse[] {
  const asSchedule = toSchedule(schedule);
  const occurrences = occurrencesInRange({ ...records, schedules: [asSchedule] });
  const uses: RoomUse[] = [];
  for (const occ of occurrences) {
    if (occ.state === 'cancelled') continue;
    const venueId = occ.venueId !== asSchedule.venueId ? occ.venueId : place.venueId;
    if (venueId === null) continue;
    // The series may not name the booked venue yet, so that venue's closures are checked here too.
    if (venueId !== occ.venueId && closureFor(records.closures, { date: occ.date, groupId: occ.groupId, venueId }))
      continue;
    uses.push({
      groupId: occ.groupId,
      scheduleId: schedule.id,
      originalDate: occ.originalDate,
      date: occ.date,
      startTime: occ.startTime,
      durationMinutes: occ.durationMinutes,
      venueId,
      room: occ.room !== asSchedule.room ? occ.room : place.room,
      bookingId: place.bookingId,
    });
  }
  return uses;
}

/** A single-date booking's one meeting, unless a closure stops it or it falls outside the range. */
export function singleDateRoomUses(
  plan: BookingPlan,
  closures: readonly Closure[],
  range: { from: string; to: string },
): RoomUse[] {
  const { date, startTime, durationMinutes } = plan;
  if (date === null || startTime === null || durationMinutes === null) return [];
  if (date < range.from || date > range.to) return [];
  if (closureFor(closures, { date, groupId: plan.groupId, venueId: plan.venueId })) return [];
  return [
    {
      groupId: plan.groupId,
      scheduleId: null,
      originalDate: date,
      date,
      startTime,
      durationMinutes,
      venueId: plan.venueId,
      room: plan.room,
      bookingId: plan.id,
    },
  ];
}

/** The meetings a booking holds: its series' (at the booking's room) or its single date. */
export function bookingRoomUses(
  plan: BookingPlan,
  schedule: Schedule | SeriesPlan | undefined,
  records: { meetings: Meeting[]; closures: Closure[]; from: string; to: string; today: string },
): RoomUse[] {
  if (plan.scheduleId === null) return singleDateRoomUses(plan, records.closures, records);
  if (!schedule) return [];
  return seriesRoomUses(schedule, { venueId: plan.venueId, room: plan.room, bookingId: plan.id }, records);
}

/**
 * Every candidate meeting that overlaps a meeting of another live booking at the same venue and room.
 * A booking never clashes with itself, nor with another booking of the same series.
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
  for (const other of input.others) {
    if (other.deletedAt !== null || !HOLDS_ROOM.has(other.status)) continue;
    if (ownBookings.has(other.id) || (other.scheduleId !== null && ownSeries.has(other.scheduleId))) continue;
    const meetings = other.scheduleId === null ? [] : input.meetings.filter((m) => m.scheduleId === other.scheduleId);
    const schedule = other.scheduleId === null ? undefined : schedules.get(other.scheduleId);
    for (const use of bookingRoomUses(other, schedule, { ...records, meetings })) {
      if (!venueIds.has(use.venueId)) continue;
      const list = taken.get(use.date) ?? [];
      list.push(use);
      taken.set(use.date, list);
    }
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

/** A series being saved has no id or timestamps yet; occurrences only need its fields. */
function toSchedule(schedule: Schedule | SeriesPlan): Schedule {
  if ('createdAt' in schedule) return schedule;
  return {
    ...schedule,
    id: schedule.id ?? 'unsaved-series',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    changedBy: '',
  };
}
