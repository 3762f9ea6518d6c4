// Meeting records and the occurrences they speak for. Every write is one transaction that also
// recounts the monthly stats of each group and month it touches. No read scans the whole table; the
// reads are in meetingReads.ts (re-exported here).
import { meetingSchema, type Meeting, type Schedule } from '@shared/model';
import { cancelFormSchema, checked, heldFormSchema, moveFormSchema } from '../domain/meetingForm';
import { minutesOf, monthOf, todayIso } from '../domain/dates';
import { closureFor } from '../domain/closures';
import { clockTime, longDate } from '../domain/wording';
import { db } from './database';
import { getDevice } from './device';
import { newId, NotFoundError, nowStamp, tombstoned } from './records';
import { closuresOverlapping } from './closureOps';
import {
  groupMonthsOf,
  monthRowsOf,
  recordsOfGroupMonth,
  recountGroupMonths,
  statsTables,
  type GroupMonth,
} from './monthlyStats';
import { statKey } from '../domain/monthlyStats';

import { occurrencesForGroup } from './meetingReads';

export * from './meetingReads';

export interface OccurrenceRef {
  scheduleId: string;
  groupId: string;
  originalDate: string;
}

/** Reads the record for an occurrence (live or not) inside the caller's transaction. */
const recordFor = (ref: OccurrenceRef) =>
  db.meetings.where('[scheduleId+originalDate]').equals([ref.scheduleId, ref.originalDate]).first();

/**
 * Upserts the one record for an occurrence by the unique [scheduleId+originalDate] index. A cleared
 * (tombstoned) record is brought back clean under its own id, since the index allows only one.
 */
async function writeRecord(ref: OccurrenceRef, apply: (current: Meeting) => Meeting): Promise<Meeting> {
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', statsTables(), async () => {
    // Side by side, so an edit costs one round trip before its writes: the series, the record, the
    // group's series (their lengths count), and the month the record most likely falls in: its records
    // and its two aggregate rows.
    const likely: GroupMonth = { groupId: ref.groupId, month: monthOf(ref.originalDate) };
    const [schedule, existing, groupSeries, likelyMonth, likelyRows] = await Promise.all([
      db.schedules.get(ref.scheduleId),
      recordFor(ref),
      db.schedules.where('groupId').equals(ref.groupId).toArray(),
      recordsOfGroupMonth(likely),
      monthRowsOf(likely),
    ]);
    if (!schedule || schedule.deletedAt !== null) throw new NotFoundError('That meeting series');
    const stamp = nowStamp();
    const live = existing && existing.deletedAt === null ? existing : undefined;
    const current: Meeting = live ?? {
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
      deletedAt: null,
      changedBy: deviceId,
      scheduleId: schedule.id,
      groupId: schedule.groupId,
      originalDate: ref.originalDate,
      date: ref.originalDate,
      startTime: null,
      venueId: null,
      room: null,
      outcome: null,
      attendance: null,
      firstTime: null,
      facilitatorsPresent: [],
      cancelReason: '',
      notes: '',
    };
    const record = meetingSchema.parse({ ...apply(current), updatedAt: stamp, changedBy: deviceId, deletedAt: null });
    const touched: GroupMonth[] = groupMonthsOf(record);
    if (live) touched.push(...groupMonthsOf(live));
    const durations = new Map([...groupSeries, schedule].map((s) => [s.id, s.durationMinutes]));
    const read = new Map([[statKey(likely.groupId, likely.month), likelyMonth]]);
    const rows = new Map([[likely.month, likelyRows]]);
    await Promise.all([
      db.meetings.put(record),
      recountGroupMonths(touched, { durations, written: record, read, rows }),
    ]);
    return record;
  });
}

/** A meeting still to come cannot have been held: its counts would go into a month not yet over. */
export class NotYetHeldError extends Error {}

