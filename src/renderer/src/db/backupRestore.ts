// Replaces every backed-up table with a validated backup, in one transaction (all or nothing), 2,000
// records per write so the page keeps drawing its progress. The monthly aggregates are rebuilt from the
// restored meetings in the same transaction; the local table (this copy's device id) is never touched.
import type { Collection, Table } from 'dexie';
import { z } from 'zod';
import { BACKUP_TABLES, type BackupTable } from '@shared/backupFiles';
import type { BackupSummary, ValidBackup } from '../domain/backupDocument';
import { db } from './database';
import { PAGE_SIZE } from './backupExport';
import { rebuildMonthlyStats } from './monthlyStats';

type AnyRecord = { id: string; deletedAt: string | null; date?: string };

export async function replaceAllRecords(
  backup: ValidBackup,
  onProgress?: (done: number, total: number) => void,
  onRebuild?: () => void,
): Promise<void> {
  const tables = BACKUP_TABLES.map((name) => db.table(name) as Table<AnyRecord, string>);
  const total = BACKUP_TABLES.reduce((sum, name) => sum + backup.tables[name].length, 0);
  await db.transaction('rw', [...tables, db.monthlyStats], async () => {
    for (const table of tables) await table.clear();
    await db.monthlyStats.clear();
    let done = 0;
    onProgress?.(0, total);
    for (const [index, name] of BACKUP_TABLES.entries()) {
      const records = backup.tables[name] as AnyRecord[];
      for (let start = 0; start < records.length; start += PAGE_SIZE) {
        const page = records.slice(start, start + PAGE_SIZE);
        await tables[index]!.bulkAdd(page);
        done += page.length;
        onProgress?.(done, total);
      }
    }
    onRebuild?.();
    await rebuildMonthlyStats();
  });
}

/** What is in the app now, counted the way a backup's summary is: records that are not deleted. */
export async function currentSummary(): Promise<BackupSummary> {
  const counts = {} as Record<BackupTable, number>;
  await db.transaction('r', BACKUP_TABLES, async () => {
    for (const name of BACKUP_TABLES) {
      counts[name] = await (db.table(name) as Table<AnyRecord, string>)
        .filter((record) => record.deletedAt === null)
        .count();
    }
  });
  const edges = await Promise.all([
    firstLive(db.meetings.orderBy('date')),
    firstLive(db.meetings.orderBy('date').reverse()),
    firstLive(db.donations.orderBy('date')),
    firstLive(db.donations.orderBy('date').reverse()),
  ]);
  const dates = edges.filter((date): date is string => date !== undefined).sort();
  return { counts, dateRange: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null };
}

type Dated = { deletedAt: string | null; date: string };
const firstLive = async (collection: Collection<Dated, string>): Promise<string | undefined> =>
  (await collection.filter((record) => record.deletedAt === null).first())?.date;

const lastRestoreSchema = z.object({
  safetyFileName: z.string(),
  restoredAt: z.string(),
  source: z.string(),
  madeAt: z.string(),
  counts: z.record(z.string(), z.number()),
  undone: z.boolean(),
});
/** The last restore on this copy, so "Undo restore" is still offered after moving between screens. */
export type LastRestore = z.infer<typeof lastRestoreSchema>;
const LAST_RESTORE_KEY = 'lastRestore';

export async function rememberRestore(restore: LastRestore): Promise<void> {
  await db.local.put({ key: LAST_RESTORE_KEY, value: restore });
}

export async function getLastRestore(): Promise<LastRestore | null> {
  const parsed = lastRestoreSchema.safeParse((await db.local.get(LAST_RESTORE_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function forgetRestore(): Promise<void> {
  await db.local.delete(LAST_RESTORE_KEY);
}
