// Reads the whole database into a backup document inside one read transaction, so the backup is a
// consistent snapshot even if the coordinator keeps working. It is the one read of every record that
// is meant to be: a backup must hold everything.
import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupHeader, type BackupReason } from '@shared/backupFiles';
import { TablesTextBuilder, finishBackup } from '../domain/backupDocument';
import { db } from './database';
import { getDevice } from './device';

declare const __APP_VERSION__: string;

/** The page size of the writes and reads that go a page at a time (restore, exchange). */
export const PAGE_SIZE = 2000;
/**
 * The backup's pages are larger: each is one request, and while the next is read this thread turns
 * the last into text. 10,000 records of a state office are about 6 MB of text.
 */
export const EXPORT_PAGE_SIZE = 10_000;

export interface MadeBackup {
  header: BackupHeader;
  bytes: Uint8Array<ArrayBuffer>;
}

type AnyRecord = { id: string; updatedAt: string; deletedAt: string | null };

/**
 * The whole database as a backup file. Progress counts the records written so far; the total is
 * only known at the end (counting first would read every table twice), so it comes with the last call.
 */
export async function makeBackup(
  reason: BackupReason,
  onProgress?: (done: number, total: number) => void,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<MadeBackup> {
  const device = await getDevice();
  const tables = BACKUP_TABLES.map((name) => db.table(name) as Table<AnyRecord, string>);
  const builder = new TablesTextBuilder();
  let done = 0;
  onProgress?.(0, 0);
  await db.transaction('r', tables, async () => {
    const pageAfter = (table: Table<AnyRecord, string>, last: AnyRecord | undefined) =>
      (last ? table.where(':id').above(last.id) : table.orderBy(':id')).limit(pageSize).toArray();
    // Every table's first page is asked for at once, and each next page before the last one is
    // written: IndexedDB reads while this thread writes text.
    const firstPages = tables.map((table) => pageAfter(table, undefined));
    // Only awaited in turn: a failed read would otherwise also be reported as unhandled.
    for (const page of firstPages) page.catch(() => undefined);
    for (const [index, name] of BACKUP_TABLES.entries()) {
      const table = tables[index]!;
      builder.beginTable(name);
      let next: Promise<AnyRecord[]> | null = firstPages[index]!;
      while (next) {
        const page: AnyRecord[] = await next;
        next = page.length === pageSize ? pageAfter(table, page.at(-1)) : null;
        builder.add(page);
        done += page.length;
        onProgress?.(done, 0);
      }
    }
  });
  onProgress?.(done, done);
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
  // One key from each table: Dexie's limit(1).count() would count every record and then cap the number.
  const firsts = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).limit(1).primaryKeys()));
  return firsts.some((keys) => keys.length > 0);
}
