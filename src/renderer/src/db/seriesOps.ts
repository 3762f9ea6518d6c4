// Recurring meeting series: the named writes (validated, with 'this and later' splits). The schedules table's only writer.
// Splits happen in one transaction; records of past meetings are never changed by an edit.
import Dexie from 'dexie';
import { isoDate, scheduleSchema, type Booking, type Meeting, type NewRecord, type Schedule } from '@shared/model';
import { definedChanges, planThisAndLater, seriesFields, type SeriesChanges } from '../domain/seriesEdit';
import { checked } from '../domain/meetingForm';
import { HOLDS_ROOM } from '../domain/conflicts';
import { db } from './database';
import { getDevice } from './device';
import { isLive, newId, NotFoundError, nowStamp, tombstoned } from './records';
import { groupMonthsOf, recountGroupMonths, statsTables } from './monthlyStats';

const seriesSchema = scheduleSchema.omit({
  id: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  changedBy: true,
});

/** The fields as they will be stored, or an Error saying in plain words what is wrong. */
function validSeries(fields: NewRecord<Schedule>): NewRecord<Schedule> {
  const valid = checked(seriesSchema, fields);
  if (valid.rule === 'monthly' && valid.nth === null) throw new Error('Choose which week of the month the group meets');
  if (valid.endsOn !== null && valid.endsOn < valid.startsOn) {
    throw new Error('The last meeting date must be on or after the first');
  }
  return { ...valid, nth: valid.rule === 'monthly' ? valid.nth : null };
}

function stamped(fields: NewRecord<Schedule>, deviceId: string, stamp: string): Schedule {
  return { ...fields, id: newId(), createdAt: stamp, updatedAt: stamp, deletedAt: null, changedBy: deviceId };
}

export async function createSchedule(fields: NewRecord<Schedule>): Promise<Schedule> {
  const valid = validSeries(fields);
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', db.schedules, db.groups, async () => {
    const group = await db.groups.get(valid.groupId);
    if (!group || group.deletedAt !== null) throw new NotFoundError('That group');
    const schedule = stamped(valid, deviceId, nowStamp());
    await db.schedules.add(schedule);
    return schedule;
  });
}

async function liveSchedule(scheduleId: string): Promise<Schedule> {
  const schedule = await db.schedules.get(scheduleId);
  if (!schedule || schedule.deletedAt !== null) throw new NotFoundError('That meeting series');
  return schedule;
}

/**
 * The room bookings a series split by "this and later" hands on to the series that continues it, when
 * that one meets in the same venue and room: each booking that holds the room there is copied, with its
 * status, history, agreement end date and notes, so the room stays held and the agreement followed. The
 * old booking stays with the old series and ends with it (its meetings stop at the split). Copies, not
 * the old bookings re-pointed: the old series' last meetings keep their room, and another copy's later
 * change to the old booking merges as usual. In another venue or room they are left: the host agreed
 * to that place, and Home says the new series has no booking.
 */
async function carryBookings(old: Schedule, next: Schedule, deviceId: string, stamp: string): Promise<Booking[]> {
  if (next.venueId === null || next.venueId !== old.venueId || next.room !== old.room) return [];
  const held = (await db.bookings.where('scheduleId').equals(old.id).toArray()).filter(
    (booking) => isLive(booking) && HOLDS_ROOM.has(booking.status) && booking.venueId === old.venueId,
  );
  const carried = held.map((booking): Booking => ({
    ...booking,
    id: newId(),
    scheduleId: next.id,
    createdAt: stamp,
    updatedAt: stamp,
    changedBy: deviceId,
  }));
  await db.bookings.bulkAdd(carried);
  return carried;
}

/** Records of a series from a date on (every one when `from` is ''), tombstones included. */
const recordsFrom = (scheduleId: string, from: string): Promise<Meeting[]> =>
  db.meetings
    .where('[scheduleId+originalDate]')
    .between([scheduleId, from], [scheduleId, Dexie.maxKey], true, true)
    .toArray();

/**
 * How the edited part of a series will be stored: the series itself changed in place ("all", or "this
 * and later" from its first meeting on), or the new series from `fromDate` on, with the day the old one
 * now ends. Throws, in plain words, when the change can't be made.
 */
