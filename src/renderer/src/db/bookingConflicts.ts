// Reads what the conflict check needs (the venue's bookings, their series and records, the meetings
// moved there, closures) for the next 12 months through indexes, and records skipped dates as cancelled.
import type { Booking, Closure, Meeting } from '@shared/model';
import {
  bookingRoomUses,
  conflictWindow,
  findConflicts,
  moveRoomUses,
  ROOM_CONFLICT_REASON,
  seriesRoomUses,
  type BookingPlan,
  type Conflict,
  type MovePlan,
  type RoomUse,
  type SeriesPlan,
} from '../domain/conflicts';
import { plusDays, todayIso } from '../domain/dates';
import { db } from './database';
import { closuresOverlapping } from './closureOps';
import { recordCancelled, type OccurrenceRef } from './meetings';
import { statsTables } from './monthlyStats';
import { getDevice } from './device';
import { isLive } from './records';

export type { Conflict } from '../domain/conflicts';

/** Records of the series whose series date is near the window (a move is never more than weeks). */
async function recordsOf(scheduleIds: string[], from: string, to: string): Promise<Meeting[]> {
  const lower = plusDays(from, -62);
  const upper = plusDays(to, 62);
  const lists = await Promise.all(
    scheduleIds.map((id) =>
      db.meetings.where('[scheduleId+originalDate]').between([id, lower], [id, upper], true, true).toArray(),
    ),
  );
  return lists.flat().filter(isLive);
}

interface Window {
  from: string;
  to: string;
  today: string;
  closures: Closure[];
}

/**
 * Meetings moved (one-off) to the venue whose new date is in the window, read by date: records dated
 * from today on are few (planned cancellations and moves), since held meetings are in the past.
 */
const movedTo = (venueId: string, from: string, to: string): Promise<Meeting[]> =>
  db.meetings
    .where('date')
    .between(from, to, true, true)
    .filter((m) => isLive(m) && m.venueId === venueId && m.startTime !== null)
    .toArray();

/**
 * Checks the candidate's meetings (worked out from the window) against the venue's other bookings and
 * the meetings moved there. `date`: a plan's one date, checked even beyond the next 12 months.
 */
async function check(
  venueId: string,
  candidateOf: (window: Window) => RoomUse[],
  today: string,
  date: string | null = null,
): Promise<Conflict[]> {
  const { from, to } = conflictWindow(today, date);
  return db.transaction('r', [db.bookings, db.schedules, db.meetings, db.closures, db.groups], async () => {
    const [booked, moved] = await Promise.all([
      db.bookings.where('venueId').equals(venueId).filter(isLive).toArray(),
      movedTo(venueId, from, to),
    ]);
    const groupIds = new Set([...booked.map((b) => b.groupId), ...moved.map((m) => m.groupId)]);
    const groups = (await db.groups.bulkGet([...groupIds])).filter(isLive);
    // A deleted group's bookings hold no room (they go with it; older copies may still have them).
    const liveGroups = new Set(groups.map((g) => g.id));
    const others = booked.filter((b) => liveGroups.has(b.groupId));
    const movedHere = moved.filter((m) => liveGroups.has(m.groupId));
    const scheduleIds = [...new Set(others.map((b) => b.scheduleId).filter((id) => id !== null))];
    const allIds = [...new Set([...scheduleIds, ...movedHere.map((m) => m.scheduleId)])];
    const schedules = (await db.schedules.bulkGet(allIds)).filter(isLive);
    const closures = await closuresOverlapping(from, to);
    const meetings = await recordsOf(scheduleIds, from, to);
    return findConflicts({
      candidate: candidateOf({ from, to, today, closures }),
      others,
      schedules,
      meetings,
      movedHere,
      closures,
      from,
      to,
      today,
      groupNames: new Map(groups.map((g) => [g.id, g.name])),
    });
  });
}

