// What `npm run bench` calls inside the page: load the state dataset, time the app's own reads and
// writes (an edit, a backup, a restore) and the bare-IndexedDB anchors beside them. Bench-only.
import { BACKUP_TABLES } from '@shared/backupFiles';
import { CoordinatorDb, db } from '../../db/database';
import { activeDatabaseName } from '../../db/databasePointer';
import { dropOldDatabases } from '../../db/databaseSwitch';
import { loadStateDataset } from '../../db/loadStateDataset';
import { makeBackup } from '../../db/backupExport';
import { replaceAllRecords } from '../../db/backupRestore';
import { rebuildMonthlyStats } from '../../db/monthlyStats';
import { recordHeld } from '../../db/meetings';
import { loadReport } from '../../db/report';
import { backUpNow, openBackupBytes } from '../backup/backupService';
import { bucketOf, monthBounds } from '../../domain/monthlyStats';
import { packMonthRecords } from '../../domain/monthRecordsPacking';
import { monthOf } from '../../domain/dates';
import { rawBulkInsert, rawGetAll, rawMonth, rawStrictPuts, rawStrictWrite, type Timed } from './rawIdb';

let lastBackup: Uint8Array<ArrayBuffer> | null = null;

const since = (start: number): number => performance.now() - start;

async function loadDataset(seed?: number) {
  const start = performance.now();
  let reported = -1;
  const loaded = await loadStateDataset({
    ...(seed === undefined ? {} : { seed }),
    onProgress: ({ done, total }) => {
      const tenth = Math.floor((done / Math.max(1, total)) * 10);
      if (tenth === reported) return;
      reported = tenth;
      console.info(`[bench] loading the dataset: ${done} of about ${total} records`);
    },
  });
  return { ms: since(start), ...loaded };
}

async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    [...BACKUP_TABLES, 'monthlyStats'].map(async (name) => [name, await db.table(name).count()] as const),
  );
  return Object.fromEntries(entries);
}

/** The meeting the edit re-records: the first held one of the month. */
async function editTarget(month: string) {
  const { first, last } = monthBounds(month);
  const meeting = await db.meetings
    .where('date')
    .between(first, last, true, true)
    .filter((m) => m.outcome === 'held' && m.deletedAt === null)
    .first();
  if (!meeting) throw new Error(`No held meeting in ${month} to edit`);
  return meeting;
}

/** Re-records one held meeting of the month (attendance up by one): a named write, like the form's. */
async function editOnce(month: string): Promise<Timed> {
  const meeting = await editTarget(month);
  const ref = { scheduleId: meeting.scheduleId, groupId: meeting.groupId, originalDate: meeting.originalDate };
  const fields = {
    attendance: ((meeting.attendance ?? 0) % 20) + 1,
    firstTime: 0,
    facilitatorsPresent: meeting.facilitatorsPresent,
    notes: meeting.notes,
  };
  const start = performance.now();
  await recordHeld(ref, fields);
  return { ms: since(start), records: 1 };
}

/**
 * The edit's own writes alone: the same meeting's record and its month's two aggregate rows, put back
 * unchanged with bare IndexedDB in one strict transaction. The floor for an edit whose aggregates are
 * written in the same transaction as the record.
 */
async function rawEditWrites(month: string): Promise<Timed> {
  const meeting = await editTarget(month);
  const [stats, records] = await Promise.all([
    db.monthlyStats.get(monthOf(meeting.date)),
    db.monthRecords.get([monthOf(meeting.date), bucketOf(meeting.groupId)]),
  ]);
  if (!stats || !records) throw new Error(`No aggregate rows for ${month}`);
  return rawStrictPuts(db.name, [
    { store: 'meetings', value: meeting },
    { store: 'monthlyStats', value: stats },
    // As stored: packed (monthRecordsCodec.ts unpacks it for Dexie's readers).
    { store: 'monthRecords', value: packMonthRecords(records) },
  ]);
}

/**
 * A month's report computed as the report screen, the printed report and the CSV get it (every read and
 * sum, the 12-month chart included), without drawing it: the first of the page apart from the one the
 * app makes at start-up.
 */
async function computeReport(month: string): Promise<Timed> {
  const start = performance.now();
  const data = await loadReport({ from: month, to: month, affiliateId: null });
  return { ms: since(start), records: data.report.rows.length };
}

async function exportBackup() {
  const start = performance.now();
  const { bytes, header } = await makeBackup('manual');
  const ms = since(start);
  lastBackup = bytes;
  return { ms, bytes: bytes.byteLength, records: Object.values(header.counts).reduce((a, b) => a + b, 0) };
}