function editedPart(
  old: Schedule,
  mode: 'all' | 'this-and-later',
  fromDate: string,
  changes: SeriesChanges,
): { fields: NewRecord<Schedule>; endOld: string | null } {
  if (mode === 'all' || fromDate <= old.startsOn) {
    return { fields: validSeries({ ...seriesFields(old, changes), startsOn: old.startsOn }), endOld: null };
  }
  if (old.endsOn !== null && fromDate > old.endsOn) {
    throw new Error(`This series already ended on ${old.endsOn}, so there is nothing to change from ${fromDate}`);
  }
  const plan = planThisAndLater(old, fromDate, changes);
  return { fields: validSeries(plan.next), endOld: plan.endOld.endsOn };
}

/** A series a "this and later" change reaches beyond the edited one's end, and how it will be stored. */
export interface LaterSeriesChange {
  before: Schedule;
  after: Schedule;
}

/**
 * The series a "this and later" change of `old` from `fromDate` reaches past its own end: those a later
 * change split from it (and those split from them), so a new place from March 10 holds in April too.
 * Only what the coordinator changed is applied; a later series keeps the rest of its own (its later
 * time, say). An every-other-week series given another weekday keeps its rhythm: it starts on the new
 * day in the week of its first meeting, or two weeks on when that day falls before its split.
 * `ofGroup` is the group's series (read by index); throws, in plain words, when one can't take the change.
 */
export function laterSeriesChanges(
  old: Schedule,
  fromDate: string,
  changes: SeriesChanges,
  ofGroup: readonly Schedule[],
): LaterSeriesChange[] {
  const changed = Object.fromEntries(
    Object.entries(definedChanges(changes)).filter(
      ([key, value]) => key !== 'endsOn' && value !== old[key as keyof SeriesChanges],
    ),
  ) as SeriesChanges;
  if (Object.keys(changed).length === 0) return [];
  const live = ofGroup.filter((s) => s.deletedAt === null);
  const result: LaterSeriesChange[] = [];
  const seen = new Set<string>([old.id]);
  let parents = [old.id];
  while (parents.length > 0) {
    const children = live
      .filter(
        (s) =>
          !seen.has(s.id) &&
          s.continues != null &&
          parents.includes(s.continues.scheduleId) &&
          s.continues.from > fromDate,
      )
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    for (const later of children) {
      seen.add(later.id);
      const next = planThisAndLater(later, later.continues?.from ?? later.startsOn, changed).next;
      const keepsRhythm = next.rule === 'biweekly' && later.rule === 'biweekly';
      const fields = validSeries({ ...next, startsOn: keepsRhythm ? next.startsOn : later.startsOn });
      result.push({ before: later, after: { ...later, ...fields } });
    }
    parents = children.map((s) => s.id);
  }
  return result;
}

/**
 * What a change will store, worked out before saving it (for the room check): the edited part (with
 * the edited series' id, so its own records and bookings count as its own) and, for "this and later",
 * the later series it reaches. Reads the group's series by index.
 */
export async function plannedSeriesEdit(
  scheduleId: string,
  mode: 'all' | 'this-and-later',
  fromDate: string,
  changes: SeriesChanges,
): Promise<{ edited: Schedule; later: LaterSeriesChange[] }> {
  checked(isoDate, fromDate);
  return db.transaction('r', db.schedules, async () => {
    const old = await liveSchedule(scheduleId);
    const edited: Schedule = { ...old, ...editedPart(old, mode, fromDate, changes).fields };
    if (mode === 'all') return { edited, later: [] };
    const ofGroup = await db.schedules.where('groupId').equals(old.groupId).toArray();
    return { edited, later: laterSeriesChanges(old, fromDate, changes, ofGroup) };
  });
}

