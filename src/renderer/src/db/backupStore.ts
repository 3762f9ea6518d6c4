// The browser mode's backups folder: a separate IndexedDB database (never the app's own), rotated
// like main's folder. Entries hold the header for the list; files hold the bytes, read only on demand.
import Dexie, { type Table } from 'dexie';
import {
  HEADER_PROBE_BYTES,
  backupFileName,
  headerFromPrefix,
  type BackupEntry,
  type BackupReason,
} from '@shared/backupFiles';
import { backupsToRemove, rotatesOnWrite } from '@shared/backupRotation';

export const BACKUP_STORE_NAME = 'connection-coordinator-backups';

interface StoredFile {
  fileName: string;
  data: Uint8Array;
}

export class NotABackupError extends Error {
  constructor() {
    super('That is not a backup made by Connection Coordinator, so it was not kept.');
    this.name = 'NotABackupError';
  }
}

export class BackupStoreDb extends Dexie {
  entries!: Table<BackupEntry, string>;
  files!: Table<StoredFile, string>;

  constructor(name = BACKUP_STORE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ entries: 'fileName, createdAt', files: 'fileName' });
  }
}

let shared: BackupStoreDb | undefined;
const store = (): BackupStoreDb => (shared ??= new BackupStoreDb());

export async function storeBackup(reason: BackupReason, data: Uint8Array, now = new Date()): Promise<BackupEntry> {
  const header = headerFromPrefix(new TextDecoder().decode(data.subarray(0, HEADER_PROBE_BYTES)));
  if (!header || header.reason !== reason) throw new NotABackupError();
  const db = store();
  return db.transaction('rw', db.entries, db.files, async () => {
    let at = now;
    while (await db.entries.get(backupFileName(at, reason))) at = new Date(at.getTime() + 1);
    const entry: BackupEntry = {
      fileName: backupFileName(at, reason),
      createdAt: at.toISOString(),
      reason,
      sizeBytes: data.byteLength,
      header,
    };
    await db.entries.add(entry);
    await db.files.add({ fileName: entry.fileName, data });
    if (!rotatesOnWrite(reason)) return entry;
    const all = await db.entries.toArray();
    const remove = backupsToRemove(
      all.map((item) => ({ key: item.fileName, time: Date.parse(item.createdAt), pinned: item.reason === 'safety' })),
      { now: at.getTime() },
    );
    await db.entries.bulkDelete(remove);
    await db.files.bulkDelete(remove);
    return entry;
  });
}

export async function listStoredBackups(): Promise<BackupEntry[]> {
  return (await store().entries.orderBy('createdAt').reverse().toArray()) as BackupEntry[];
}

export async function readStoredBackup(fileName: string): Promise<Uint8Array | undefined> {
  return (await store().files.get(fileName))?.data;
}

/** For tests: start from an empty store. */
export async function deleteBackupStore(): Promise<void> {
  shared?.close();
  shared = undefined;
  await Dexie.delete(BACKUP_STORE_NAME);
}
