// The rooms meetings take: a booking's (its series' meetings or its one date), a series' being saved,
// a meeting being moved, and meetings already moved to a place of their own.
import type { Closure, Meeting, Schedule } from '@shared/model';
import { closureFor } from './closures';
import { occurrencesInRange } from './occurrences';

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
  /** '' for the whole venue (every room) */
  room: string;
  /** the booking it comes from (null for a series not yet booked) */
  bookingId: string | null;
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

/** One meeting being moved (only this one): where and when it is to fall. */
export interface MovePlan {
  scheduleId: string;
  groupId: string;
  originalDate: string;
  date: string;
  startTime: string;
  venueId: string;
  room: string;
}

/** The room a meeting will take once moved, unless a closure stops it or it falls outside the range. */
export function moveRoomUses(
  plan: MovePlan,
  schedule: Pick<Schedule, 'durationMinutes'>,
  closures: readonly Closure[],
  range: { from: string; to: string },
): RoomUse[] {
  if (plan.date < range.from || plan.date > range.to) return [];
  if (closureFor(closures, { date: plan.date, groupId: plan.groupId, venueId: plan.venueId })) return [];
  const { scheduleId, groupId, originalDate, date, startTime, venueId, room } = plan;
  return [
    {
      groupId,
      scheduleId,
      originalDate,
      date,
      startTime,
      durationMinutes: schedule.durationMinutes,
      venueId,
      room,
      bookingId: null,
    },
  ];
}

/**
 * The rooms taken by meetings moved to a place of their own: a record with a start time was moved,
 * and its venue and room replace the series' (as on the calendar). Cancelled ones take nothing.
 */
export function movedRoomUses(
  meetings: readonly Meeting[],
  schedules: ReadonlyMap<string, Schedule>,
  closures: readonly Closure[],
): RoomUse[] {
  const uses: RoomUse[] = [];
  for (const meeting of meetings) {
    const schedule = schedules.get(meeting.scheduleId);
    const { venueId, startTime } = meeting;
    if (!schedule || schedule.deletedAt !== null || meeting.deletedAt !== null) continue;
    if (venueId === null || startTime === null || meeting.outcome === 'cancelled') continue;
    if (closureFor(closures, { date: meeting.date, groupId: schedule.groupId, venueId })) continue;
    uses.push({
      groupId: schedule.groupId,
      scheduleId: schedule.id,
      originalDate: meeting.originalDate,
      date: meeting.date,
      startTime,
      durationMinutes: schedule.durationMinutes,
      venueId,
      room: meeting.room ?? schedule.room,
      bookingId: null,
    });
  }
  return uses;
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
