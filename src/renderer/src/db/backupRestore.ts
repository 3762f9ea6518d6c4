// Restores a backup into a new database, in small transactions, then switches to it (the caller reloads
// the app): until the switch the records in use are untouched, and a failure on the way deletes the new
// database and changes nothing. Each stretch of records is checked just before it is written, while the
// browser writes the ones before it: a record that fails refuses the whole backup, as if it had been
// checked first. The monthly aggregates are counted from the checked records; this copy's local entries
// (device id and name, exchange state) go along, but for meeting versions a merge set aside whose record
// the backup brings back into view.
import type { Collection, Table } from 'dexie';
import { z } from 'zod';
import { BACKUP_TABLES, type BackupTable } from '@shared/backupFiles';
import type { BackupSummary, CheckedBackup } from '../domain/backupDocument';
import { RecordCheck } from '../domain/backupValidate';
import { db } from './database';
import { latestChange } from './backupExport';
import { BATCH_RECORDS, BatchWriter, jsonSize } from './databaseBatches';
import { buildNewDatabase, switchToDatabase, type LocalEntries } from './databaseSwitch';
import { aggregatesFor } from './monthlyStats';
import { withoutHiddenShown } from './exchangeState';

type AnyRecord = { id: string; deletedAt: string | null; date?: string };

/**
 * Transactions queued beyond the one being written (a few seconds of writing): the page checks the next
 * records meanwhile, and counts the monthly aggregates while the last records are still written.
 */
const IN_FLIGHT = 8;

export interface RestoreOptions {
  onProgress?: (done: number, total: number) => void;
  /** called when the records are written and the monthly aggregates come next */
  onRebuild?: () => void;
  /** what the new database's local table holds (this copy's entries, with the restore's own note) */
  local?: LocalEntries;
}

/**
 * Checks the backup's records and writes them into a new database, then the monthly aggregates; returns
 * its name. Nothing in use changes. Throws a BackupRefusal (the new database deleted) when a record fails.
 */
export async function restoreIntoNewDatabase(backup: CheckedBackup, options: RestoreOptions = {}): Promise<string> {
  const total = BACKUP_TABLES.reduce((sum, name) => sum + backup.tables[name].length, 0);
  // A meeting version set aside by a merge whose record the backup brings back stays behind.
  const restoredMeetings = new Set<string>();
  const local: LocalEntries = (copied) =>
    withoutHiddenShown(restoredMeetings)(options.local ? options.local(copied) : copied);
  return buildNewDatabase({ by: 'restore', local }, async (target) => {
    let done = 0;
    const records = new Set<string>(BACKUP_TABLES);
    const writer = new BatchWriter(
      target,
      (table, count) => {
        if (!records.has(table)) return;
        done += count;
        options.onProgress?.(done, total);
        if (done === total) options.onRebuild?.();
      },
      IN_FLIGHT,
    );
    options.onProgress?.(0, total);
    if (total === 0) options.onRebuild?.();
    const check = new RecordCheck();
    for (const name of BACKUP_TABLES) {
      const rows = backup.tables[name];
      for (let start = 0; start < rows.length; start += BATCH_RECORDS) {
        const passed = check.check(name, rows, start, start + BATCH_RECORDS);
        // After a failure the rest is only checked, for the refusal's details: the database goes anyway.
        if (!check.failed) await writer.add<unknown>(name, passed, { sizeOf: jsonSize });
      }
    }
    const valid = check.finish();
    for (const meeting of valid.meetings) restoredMeetings.add(meeting.id);
    // One table or several (the aggregates' layout is monthlyStats.ts's to choose), queued behind the
    // last records.
    for (const { table, rows } of [aggregatesFor({ meetings: valid.meetings, schedules: valid.schedules })].flat()) {
      await writer.add<unknown>(table, rows, { sizeOf: jsonSize });
    }
    await writer.flush();
  });
}

/**
 * Replaces every backed-up table with the backup: fills a new database, then switches to it and closes
 * the one in use. The app must reload next (the `db` singleton still names the old one). Returns the
 * new database's name.
 */
export async function replaceAllRecords(backup: CheckedBackup, options: RestoreOptions = {}): Promise<string> {
  const name = await restoreIntoNewDatabase(backup, options);
  switchToDatabase(name);
  return name;
}

/** The counts a backup's header keeps, and the newest change they include. */
export interface KnownCounts {
  latestChange: string;
  counts: Record<string, number>;
}

/**
 * What is in the app now, counted the way a backup's summary is (records that are not deleted), without
 * reading whole tables: a table with a deletedAt index (deleted records only: null is not indexed) is
 * counted by keys alone; otherwise the caller's counts from the newest backup are used when nothing has
 * changed since it was written. Only when neither is there are the tables walked.
 */
export async function currentSummary(known?: KnownCounts | null): Promise<BackupSummary> {
  const tables = BACKUP_TABLES.map((name) => db.table(name) as Table<AnyRecord, string>);
  const byIndex = tables.every((table) => table.schema.idxByName['deletedAt'] !== undefined);
  const fromKnown =
    !byIndex &&
    known !== undefined &&
    known !== null &&
    BACKUP_TABLES.every((name) => typeof known.counts[name] === 'number') &&
    known.latestChange === (await latestChange());
  const counts = {} as Record<BackupTable, number>;
  if (fromKnown) {
    for (const name of BACKUP_TABLES) counts[name] = known.counts[name]!;
  } else {
    await db.transaction('r', tables, async () => {
      const live = await Promise.all(tables.map((table) => liveCount(table, byIndex)));
      for (const [index, name] of BACKUP_TABLES.entries()) counts[name] = live[index]!;
    });
  }
  const edges = await Promise.all([
    firstLive(db.meetings.orderBy('date')),
    firstLive(db.meetings.orderBy('date').reverse()),
    firstLive(db.donations.orderBy('date')),
    firstLive(db.donations.orderBy('date').reverse()),
  ]);
  const dates = edges.filter((date): date is string => date !== undefined).sort();
  return { counts, dateRange: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null };
}

async function liveCount(table: Table<AnyRecord, string>, byIndex: boolean): Promise<number> {
  if (!byIndex) return table.filter((record) => record.deletedAt === null).count();
  const [all, deleted] = await Promise.all([table.count(), table.orderBy('deletedAt').count()]);
  return all - deleted;
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

/** Adds the note of a restore to the new database's local entries (written before the switch). */
export const withRestoreNote =
  (restore: LastRestore, then: LocalEntries = (copied) => copied): LocalEntries =>
  (copied) => [
    ...then(copied).filter((entry) => entry.key !== LAST_RESTORE_KEY),
    { key: LAST_RESTORE_KEY, value: restore },
  ];

export async function getLastRestore(): Promise<LastRestore | null> {
  const parsed = lastRestoreSchema.safeParse((await db.local.get(LAST_RESTORE_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function forgetRestore(): Promise<void> {
  await db.local.delete(LAST_RESTORE_KEY);
}
