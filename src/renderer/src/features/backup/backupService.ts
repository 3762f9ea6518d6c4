// The steps behind every backup action, through the platform (main's folder, or the browser's store).
// One backup or restore runs at a time, so an hourly backup never reads a half-restored database.
import { MAX_BACKUP_BYTES, type BackupEntry, type BackupReason } from '@shared/backupFiles';
import type { SaveResult } from '@shared/api';
import { platform } from '../../platform';
import { RECORD_SCHEMA_VERSION } from '../../db/database';
import { hasRecords, lastWriteAt, latestChange, makeBackup } from '../../db/backupExport';
import { currentSummary, replaceAllRecords, withRestoreNote, type LastRestore } from '../../db/backupRestore';
import type { LocalEntries } from '../../db/databaseSwitch';
import { getDevice } from '../../db/device';
import { whileRestoring } from '../../db/restoreBarrier';
import { summarize, type BackupSummary, type CheckedBackup } from '../../domain/backupDocument';
import { BackupRefusal, checkBackup } from '../../domain/backupValidate';
import { isPassphraseProtected, lockWithPassphrase, unlockWithPassphrase } from '../../domain/backupCrypto';
import { todayIso } from '../../domain/dates';

export type Phase = 'backup' | 'read' | 'check' | 'restore' | 'rebuild';
export interface ProgressState {
  phase: Phase;
  done: number;
  total: number;
}
export type OnProgress = (progress: ProgressState) => void;

let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
}

const phase = (name: Phase, onProgress?: OnProgress) => (done: number, total: number) =>
  onProgress?.({ phase: name, done, total });

async function writeBackup(reason: BackupReason, onProgress?: OnProgress): Promise<BackupEntry> {
  const { bytes } = await makeBackup(reason, phase('backup', onProgress));
  return platform.writeBackup({ reason, data: bytes });
}

/** "Back up now". */
export function backUpNow(onProgress?: OnProgress): Promise<BackupEntry> {
  return oneAtATime(() => writeBackup('manual', onProgress));
}

/**
 * An automatic backup, skipped when nothing changed since the newest one, and for an empty copy:
 * an empty copy must never push the coordinator's real backups out of the rotation. Records combined
 * from another coordinator keep their older stamps, so a combine since the newest backup counts as a
 * change too (at the same millisecond as well: a backup too many is better than one too few).
 */
export function automaticBackup(reason: 'start' | 'hourly' | 'quit'): Promise<BackupEntry | null> {
  return oneAtATime(async () => {
    if (!(await hasRecords())) return null;
    const [newest] = (await platform.listBackups()).backups.filter((entry) => entry.header);
    if (
      newest?.header &&
      newest.header.latestChange === (await latestChange()) &&
      (await lastWriteAt()) < newest.header.createdAt
    ) {
      return null;
    }
    return writeBackup(reason);
  });
}

export class PassphraseNeeded extends Error {
  constructor() {
    super('This file is protected with a passphrase. Type it to open the file.');
    this.name = 'PassphraseNeeded';
  }
}

/** "Save a copy as…": a backup file placed where the coordinator chooses, locked if they ask. */
export function saveCopy(passphrase: string | null, onProgress?: OnProgress): Promise<SaveResult> {
  return oneAtATime(async () => {
    const { bytes } = await makeBackup('manual', phase('backup', onProgress));
    const locked = passphrase ? await lockWithPassphrase(bytes, passphrase) : null;
    const day = todayIso();
    return platform.saveFile({
      title: 'Save a copy of your records',
      suggestedName: locked ? `connection-coordinator-${day}.ccbackup` : `connection-coordinator-${day}.json`,
      filters: [
        locked
          ? { name: 'Connection Coordinator backup with a passphrase', extensions: ['ccbackup'] }
          : { name: 'Connection Coordinator backup', extensions: ['json'] },
      ],
      data: locked ?? bytes,
    });
  });
}

export interface OpenedBackup {
  /** the file checked whole; its records are checked one by one as the restore writes them */
  backup: CheckedBackup;
  summary: BackupSummary;
  /** where it came from, in words: "a backup kept on this computer", "the file …" */
  source: string;
}

/**
 * Unlocks (when protected) and checks the file (format, version, checksum, every table there) for the
 * review; throws PassphraseNeeded, WrongPassphraseError or BackupRefusal. The records themselves are
 * checked as the restore writes them, so the coordinator waits for that once.
 */