function backupBytes(): Uint8Array<ArrayBuffer> {
  if (!lastBackup) throw new Error('Export a backup first');
  return lastBackup;
}

/**
 * The whole restore as the app does it: open the file (the checks the review waits for), then, as after
 * the coordinator confirms, write a new database (each stretch of records checked as it goes, then the
 * monthly aggregates), switch, and open the new database as the reloaded app does. The safety backup
 * before it is left out. The page must be reloaded afterwards: the database it had open is closed.
 */
async function restoreBackup() {
  const bytes = backupBytes();
  const start = performance.now();
  const { backup } = await openBackupBytes(bytes, 'the bench');
  const validated = performance.now();
  let rebuilding = Number.NaN;
  await replaceAllRecords(backup, { onRebuild: () => (rebuilding = performance.now()) });
  const written = performance.now();
  const reopened = new CoordinatorDb(activeDatabaseName());
  await reopened.settings.get('organisation');
  reopened.close();
  const end = performance.now();
  return {
    ms: end - start,
    validateMs: validated - start,
    replaceMs: (Number.isNaN(rebuilding) ? written : rebuilding) - validated,
    rebuildMs: Number.isNaN(rebuilding) ? 0 : written - rebuilding,
    switchMs: end - written,
    records: Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0),
  };
}

/** Hands the last export to the bench as a download, for the anchors on the second origin. */
function downloadBackup(): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([backupBytes()], { type: 'application/json' }));
  link.download = 'bench-backup.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** On the second origin: takes the backup the bench saved beside the pages. */
async function fetchBackup(path: string): Promise<Timed> {
  const start = performance.now();
  lastBackup = new Uint8Array(await (await fetch(path, { cache: 'no-store' })).arrayBuffer());
  return { ms: since(start), records: 0 };
}

async function rebuildStats(): Promise<Timed> {
  const start = performance.now();
  await rebuildMonthlyStats();
  return { ms: since(start), records: await db.monthlyStats.count() };
}

/** The restore's floor: the backup's records added with bare IndexedDB into a scratch copy of the schema. */
async function rawBulkInsertOfBackup(overExisting = false, putOver = false): Promise<Timed> {
  const document = JSON.parse(new TextDecoder().decode(backupBytes())) as { tables: Record<string, unknown[]> };
  await db.open();
  return rawBulkInsert(db.backendDB(), document.tables, { overExisting, putOver });
}

/**
 * Writes a backup the way "Back up now" does, untimed, so the app's automatic backup shortly after the
 * next start finds nothing new and stays out of the way of what is being timed.
 */
async function settleBackups(): Promise<Timed> {
  const start = performance.now();
  await backUpNow();
  return { ms: since(start), records: 0 };
}

export function installBenchApi(): void {
  window.__bench = {
    loadDataset,
    counts,
    editOnce,
    rawEditWrites,
    computeReport,
    exportBackup,
    restoreBackup,
    rawBulkInsertOfBackup,
    rebuildStats,
    settleBackups,
    downloadBackup,
    fetchBackup,
    dropOldDatabases,
    rawGetAll: (stores: string[]) => rawGetAll(db.name, stores),
    rawMonth: (month: string) => rawMonth(db.name, 'meetings', month),
    rawStrictWrite: () => rawStrictWrite({ id: crypto.randomUUID(), note: 'a meeting-sized record '.repeat(12) }),
    probeHome: () => import('./probeHome').then((m) => m.probeHome()),
    probeReport: (month: string) => import('./probeReport').then((m) => m.probeReport(month)),
    recordTables: () => BACKUP_TABLES.filter((name) => name !== 'settings'),
  };
}

export interface BenchApi {
  loadDataset: typeof loadDataset;
  counts: typeof counts;
  editOnce: typeof editOnce;
  rawEditWrites: typeof rawEditWrites;
  computeReport: typeof computeReport;
  exportBackup: typeof exportBackup;
  restoreBackup: typeof restoreBackup;
  rawBulkInsertOfBackup: typeof rawBulkInsertOfBackup;
  rebuildStats: typeof rebuildStats;
  settleBackups: typeof settleBackups;
  downloadBackup: typeof downloadBackup;
  fetchBackup: typeof fetchBackup;
  dropOldDatabases: typeof dropOldDatabases;
  rawGetAll: (stores: string[]) => Promise<Timed>;
  rawMonth: (month: string) => Promise<Timed>;
  rawStrictWrite: () => Promise<Timed>;
  recordTables: () => string[];
  probeHome: () => Promise<Record<string, string>>;
  probeReport: (month: string) => Promise<Record<string, string>>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}
