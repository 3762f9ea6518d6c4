// Fills an empty database with the example organisation, all in one transaction.
import { buildSampleData } from '../domain/sampleData';
import { todayIso } from '../domain/dates';
import { db } from './database';
import { getDevice } from './device';
import { newId, nowStamp } from './records';
import { localTimeZone } from './settings';
import { rebuildMonthlyStats } from './monthlyStats';
import { isDatabaseEmpty } from './emptiness';

export async function loadSampleData(): Promise<void> {
  const device = await getDevice();
  const timeZone = (await db.settings.get('organisation'))?.timeZone ?? localTimeZone();
  const data = buildSampleData({
    today: todayIso(timeZone),
    timeZone,
    deviceId: device.id,
    stamp: nowStamp(),
    newId,
  });
  await db.transaction('rw', db.tables, async () => {
    if (!(await isDatabaseEmpty())) {
      throw new Error('Sample data can only be loaded into an empty database. Nothing was changed.');
    }
    await db.settings.put(data.settings);
    await db.affiliates.bulkAdd(data.affiliates);
    await db.groups.bulkAdd(data.groups);
    await db.schedules.bulkAdd(data.schedules);
    await db.venues.bulkAdd(data.venues);
    await db.bookings.bulkAdd(data.bookings);
    await db.facilitators.bulkAdd(data.facilitators);
    await db.meetings.bulkAdd(data.meetings);
    await db.donors.bulkAdd(data.donors);
    await db.donations.bulkAdd(data.donations);
    // The monthly rows in the same transaction as the meetings they count: no screen ever sees the
    // example's meetings without them (they would all show as not recorded).
    await rebuildMonthlyStats({ meetings: data.meetings, schedules: data.schedules });
  });
}
