// Each db test starts from an empty database, the default one, with the pointer back on it.
import Dexie from 'dexie';
import { db } from '../../../../src/renderer/src/db/database';
import {
  DEFAULT_DATABASE_NAME,
  isAppDatabaseName,
  setActiveDatabaseName,
} from '../../../../src/renderer/src/db/databasePointer';
import { forgetCachedDevice } from '../../../../src/renderer/src/db/device';

export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  // A restore or the demo dataset in an earlier test switched to a database of its own.
  setActiveDatabaseName(DEFAULT_DATABASE_NAME);
  for (const { name } of await indexedDB.databases()) {
    if (name && isAppDatabaseName(name) && name !== db.name) await Dexie.delete(name);
  }
  forgetCachedDevice();
  await db.open();
}