/** The dates of a booking (saved or not) that clash with another group's booking of the same room. */
export async function checkBookingConflicts(plan: BookingPlan, today: string = todayIso()): Promise<Conflict[]> {
  if (plan.scheduleId === null) {
    const uses = (window: Window) => bookingRoomUses(plan, undefined, { ...window, meetings: [] });
    return check(plan.venueId, uses, today, plan.date);
  }
  const schedule = await db.schedules.get(plan.scheduleId);
  if (!isLive(schedule)) return [];
  const { from, to } = conflictWindow(today);
  // The series' own records count, so a meeting already cancelled or moved is not reported.
  const meetings = await recordsOf([schedule.id], from, to);
  return check(plan.venueId, (window) => bookingRoomUses(plan, schedule, { ...window, meetings }), today);
}

/**
 * The dates of a series, as it is about to be saved, that clash with other groups' bookings at its
 * venue and room. For the schedule form: call before saving a new or edited series, with `id` null for
 * a new one, or the edited series' id (for "this and later", with `startsOn` set to the first changed
 * date), so its own booking and records count as its own. After a skip, pass the saved series' id to
 * `conflictRefs` and `skipConflictingDates`.
 */
export async function checkScheduleConflicts(series: SeriesPlan, today: string = todayIso()): Promise<Conflict[]> {
  const venueId = series.venueId;
  if (venueId === null) return [];
  const { from, to } = conflictWindow(today);
  const meetings = series.id === null ? [] : await recordsOf([series.id], from, to);
  return check(
    venueId,
    (window) => seriesRoomUses(series, { venueId, room: series.room, bookingId: null }, { ...window, meetings }),
    today,
  );
}

/**
 * The clashes of every series a change will store (the edited one and the later series a "this and
 * later" change reaches, each with its own id), in date order, so one panel lists them all.
 */
export async function checkSeriesPartsConflicts(
  parts: readonly SeriesPlan[],
  today: string = todayIso(),
): Promise<Conflict[]> {
  const found: Conflict[] = [];
  for (const part of parts) found.push(...(await checkScheduleConflicts(part, today)));
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

/**
 * Whether moving one meeting (only this one) to a date, time and place clashes with another group's
 * booking or moved meeting there. For the move form: call before saving.
 */
export async function checkMoveConflicts(plan: MovePlan, today: string = todayIso()): Promise<Conflict[]> {
  const schedule = await db.schedules.get(plan.scheduleId);
  if (!isLive(schedule)) return [];
  return check(plan.venueId, (window) => moveRoomUses(plan, schedule, window.closures, window), today, plan.date);
}

/**
 * The occurrences to cancel for a list of conflicts of one saved series. A conflict of a series in
 * `ownSeries` (a later series a "this and later" change reached, which keeps its id) stays with it.
 */
export function conflictRefs(
  conflicts: readonly Conflict[],
  scheduleId: string,
  groupId: string,
  ownSeries: ReadonlySet<string> = new Set(),
): OccurrenceRef[] {
  return conflicts.map((conflict) => ({
    scheduleId: conflict.scheduleId !== null && ownSeries.has(conflict.scheduleId) ? conflict.scheduleId : scheduleId,
    groupId,
    originalDate: conflict.originalDate,
  }));
}

/** Records each date as cancelled because of a room conflict, all at once or not at all. */
export async function skipConflictingDates(refs: readonly OccurrenceRef[]): Promise<number> {
  if (refs.length === 0) return 0;
  // The device id is read first: inside the transaction only the meeting tables may be touched.
  await getDevice();
  await db.transaction('rw', statsTables(), async () => {
    for (const ref of refs) await recordCancelled(ref, ROOM_CONFLICT_REASON);
  });
  return refs.length;
}

/** Whether a booking still holds its room (requested or confirmed). */
export const holdsRoom = (booking: Pick<Booking, 'status'>): boolean =>
  booking.status === 'requested' || booking.status === 'confirmed';