export async function recordHeld(
  ref: OccurrenceRef,
  fields: { attendance: number; firstTime: number; facilitatorsPresent: string[]; notes: string },
  today: string = todayIso(),
): Promise<Meeting> {
  const valid = checked(heldFormSchema, fields);
  return writeRecord(ref, (current) => {
    if (current.date > today) {
      throw new NotYetHeldError(
        `that meeting is on ${longDate(current.date)}, after today: it can be recorded as held from that day`,
      );
    }
    return {
      ...current,
      outcome: 'held',
      attendance: valid.attendance,
      firstTime: valid.firstTime,
      facilitatorsPresent: [...new Set(valid.facilitatorsPresent)],
      notes: valid.notes,
      cancelReason: '',
    };
  });
}

export async function recordCancelled(ref: OccurrenceRef, reason: string): Promise<Meeting> {
  const valid = checked(cancelFormSchema, { reason });
  return writeRecord(ref, (current) => ({
    ...current,
    outcome: 'cancelled',
    attendance: null,
    firstTime: null,
    facilitatorsPresent: [],
    cancelReason: valid.reason,
  }));
}

/** Moves one meeting; moving it back to the series' own date, time and place clears the move. */
export async function moveOccurrence(
  ref: OccurrenceRef,
  to: { date: string; startTime: string; venueId: string | null; room: string },
  today: string = todayIso(),
): Promise<Meeting> {
  const valid = checked(moveFormSchema, to);
  const schedule = await db.schedules.get(ref.scheduleId);
  const backHome =
    schedule !== undefined &&
    valid.date === ref.originalDate &&
    valid.startTime === schedule.startTime &&
    valid.venueId === schedule.venueId &&
    valid.room === schedule.room;
  if (!backHome && schedule) await refuseUnworkableMove(ref, schedule, valid);
  return writeRecord(ref, (current) => {
    // A meeting recorded as held happened: moving it after today would put its counts in a month not
    // yet over (and take them out of one already reported).
    const date = backHome ? ref.originalDate : valid.date;
    if (current.outcome === 'held' && date > today) {
      throw new NotYetHeldError(
        `that meeting is recorded as held, so it can't move to ${longDate(date)}, after today; clear its record first if it was not held`,
      );
    }
    return backHome
      ? { ...current, date: ref.originalDate, startTime: null, venueId: null, room: null }
      : { ...current, date: valid.date, startTime: valid.startTime, venueId: valid.venueId, room: valid.room };
  });
}

/** A move the app refuses, in words the move form shows: the meeting would not happen, or happen twice. */
export class MoveRefusedError extends Error {}

/**
 * Refuses moving a meeting onto a day a closure covers (it would quietly become cancelled) or onto a
 * time the group already meets that day (two meetings, both recordable, counted twice). Moving a
 * meeting back to its own day and time is always allowed.
 */
async function refuseUnworkableMove(
  ref: OccurrenceRef,
  schedule: Schedule,
  to: { date: string; startTime: string; venueId: string | null },
): Promise<void> {
  const closure = closureFor(await closuresOverlapping(to.date, to.date), {
    date: to.date,
    groupId: ref.groupId,
    venueId: to.venueId,
  });
  if (closure) {
    throw new MoveRefusedError(`${longDate(to.date)} is closed (${closure.reason}); choose another day`);
  }
  const start = minutesOf(to.startTime);
  const end = start + schedule.durationMinutes;
  const clash = (await occurrencesForGroup(ref.groupId, to.date, to.date)).find(
    (other) =>
      other.date === to.date &&
      other.state !== 'cancelled' &&
      !(other.scheduleId === ref.scheduleId && other.originalDate === ref.originalDate) &&
      minutesOf(other.startTime) < end &&
      start < minutesOf(other.startTime) + other.durationMinutes,
  );
  if (clash) {
    throw new MoveRefusedError(
      `the group already meets on ${longDate(to.date)} at ${clockTime(clash.startTime)}; choose another day or time, or cancel that meeting first`,
    );
  }
}

/** Back to "not recorded": the record becomes a tombstone (so a merge carries the change). */
export async function clearRecord(ref: OccurrenceRef): Promise<void> {
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', statsTables(), async () => {
    const existing = await recordFor(ref);
    if (!existing || existing.deletedAt !== null) return;
    const stamp = nowStamp();
    const cleared: Meeting = tombstoned(existing, stamp, deviceId);
    await Promise.all([db.meetings.put(cleared), recountGroupMonths(groupMonthsOf(existing), { written: cleared })]);
  });
}
