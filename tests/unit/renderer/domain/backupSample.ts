// A fixed example database (the app's sample organisation, with ids and stamps that never change),
// and the origin written into its backups, for the backup tests.
import { buildSampleData } from '../../../../src/renderer/src/domain/sampleData';
import { emptyTables, type BackupOrigin, type BackupTables } from '../../../../src/renderer/src/domain/backupDocument';

export function sampleTables(): BackupTables {
  let next = 0;
  const newId = () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
  const data = buildSampleData({
    today: '2026-10-06',
    timeZone: 'America/Chicago',
    deviceId: 'device-sample',
    stamp: '2026-10-06T12:00:00.000Z',
    newId,
  });
  return {
    ...emptyTables(),
    settings: [data.settings],
    affiliates: data.affiliates,
    groups: data.groups,
    schedules: data.schedules,
    venues: data.venues,
    facilitators: data.facilitators,
    meetings: data.meetings,
    donors: data.donors,
    donations: data.donations,
  };
}

export const ORIGIN: BackupOrigin = {
  schemaVersion: 1,
  appVersion: '0.1.0',
  deviceId: 'device-sample',
  createdAt: '2026-10-06T18:00:00.000Z',
  reason: 'manual',
};
