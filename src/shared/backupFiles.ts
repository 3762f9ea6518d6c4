// The backup file as a contract between processes: the renderer writes and reads its contents; main
// names, lists and rotates the files and reads only the header at the start of each one.
import { z } from 'zod';
import { RECORD_TABLES, count, timestamp } from './model';

export const BACKUP_FORMAT = 'connection-coordinator-backup';
/** The file coordinators share (docs/exchange-format.md), named here so a restore can tell one apart. */
export const EXCHANGE_FORMAT = 'connection-coordinator-exchange';
/** Raise this when the document's shape or a record's shape changes, and add a migration for it. */
export const BACKUP_FORMAT_VERSION = 1;
/** Larger than any backup this app makes (a whole state is about 40 MB); bigger files are refused unread. */
export const MAX_BACKUP_BYTES = 300 * 1024 * 1024;

export const BACKUP_REASONS = ['start', 'hourly', 'quit', 'manual', 'safety'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** The tables a backup carries, in the order they are written. monthlyStats and local never are. */
export const BACKUP_TABLES = ['settings', ...RECORD_TABLES] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Everything before "tables" in a backup document: small, so main can list files by their first bytes. */
export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(0).max(1000),
  schemaVersion: z.number().int().min(1).max(1000),
  appVersion: z.string().max(40),
  deviceId: z.string().max(64),
  createdAt: timestamp,
  reason: z.enum(BACKUP_REASONS),
  /** the newest updatedAt of any record, '' for an empty database: tells whether anything changed since */
  latestChange: z.string().max(40),
  /** records that are not deleted, per table */
  counts: z.record(z.string().regex(/^[A-Za-z]{1,40}$/), count),
  /** SHA-256 of the UTF-8 text of "tables", so a file changed by a single bit is noticed (format 1 on) */
  tablesSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** The header sits in the first bytes of every backup this app writes; main reads no more than this. */
export const HEADER_PROBE_BYTES = 16 * 1024;
const TABLES_KEY = ',"tables":';

/** Reads the header from the start of a backup's text, or null when it is not one of ours. */
export function headerFromPrefix(prefix: string): BackupHeader | null {
  // A string value cannot hold an unescaped quote, so the first match is the real key.
  const end = prefix.indexOf(TABLES_KEY);
  if (end < 0) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(`${prefix.slice(0, end)}}`);
  } catch {
    return null;
  }
  const result = backupHeaderSchema.safeParse(parsed);
  return result.success ? result.data : null;
}

const NAME_PATTERN =
  /^backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(start|hourly|quit|manual|safety)\.json$/;

/** A backup's file name: when it was written (UTC, to the millisecond) and why. Sorts by time. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `backup-${stamp}-${reason}.json`;
}

export interface ParsedBackupName {
  createdAt: string;
  time: number;
  reason: BackupReason;
}

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = match;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
  const time = Date.parse(createdAt);
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null;
  return { createdAt, time, reason: reason as BackupReason };
}

/** A name main will open: exactly one of its own backup names, so never a path or '..'. */
export const backupFileNameSchema = z
  .string()
  .max(100)
  .refine((name) => parseBackupFileName(name) !== null, { message: 'That is not the name of a backup' });

/** One file of the backup list. */
export interface BackupEntry {
  fileName: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  /** null when the file cannot be read as a backup (damaged, or cut short) */
  header: BackupHeader | null;
}
