// Reads the whole database into a backup document inside one read transaction, so the backup is a
// consistent snapshot even if the coordinator keeps working. It is the one read of every record that
// is meant to be: a backup must hold everything.
import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupHeader, type BackupReason } from '@shared/backupFiles';
import { TablesTextBuilder, finishBackup } from '../domain/backupDocument';
import { db, RECORD_SCHEMA_VERSION } from './database';
import { getDevice } from './device';

declare const __APP_VERSION__: string;

/** The page size of the writes and reads that go a page at a time (restore, exchange). */
export const PAGE_SIZE = 2000;
/**
 * A backup reads each table as 16 ranges of ids, split by their first character. Ids are random
 * UUIDs, so a range holds about a sixteenth of a table (4,800 meetings of a state office); any other
 * id still falls in exactly one range, so the ranges in turn are the whole table in id order.
 */
const RANGE_STARTS = [...'123456789abcdef'];

export interface MadeBackup {
  header: BackupHeader;
  bytes: Uint8Array<ArrayBuffer>;
}

type AnyRecord = { id: string; updatedAt: string; deletedAt: string | null };

/** Every record of a table, as reads of consecutive ranges of its ids, all asked for at once. */
function readInRanges(table: Table<AnyRecord, string>): Promise<AnyRecord[]>[] {
  const ids = () => table.where(':id');
  return [
    ids().below(RANGE_STARTS[0]!),
    ...RANGE_STARTS.slice(1).map((upper, index) => ids().between(RANGE_STARTS[index]!, upper, true, false)),
    ids().aboveOrEqual(RANGE_STARTS.at(-1)!),
  ].map((range) => range.toArray());
}

/**
 * The whole database as a backup file. Progress counts the records written so far; the total is
 * only known at the end (counting first would read every table twice), so it comes with the last call.
 */
export async function makeBackup(
  reason: BackupReason,
  onProgress?: (done: number, total: number) => void,
): Promise<MadeBackup> {
  const device = await getDevice();
  const tables = BACKUP_TABLES.map((name) => db.table(name) as Table<AnyRecord, string>);
  const builder = new TablesTextBuilder();
  let done = 0;
  onProgress?.(0, 0);
  await db.transaction('r', tables, async () => {
    // Every read is asked for before the first is written out: IndexedDB reads on, never waiting for
    // this thread, while this thread turns the records it has into text.
    const reads = tables.map(readInRanges);
    // Awaited in turn below; a failed read would otherwise also be reported as unhandled.
    for (const read of reads.flat()) read.catch(() => undefined);
    for (const [index, name] of BACKUP_TABLES.entries()) {
      builder.beginTable(name);
      for (const read of reads[index]!) {
        const records = await read;
        builder.add(records);
        done += records.length;
        onProgress?.(done, 0);
      }
    }
  });
  onProgress?.(done, done);
  return finishBackup(builder, {
    schemaVersion: RECORD_SCHEMA_VERSION,
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

/**
 * When records were last written with stamps older than the write: combining another coordinator's
 * records keeps their own updatedAt, which latestChange() may never see. Kept in `local`.
 */
const LAST_WRITE_KEY = 'lastWriteAt';

/** Notes such a write, inside the caller's transaction over `local`. */
export async function noteWrite(stamp: string): Promise<void> {
  await db.local.put({ key: LAST_WRITE_KEY, value: stamp });
}

/** The last write noted by noteWrite, '' when none. */
export async function lastWriteAt(): Promise<string> {
  const value = (await db.local.get(LAST_WRITE_KEY))?.value;
  return typeof value === 'string' ? value : '';
}

/** Whether there is anything worth backing up automatically (an empty copy must not rotate out real backups). */
export async function hasRecords(): Promise<boolean> {
  // One key from each table: Dexie's limit(1).count() would count every record and then cap the number.
  const firsts = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).limit(1).primaryKeys()));
  return firsts.some((keys) => keys.length > 0);
}
