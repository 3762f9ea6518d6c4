// The meetings a range of days holds: series dates, overridden by stored meeting records, stopped by
// closures (like iCalendar's RRULE, RECURRENCE-ID and EXDATE). Linear in schedules and records.
import type { Closure, Group, Meeting, Schedule } from '@shared/model';
import { closureFor } from './closures';
import type { DigestRecord } from './monthlyStats';
import { expandRule } from './recurrence';

export type OccurrenceState = 'upcoming' | 'held' | 'cancelled' | 'moved' | 'unrecorded';

/** What an occurrence needs of its meeting record: a whole record, or the brief one the monthly rows keep. */
export type OccurrenceRecord = DigestRecord & { deletedAt?: string | null };

export interface Occurrence<R extends OccurrenceRecord = OccurrenceRecord> {
  /** `${scheduleId}|${originalDate}`: a stable React key */
  key: string;
  scheduleId: string;
  groupId: string;
  /** the series date it stands for */
  originalDate: string;
  /** where it falls after any move */
  date: string;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  venueId: string | null;
  room: string;
  state: OccurrenceState;
  /** date, time, venue or room differs from the series */
  moved: boolean;
  /** the closure's reason, or the meeting record's reason */
  cancelReason: string | null;
  closure: Closure | null;
  meeting: R | null;
}

/**
 * The series whose meetings are shown: live ones of groups that are not deleted (a deleted group's
 * meetings leave the calendar, Home and reports, as its delete confirmation says; its records stay).
 */
export function seriesShown(
  schedules: readonly Schedule[],
  groups: readonly Pick<Group, 'id' | 'deletedAt'>[],
): Schedule[] {
  const deleted = new Set(groups.filter((group) => group.deletedAt !== null).map((group) => group.id));
  return schedules.filter((schedule) => schedule.deletedAt === null && !deleted.has(schedule.groupId));
}

export const occurrenceKey = (scheduleId: string, originalDate: string): string => `${scheduleId}|${originalDate}`;

export interface OccurrenceInput<R extends OccurrenceRecord = Meeting> {
  schedules: Schedule[];
  meetings: R[];
  closures: Closure[];
  from: string;
  to: string;
  today: string;
}

export function occurrencesInRange<R extends OccurrenceRecord>(input: OccurrenceInput<R>): Occurrence<R>[] {
  const { from, to, today } = input;
  const schedules = new Map<string, Schedule>();
  for (const schedule of input.schedules) if (schedule.deletedAt === null) schedules.set(schedule.id, schedule);
  const closures = input.closures.filter((c) => c.deletedAt === null && c.startDate <= to && c.endDate >= from);

  const records = new Map<string, R>();
  for (const meeting of input.meetings) {
    if ((meeting.deletedAt ?? null) !== null || !schedules.has(meeting.scheduleId)) continue;
    records.set(occurrenceKey(meeting.scheduleId, meeting.originalDate), meeting);
  }

  const result: Occurrence<R>[] = [];
  // Every live record whose meeting falls in range is shown as it is, whether or not the series still
  // produces its original date (a weekday change never hides what was recorded).
  for (const [key, meeting] of records) {
    if (meeting.date < from || meeting.date > to) continue;
    const schedule = schedules.get(meeting.scheduleId);
    if (schedule) result.push(build(key, schedule, meeting, meeting.originalDate, closures, today));
  }
  for (const schedule of schedules.values()) {
    for (const date of expandRule(schedule, from, to)) {
      const key = occurrenceKey(schedule.id, date);
      // A record speaks for this date: it was placed above if it falls in range, or moved away.
      if (records.has(key)) continue;
      result.push(build<R>(key, schedule, null, date, closures, today));
    }
  }
  return result.sort(byDateAndTime);
}

function build<R extends OccurrenceRecord>(
  key: string,
  schedule: Schedule,
  meeting: R | null,
  originalDate: string,
  closures: Closure[],
  today: string,
): Occurrence<R> {
  // A record that carries a start time was moved: its date, time, venue and room replace the series'.
  const placed = meeting !== null && meeting.startTime !== null;
  const date = meeting?.date ?? originalDate;
  const startTime = meeting?.startTime ?? schedule.startTime;
  const venueId = placed ? meeting.venueId : (meeting?.venueId ?? schedule.venueId);
  const room = meeting?.room ?? schedule.room;
  const moved =
    date !== originalDate || startTime !== schedule.startTime || venueId !== schedule.venueId || room !== schedule.room;
  const closure = closureFor(closures, { date, groupId: schedule.groupId, venueId });

  let state: OccurrenceState;
  let cancelReason: string | null = null;
  if (meeting?.outcome === 'held') {
    state = 'held';
  } else if (meeting?.outcome === 'cancelled') {
    state = 'cancelled';
    cancelReason = meeting.cancelReason || closure?.reason || null;
  } else if (closure) {
    state = 'cancelled';
    cancelReason = closure.reason;
  } else if (date >= today) {
    state = moved ? 'moved' : 'upcoming';
  } else {
    state = 'unrecorded';
  }

  return {
    key,
    scheduleId: schedule.id,
    groupId: schedule.groupId,
    originalDate,
    date,
    startTime,
    durationMinutes: schedule.durationMinutes,
    timeZone: schedule.timeZone,
    venueId,
    room,
    state,
    moved,
    cancelReason,
    closure,
    meeting,
  };
}

type Placed = Pick<Occurrence<OccurrenceRecord>, 'date' | 'startTime' | 'key'>;

function byDateAndTime(a: Placed, b: Placed): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
