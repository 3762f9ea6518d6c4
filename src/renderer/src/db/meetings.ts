// Meeting records and the occurrences they speak for. Every write is one transaction that also
// recounts the monthly stats of each group and month it touches. No read scans the whole table.
import { meetingSchema, type Meeting } from '@shared/model';
import { occurrencesInRange, type Occurrence } from '../domain/occurrences';
import { cancelFormSchema, checked, heldFormSchema, moveFormSchema } from '../domain/meetingForm';
import { monthOf, todayIso } from '../domain/dates';
import { db } from './database';
import { getDevice } from './device';
import { newId, NotFoundError, nowStamp } from './records';
import { closuresOverlapping } from './closureOps';
import { groupMonthOf, recordsOfGroupMonth, recountGroupMonths, statsTables, type GroupMonth } from './monthlyStats';
import { statKey } from '../domain/monthlyStats';

export async function occurrencesBetween(
  from: string,
  to: string,
  options: { groupIds?: string[]; today?: string } = {},
): Promise<Occurrence[]> {
  const { groupIds } = options;
  const { schedules, closures, meetings } = await db.transaction(
    'r',
    [db.schedules, db.closures, db.meetings],
    async () => {
      const allSchedules = groupIds
        ? await db.schedules.where('groupId').anyOf(groupIds).toArray()
        : await db.schedules.toArray();
      const live = allSchedules.filter((s) => s.deletedAt === null);
      const found = new Map<string, Meeting>();
      // Records that fall in range, wherever their series date is (this catches meetings moved in).
      const byDate = groupIds
        ? (
            await Promise.all(
              groupIds.map((groupId) =>
                db.meetings.where('[groupId+date]').between([groupId, from], [groupId, to], true, true).toArray(),
              ),
            )
          ).flat()
        : await db.meetings.where('date').between(from, to, true, true).toArray();
      for (const meeting of byDate) found.set(meeting.id, meeting);
      // Records for the series dates in range, wherever they fall now (this catches meetings moved out).
      if (groupIds) {
        // A few groups: one small range per series (Dexie's anyOf over compound keys walks far more).
        const running = live.filter((s) => s.startsOn <= to && (s.endsOn === null || s.endsOn >= from));
        const bySeries = await Promise.all(
          running.map((schedule) =>
            db.meetings
              .where('[scheduleId+originalDate]')
              .between([schedule.id, from], [schedule.id, to], true, true)
              .toArray(),
          ),
        );
        for (const meeting of bySeries.flat()) found.set(meeting.id, meeting);
      } else {
        // Every group: the range's ids by series date, keys only; nearly all were read above, so only
        // the few moved out of the range are fetched (at state scale ~30 ms, against ~80 for a range per series).
        const ids = await db.meetings.where('originalDate').between(from, to, true, true).primaryKeys();
        const movedOut = await db.meetings.bulkGet(ids.filter((id) => !found.has(id)));
        for (const meeting of movedOut) if (meeting) found.set(meeting.id, meeting);
      }
      return { schedules: live, closures: await closuresOverlapping(from, to), meetings: [...found.values()] };
    },
  );
  return occurrencesInRange({ schedules, meetings, closures, from, to, today: options.today ?? todayIso() });
}

export async function occurrencesForGroup(
  groupId: string,
  from: string,
  to: string,
  today?: string,
): Promise<Occurrence[]> {
  return occurrencesBetween(from, to, today === undefined ? { groupIds: [groupId] } : { groupIds: [groupId], today });
}

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
    // group's series (their lengths count) and the month the record most likely falls in.
    const likely: GroupMonth = { groupId: ref.groupId, month: monthOf(ref.originalDate) };
    const [schedule, existing, groupSeries, likelyMonth] = await Promise.all([
      db.schedules.get(ref.scheduleId),
      recordFor(ref),
      db.schedules.where('groupId').equals(ref.groupId).toArray(),
      recordsOfGroupMonth(likely),
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
    const touched: GroupMonth[] = [groupMonthOf(record)];
    if (live) touched.push(groupMonthOf(live));
    const durations = new Map([...groupSeries, schedule].map((s) => [s.id, s.durationMinutes]));
    const read = new Map([[statKey(likely.groupId, likely.month), likelyMonth]]);
    await Promise.all([db.meetings.put(record), recountGroupMonths(touched, { durations, written: record, read })]);
    return record;
  });
}

export async function recordHeld(
  ref: OccurrenceRef,
  fields: { attendance: number; firstTime: number; facilitatorsPresent: string[]; notes: string },
): Promise<Meeting> {
  const valid = checked(heldFormSchema, fields);
  return writeRecord(ref, (current) => ({
    ...current,
    outcome: 'held',
    attendance: valid.attendance,
    firstTime: valid.firstTime,
    facilitatorsPresent: [...new Set(valid.facilitatorsPresent)],
    notes: valid.notes,
    cancelReason: '',
  }));
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
): Promise<Meeting> {
  const valid = checked(moveFormSchema, to);
  const schedule = await db.schedules.get(ref.scheduleId);
  const backHome =
    schedule !== undefined &&
    valid.date === ref.originalDate &&
    valid.startTime === schedule.startTime &&
    valid.venueId === schedule.venueId &&
    valid.room === schedule.room;
  return writeRecord(ref, (current) =>
    backHome
      ? { ...current, date: ref.originalDate, startTime: null, venueId: null, room: null }
      : { ...current, date: valid.date, startTime: valid.startTime, venueId: valid.venueId, room: valid.room },
  );
}

/** Back to "not recorded": the record becomes a tombstone (so a merge carries the change). */
export async function clearRecord(ref: OccurrenceRef): Promise<void> {
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', statsTables(), async () => {
    const existing = await recordFor(ref);
    if (!existing || existing.deletedAt !== null) return;
    const stamp = nowStamp();
    const cleared: Meeting = { ...existing, deletedAt: stamp, updatedAt: stamp, changedBy: deviceId };
    await Promise.all([db.meetings.put(cleared), recountGroupMonths([groupMonthOf(existing)], { written: cleared })]);
  });
}
