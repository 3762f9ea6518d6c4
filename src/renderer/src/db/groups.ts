// Support groups: named reads and writes. Components never write to the table directly.
import type { Group, NewRecord } from '@shared/model';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { getDevice } from './device';
import { entityStore, isLive, nowStamp, tombstoned, updateRecord } from './records';
import { stopGroupSeries } from './seriesOps';

const store = entityStore('groups');

// The device record lives in `local`; it is in the transaction so stamping a change never leaves it.
const scope = () => [db.groups, db.schedules, db.bookings, db.local];
export const { create: createGroup, get: getGroup } = store;

/**
 * Saves changes to a group. Ending it (from the group's page or its form) also ends its series
 * today: their meetings after today leave the calendar, and a series not yet started is removed, so
 * nothing asks for meetings the group will not have. One transaction.
 */
export async function updateGroup(
  groupId: string,
  changes: Partial<NewRecord<Group>>,
  today: string = todayIso(),
): Promise<Group> {
  return db.transaction('rw', scope(), async () => {
    const before = await db.groups.get(groupId);
    const group = await updateRecord('groups', groupId, changes);
    if (group.status === 'ended' && before?.status !== 'ended') await stopGroupSeries(groupId, today);
    return group;
  });
}

/**
 * Deletes a group (a tombstone) with its meeting series and its room bookings, in one transaction:
 * its meetings leave the calendar, Home, reports and the venues' lists, as the confirmation says, and
 * its rooms are free for other groups. Its meeting records stay.
 */
export async function deleteGroup(groupId: string): Promise<void> {
  const { id: deviceId } = await getDevice();
  await db.transaction('rw', scope(), async () => {
    await store.remove(groupId);
    await stopGroupSeries(groupId, null);
    const stamp = nowStamp();
    const bookings = (await db.bookings.where('groupId').equals(groupId).toArray()).filter(isLive);
    await db.bookings.bulkPut(bookings.map((b) => tombstoned(b, stamp, deviceId)));
  });
}