export async function openBackupBytes(
  bytes: Uint8Array,
  source: string,
  passphrase?: string,
  onProgress?: OnProgress,
): Promise<OpenedBackup> {
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new BackupRefusal('too-large');
  let plain = bytes;
  if (isPassphraseProtected(bytes)) {
    if (!passphrase) throw new PassphraseNeeded();
    onProgress?.({ phase: 'read', done: 0, total: 0 });
    plain = await unlockWithPassphrase(bytes, passphrase);
  }
  onProgress?.({ phase: 'check', done: 0, total: 0 });
  const backup = await checkBackup(plain, { schemaVersion: RECORD_SCHEMA_VERSION });
  return { backup, summary: summarize(backup.tables), source };
}

export async function openListedBackup(fileName: string, onProgress?: OnProgress): Promise<OpenedBackup> {
  onProgress?.({ phase: 'read', done: 0, total: 0 });
  const file = await platform.readBackup({ fileName });
  return openBackupBytes(file.data, 'a backup kept on this computer', undefined, onProgress);
}

export async function openChosenFile(file: Blob & { name: string }, passphrase?: string, onProgress?: OnProgress) {
  // Refused before reading: a huge file must not fill the memory of a small laptop.
  if (file.size > MAX_BACKUP_BYTES) throw new BackupRefusal('too-large');
  onProgress?.({ phase: 'read', done: 0, total: 0 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return openBackupBytes(bytes, `the file ${file.name}`, passphrase, onProgress);
}

export interface RestoreOutcome {
  /** the snapshot taken just before, which "Undo restore" brings back */
  safety: BackupEntry;
}

/** What the Backup screen says about a restore after the app reloads (the safety file is added here). */
export type RestoreNote = Omit<LastRestore, 'safetyFileName' | 'restoredAt'>;

export interface RestoreExtras {
  note?: RestoreNote;
  /** this copy's local entries as the restored database should hold them (undoing a merge) */
  local?: LocalEntries;
}

/**
 * Snapshots what is there now, then restores the backup into a new database (with the note of this
 * restore, for "Undo restore") and switches to it. The app must reload next: until then the database in
 * use is closed. A record that fails its check refuses the backup (BackupRefusal) and changes nothing.
 * From before the snapshot to the switch, every window's writes are refused (RestoreRunningError): a
 * change saved meanwhile would be in neither the snapshot nor the restored records.
 */
export function restoreBackup(
  backup: CheckedBackup,
  onProgress?: OnProgress,
  { note, local }: RestoreExtras = {},
): Promise<RestoreOutcome> {
  return oneAtATime(async () => {
    // The safety backup names this copy: a copy that never wrote anything makes its device record now.
    await getDevice();
    return whileRestoring(async () => {
      const safety = await writeBackup('safety', onProgress);
      const restoredAt = new Date().toISOString();
      await replaceAllRecords(backup, {
        onProgress: phase('restore', onProgress),
        onRebuild: () => onProgress?.({ phase: 'rebuild', done: 0, total: 0 }),
        ...(note
          ? { local: withRestoreNote({ ...note, safetyFileName: safety.fileName, restoredAt }, local) }
          : local
            ? { local }
            : {}),
      });
      return { safety };
    });
  });
}

/** "Undo restore": brings back the snapshot taken before the restore (itself snapshotted first). */
export async function undoRestore(
  safetyFileName: string,
  onProgress?: OnProgress,
  extras: RestoreExtras = {},
): Promise<RestoreOutcome> {
  const opened = await openListedBackup(safetyFileName, onProgress);
  return restoreBackup(opened.backup, onProgress, extras);
}

/** What is in the app now, beside a backup under review; the newest backup's counts when still current. */
export async function summaryNow(): Promise<BackupSummary> {
  const newest = (await platform.listBackups()).backups.find((entry) => entry.header)?.header ?? null;
  return currentSummary(newest);
}

/** Saves one of the kept backups where the coordinator chooses (in the browser mode: a download). */
export async function saveListedCopy(fileName: string): Promise<SaveResult> {
  const file = await platform.readBackup({ fileName });
  return platform.saveFile({
    title: 'Save a copy of this backup',
    suggestedName: fileName,
    filters: [{ name: 'Connection Coordinator backup', extensions: ['json'] }],
    data: file.data as Uint8Array<ArrayBuffer>,
  });
}
