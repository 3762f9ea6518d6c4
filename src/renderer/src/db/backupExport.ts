// Reads the whole database into a backup document, 2,000 records at a time by primary key, inside one
// read transaction so the backup is a consistent snapshot even if the coordinator keeps working.
import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupHeader, type BackupReason } from '@shared/backupFiles';
import { TablesTextBuilder, finishBackup } from '../domain/backupDocument';
import { db } from './database';
import { getDevice } from './device';

declare const __APP_VERSION__: string;

export const PAGE_SIZE = 2000;

export interface MadeBackup {
  header: BackupHeader;
  bytes: Uint8Array<ArrayBuffer>;
}

type AnyRecord = { id: string; updatedAt: string; deletedAt: string | null };

export async function makeBackup(
  reason: BackupReason,
  onProgress?: (done: number, total: number) => void,
): Promise<MadeBackup> {
  const device = await getDevice();
  const tables = BACKUP_TABLES.map((name) => db.table(name) as Table<AnyRecord, string>);
  const builder = new TablesTextBuilder();
  await db.transaction('r', tables, async () => {
    const sizes = await Promise.all(tables.map((table) => table.count()));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    let done = 0;
    onProgress?.(0, total);
    for (const [index, name] of BACKUP_TABLES.entries()) {
      const table = tables[index]!;
      builder.beginTable(name);
      let page = await table.orderBy(':id').limit(PAGE_SIZE).toArray();
      while (page.length > 0) {
        builder.add(page);
        done += page.length;
        onProgress?.(done, total);
        if (page.length < PAGE_SIZE) break;
        page = await table
          .where(':id')
          .above(page[page.length - 1]!.id)
          .limit(PAGE_SIZE)
          .toArray();
      }
    }
  });
  return finishBackup(builder, {
    schemaVersion: db.verno,
    appVersion: __APP_VERSION__,
    deviceId: device.id,
    createdAt: new Date().toISOString(),
    reason,
  });
}

/** The newest change anywhere, read through the updatedAt indexes: cheap enough to ask every hour. */
export async function latestChange(): Promise<string> {
  const stamps = await Promise.all(
    BACKUP_TABLES.map(async (name) => {
      if (name === 'settings') return (await db.settings.get('organisation'))?.updatedAt ?? '';
      const last = (await db.table(name).orderBy('updatedAt').last()) as AnyRecord | undefined;
      return last?.updatedAt ?? '';
    }),
  );
  return stamps.reduce((max, stamp) => (stamp > max ? stamp : max), '');
}

/** Whether there is anything worth backing up automatically (an empty copy must not rotate out real backups). */
export async function hasRecords(): Promise<boolean> {
  const counts = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).limit(1).count()));
  return counts.some((count) => count > 0);
}