export async function editSeries(
  scheduleId: string,
  mode: 'all' | 'this-and-later',
  fromDate: string,
  changes: SeriesChanges,
): Promise<{ schedule: Schedule }> {
  checked(isoDate, fromDate);
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', [...statsTables(), db.bookings], async () => {
    const old = await liveSchedule(scheduleId);
    const stamp = nowStamp();
    const { fields, endOld } = editedPart(old, mode, fromDate, changes);

    if (endOld === null) {
      const schedule: Schedule = { ...old, ...fields, updatedAt: stamp, changedBy: deviceId };
      await db.schedules.put(schedule);
      // Facilitator minutes depend on the meeting length, so a new length recounts every month it has.
      if (schedule.durationMinutes !== old.durationMinutes) {
        await recountGroupMonths((await recordsFrom(old.id, '')).flatMap(groupMonthsOf));
      }
      if (mode === 'this-and-later') await changeLaterSeries(old, fromDate, changes, deviceId, stamp);
      return { schedule };
    }

    // The link lets every other copy place records it made for these dates before it heard of this.
    const next: Schedule = {
      ...stamped(fields, deviceId, stamp),
      continues: { scheduleId: old.id, from: fromDate },
    };
    await db.schedules.put({ ...old, endsOn: endOld, updatedAt: stamp, changedBy: deviceId });
    await db.schedules.add(next);
    await carryBookings(old, next, deviceId, stamp);
    // Records already made for later meetings (a cancellation planned ahead, a move) follow the new series.
    const later = await recordsFrom(old.id, fromDate);
    await db.meetings.bulkPut(later.map((m) => ({ ...m, scheduleId: next.id, updatedAt: stamp, changedBy: deviceId })));
    // The month rows list each record with its series, so they are recounted whatever changed.
    if (later.length > 0) await recountGroupMonths(later.flatMap(groupMonthsOf));
    await changeLaterSeries(old, fromDate, changes, deviceId, stamp);
    return { schedule: next };
  });
}

/** Stores the changes `laterSeriesChanges` works out, so the room check and the save never disagree. */
async function changeLaterSeries(
  old: Schedule,
  fromDate: string,
  changes: SeriesChanges,
  deviceId: string,
  stamp: string,
): Promise<void> {
  const ofGroup = await db.schedules.where('groupId').equals(old.groupId).toArray();
  for (const { before, after } of laterSeriesChanges(old, fromDate, changes, ofGroup)) {
    await db.schedules.put({ ...after, updatedAt: stamp, changedBy: deviceId });
    if (after.durationMinutes !== before.durationMinutes) {
      await recountGroupMonths((await recordsFrom(before.id, '')).flatMap(groupMonthsOf));
    }
  }
}

/** The series' last meeting is on lastDate (or before); records after it stay and are still shown. */
export async function endSeries(scheduleId: string, lastDate: string): Promise<void> {
  checked(isoDate, lastDate);
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', db.schedules, async () => {
    const schedule = await liveSchedule(scheduleId);
    if (lastDate < schedule.startsOn) {
      throw new Error(`The last date can't be before the series starts (${schedule.startsOn})`);
    }
    await db.schedules.put({ ...schedule, endsOn: lastDate, updatedAt: nowStamp(), changedBy: deviceId });
  });
}

/**
 * A group's series as the group ends or goes: every series still running stops after `lastDate` (its
 * meetings up to then stay, to record), and one that has not started by then is removed; with
 * `lastDate` null (the group deleted) every series is removed. Call inside a transaction over the
 * groups and schedules, or on its own. Returns how many series changed.
 */
export async function stopGroupSeries(groupId: string, lastDate: string | null): Promise<number> {
  if (lastDate !== null) checked(isoDate, lastDate);
  const { id: deviceId } = await getDevice();
  return db.transaction('rw', db.schedules, async () => {
    const live = (await db.schedules.where('groupId').equals(groupId).toArray()).filter((s) => s.deletedAt === null);
    const stamp = nowStamp();
    const changed: Schedule[] = [];
    for (const schedule of live) {
      if (lastDate === null || schedule.startsOn > lastDate) {
        changed.push(tombstoned(schedule, stamp, deviceId));
      } else if (schedule.endsOn === null || schedule.endsOn > lastDate) {
        changed.push({ ...schedule, endsOn: lastDate, updatedAt: stamp, changedBy: deviceId });
      }
    }
    await db.schedules.bulkPut(changed);
    return changed.length;
  });
}
