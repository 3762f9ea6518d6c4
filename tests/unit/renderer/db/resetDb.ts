// Each db test starts from an empty database.
import { db } from '../../../../src/renderer/src/db/database';
import { forgetCachedDevice } from '../../../../src/renderer/src/db/device';

export async function resetDatabase(): Promise<void> {
  db.close();
  await db.delete();
  forgetCachedDevice();
  await db.open();
}
