// The backups folder inside the data folder: backups are written atomically under names main chooses,
// listed by the header at the start of each file, read back by their listed name only, and rotated.
import { promises as nodeFs } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  HEADER_PROBE_BYTES,
  MAX_BACKUP_BYTES,
  backupFileName,
  headerFromPrefix,
  parseBackupFileName,
  type BackupEntry,
  type BackupReason,
} from '@shared/backupFiles';
import { backupsToRemove, rotatesOnWrite } from '@shared/backupRotation';
import { writeFileAtomic } from './atomicWrite';
import { MainError } from './errors';

export const BACKUPS_FOLDER_NAME = 'backups';
/** A temp file this old was left by a crash mid-write; nothing will ever finish it. */
const STALE_TEMP_MS = 60 * 60 * 1000;
const TEMP_PATTERN = /^\.backup-.+\.tmp$/;

export interface BackupFolderDeps {
  now?: () => Date;
  fs?: Pick<typeof nodeFs, 'mkdir' | 'readdir' | 'lstat' | 'open' | 'readFile' | 'unlink'>;
  write?: (target: string, data: Uint8Array) => Promise<void>;
  /** where rotation problems go: they never cost the backup just written */
  warn?: (message: string, error: unknown) => void;
}

const errnoOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;

export function createBackupFolder(folder: string, deps: BackupFolderDeps = {}) {
  const fs = deps.fs ?? nodeFs;
  const now = deps.now ?? (() => new Date());
  const write = deps.write ?? ((target: string, data: Uint8Array) => writeFileAtomic(target, data));
  const warn = deps.warn ?? ((message: string, error: unknown) => console.warn(message, error));
  const root = resolve(folder);

  /** The path of one of our backups, or nothing: a name that is not ours never becomes a path. */
  function pathOf(fileName: string): string {
    if (!parseBackupFileName(fileName)) throw new MainError('NOT_FOUND', 'That backup could not be found.');
    const path = resolve(join(root, fileName));
    if (dirname(path) !== root) throw new MainError('NOT_FOUND', 'That backup could not be found.');
    return path;
  }

  async function names(): Promise<string[]> {
    try {
      return await fs.readdir(root);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return [];
      throw error;
    }
  }

  /** Reads the header and the last byte: enough to list a file and to notice one cut short. */
  async function describe(fileName: string): Promise<BackupEntry | null> {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) return null;
    const path = pathOf(fileName);
    const stats = await fs.lstat(path);
    if (!stats.isFile()) return null;
    const entry: BackupEntry = {
      fileName,
      createdAt: parsed.createdAt,
      reason: parsed.reason,
      sizeBytes: stats.size,
      header: null,
    };
    const handle = await fs.open(path, 'r');
    try {
      const head = new Uint8Array(Math.min(HEADER_PROBE_BYTES, stats.size));
      await handle.read(head, 0, head.byteLength, 0);
      const tail = new Uint8Array(Math.min(16, stats.size));
      await handle.read(tail, 0, tail.byteLength, Math.max(0, stats.size - tail.byteLength));
      const complete = new TextDecoder().decode(tail).trimEnd().endsWith('}');
      entry.header = complete ? headerFromPrefix(new TextDecoder().decode(head)) : null;
    } finally {
      await handle.close();
    }
    return entry;
  }

  async function list(): Promise<BackupEntry[]> {
    const entries: BackupEntry[] = [];
    for (const name of await names()) {
      const entry = await describe(name).catch((error: unknown) => {
        // A file removed between readdir and open is simply no longer listed.
        if (errnoOf(error) === 'ENOENT') return null;
        throw error;
      });
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  async function read(fileName: string): Promise<Uint8Array> {
    const path = pathOf(fileName);
    let stats;
    try {
      stats = await fs.lstat(path);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') {
        throw new MainError('NOT_FOUND', 'That backup is no longer in the backups folder. Nothing was changed.');
      }
      throw error;
    }
    if (!stats.isFile()) throw new MainError('NOT_FOUND', 'That backup could not be found.');
    if (stats.size > MAX_BACKUP_BYTES) {
      throw new MainError('BAD_ARGUMENTS', 'That file is too large to be a backup. Nothing was changed.');
    }
    return new Uint8Array(await fs.readFile(path));
  }

  async function rotate(): Promise<string[]> {
    const all = await names();
    const entries = all.flatMap((key) => {
      const parsed = parseBackupFileName(key);
      return parsed ? [{ key, time: parsed.time, pinned: parsed.reason === 'safety' }] : [];
    });
    const removed: string[] = [];
    for (const key of backupsToRemove(entries, { now: now().getTime() })) {
      await fs.unlink(pathOf(key));
      removed.push(key);
    }
    for (const name of all.filter((n) => TEMP_PATTERN.test(n))) {
      const path = join(root, name);
      const stats = await fs.lstat(path);
      if (stats.isFile() && now().getTime() - stats.mtimeMs > STALE_TEMP_MS) await fs.unlink(path);
    }
    return removed;
  }

  async function writeBackup(reason: BackupReason, data: Uint8Array): Promise<BackupEntry> {
    const header = headerFromPrefix(new TextDecoder().decode(data.subarray(0, HEADER_PROBE_BYTES)));
    if (!header || header.reason !== reason) {
      throw new MainError('BAD_ARGUMENTS', 'That is not a backup made by Connection Coordinator, so it was not kept.');
    }
    await fs.mkdir(root, { recursive: true });
    const existing = new Set(await names());
    let at = now();
    while (existing.has(backupFileName(at, reason))) at = new Date(at.getTime() + 1);
    const fileName = backupFileName(at, reason);
    await write(pathOf(fileName), data);
    try {
      if (rotatesOnWrite(reason)) await rotate();
    } catch (error) {
      warn('Old backups could not all be tidied away; they will be tried again next time.', error);
    }
    return { fileName, createdAt: at.toISOString(), reason, sizeBytes: data.byteLength, header };
  }

  return { folder: root, list, read, rotate, write: writeBackup };
}

export type BackupFolder = ReturnType<typeof createBackupFolder>;
