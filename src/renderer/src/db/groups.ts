// Support groups: named reads and writes. Components never write to the table directly.
import type { Group, NewRecord } from '@shared/model';
import { plusDays, todayIso } from '../domain/dates';
import { endGroupPause, startGroupPause } from './closureOps';
import { db } from './database';
import { getDevice } from './device';
import { entityStore, isLive, nowStamp, tombstoned, updateRecord } from './records';
import { stopGroupSeries } from './seriesOps';

const store = entityStore('groups');

// The device record lives in `local`; it is in the transaction so stamping a change never leaves it.
const scope = () => [db.groups, db.schedules, db.bookings, db.closures, db.local];
export const { create: createGroup, get: getGroup } = store;

/**
 * Saves changes to a group, and what its status means for its meetings, in one transaction:
 * - Pausing it calls its meetings off from tomorrow (a group closure with no last day, "Group paused"):
 *   the calendar, Home and reports show them as cancelled, and nothing asks to record them.
 * - Making it active again ends that pause yesterday: its meetings from today are expected again.
 * - Ending it ends its series today: their meetings after today leave the calendar, and a series not
 *   yet started is removed. A pause it was in ends today too.
 * Meetings up to today stay in every case, to be recorded.
 */
export async function updateGroup(
  groupId: string,
  changes: Partial<NewRecord<Group>>,
  today: string = todayIso(),
): Promise<Group> {
  return db.transaction('rw', scope(), async () => {
    const before = await db.groups.get(groupId);
    const group = await updateRecord('groups', groupId, changes);
    const [was, is] = [before?.status, group.status];
    if (is === 'paused' && was !== 'paused') await startGroupPause(groupId, plusDays(today, 1));
    if (was === 'paused' && is !== 'paused') await endGroupPause(groupId, is === 'ended' ? today : plusDays(today, -1));
    if (is === 'ended' && was !== 'ended') await stopGroupSeries(groupId, today);
    return group;
  });
}

/**
 * Deletes a group (a tombstone) with its meeting series, its room bookings and its pause, in one transaction:
 * its meetings leave the calendar, Home, reports and the venues' lists, as the confirmation says, and
 * its rooms are free for other groups. Its meeting records stay.
 */
export async function deleteGroup(groupId: string): Promise<void> {
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', scope(), async () => {
    await store.remove(groupId);
    await stopGroupSeries(groupId, null);
    await endGroupPause(groupId, null);
    const stamp = nowStamp();
    const bookings = (await db.bookings.where('groupId').equals(groupId).toArray()).filter(isLive);
    await db.bookings.bulkPut(bookings.map((b) => tombstoned(b, stamp, deviceId)));
  });
}
