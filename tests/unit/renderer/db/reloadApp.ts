// A restore (or the demo dataset) switches to a new database and reloads the app. In a test, the reload
// is the modules loaded again: `db` then names the database the pointer names, as after a real reload.
import { vi } from 'vitest';

export async function reloadApp() {
  vi.resetModules();
  const [database, backupExport, monthlyStats, device, databaseSwitch] = await Promise.all([
    import('../../../../src/renderer/src/db/database'),
    import('../../../../src/renderer/src/db/backupExport'),
    import('../../../../src/renderer/src/db/monthlyStats'),
    import('../../../../src/renderer/src/db/device'),
    import('../../../../src/renderer/src/db/databaseSwitch'),
  ]);
  return { ...database, ...backupExport, ...monthlyStats, ...device, ...databaseSwitch };
}

/** The names of this app's databases now stored (the browser mode's backups folder left out). */
export async function appDatabases(): Promise<string[]> {
  const { isAppDatabaseName } = await import('../../../../src/renderer/src/db/databasePointer');
  return (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter(isAppDatabaseName)
    .sort();
}
