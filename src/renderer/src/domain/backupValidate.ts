// Reads a backup file's bytes whole and decides whether it can be restored: format, version, checksum,
// every record against its schema, and the references between records. Touches nothing; a refusal
// says in plain words what is wrong and that nothing was changed. The file's checks (checkBackup) and
// the records' (RecordCheck) are apart, so a restore can check each stretch of records as it writes it.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  EXCHANGE_FORMAT,
  MAX_BACKUP_BYTES,
  backupHeaderSchema,
  type BackupTable,
} from '@shared/backupFiles';
import {
  backupSchemas,
  emptyTables,
  sha256Hex,
  type BackupTables,
  type CheckedBackup,
  type ValidBackup,
} from './backupDocument';
import {
  BACKUP_MIGRATIONS,
  migrateForward,
  UnsupportedBackupVersionError,
  type BackupMigration,
} from './backupMigrations';
import { findBrokenReferences } from './backupReferences';

import { BackupRefusal } from './backupRefusal';

export { BackupRefusal, type RefusalKind } from './backupRefusal';

export type Progress = (done: number, total: number) => void;

export interface ValidateOptions {
  /** the database schema version this copy runs (a backup from a newer one is refused) */
  schemaVersion: number;
  onProgress?: Progress;
  /** lets the page draw between chunks */
  pause?: () => Promise<void>;
  migrations?: Readonly<Record<number, BackupMigration>>;
}

const CHUNK = 2000;
const MAX_DETAILS = 5;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Decodes and parses; throws a BackupRefusal for anything that is not a whole JSON backup of ours. */
function parseDocument(bytes: Uint8Array): Record<string, unknown> {
  // A file shared between coordinators is told apart by its first bytes, whole or not: it needs the
  // way to combine it, not "not ours".
  if (startsAsShared(bytes)) throw new BackupRefusal('shared');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (looksLikeOurs(bytes)) throw new BackupRefusal('damaged', ['Part of the file is not readable text.']);
    throw new BackupRefusal('foreign');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    if (looksLikeOurs(bytes)) throw new BackupRefusal('damaged', ['The file is cut short or was changed.']);
    throw new BackupRefusal('foreign');
  }
  if (isPlainObject(document) && document['format'] === EXCHANGE_FORMAT) throw new BackupRefusal('shared');
  if (!isPlainObject(document) || document['format'] !== BACKUP_FORMAT) throw new BackupRefusal('foreign');
  return document;
}

function looksLikeOurs(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 200));
  return start.includes(`"format":"${BACKUP_FORMAT}"`);
}

// Both formats write "format" first (exchangeFile.ts reads a backup's the same way).
const startsAsShared = (bytes: Uint8Array): boolean =>
  /^\s*\{\s*"format"\s*:\s*"([^"\\]{0,80})"/.exec(new TextDecoder().decode(bytes.subarray(0, 200)))?.[1] ===
  EXCHANGE_FORMAT;

const TABLES_KEY = new TextEncoder().encode(',"tables":');
const CLOSING_BRACE = 0x7d;
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array): number {
  for (let at = bytes.indexOf(pattern[0]!); at >= 0; at = bytes.indexOf(pattern[0]!, at + 1)) {
    if (at + pattern.length > bytes.length) return -1;
    let same = true;
    for (let index = 1; index < pattern.length && same; index += 1) same = bytes[at + index] === pattern[index];
    if (same) return at;
  }
  return -1;
}

/**
 * The checksum of the exact text of "tables", which this app always writes last, or null when the file
 * has no such part. Taken from the bytes as they are (UTF-8 keeps these ASCII marks where the text has
 * them), so the browser works it out on another thread while the page reads the text.
 */
function tablesChecksum(bytes: Uint8Array): Promise<string | null> {
  const key = indexOfBytes(bytes, TABLES_KEY);
  let end = bytes.length;
  while (end > 0 && JSON_SPACE.has(bytes[end - 1]!)) end -= 1;
  const start = key + TABLES_KEY.length;
  if (key < 0 || bytes[end - 1] !== CLOSING_BRACE || end - 1 < start) return Promise.resolve(null);
  return sha256Hex(bytes.subarray(start, end - 1)).catch(() => null);
}

/**
 * The checks that read the file whole but no record one by one: size, format, version (older ones brought
 * forward), checksum, header, and every table there. Touches nothing. What the review shows; a restore
 * checks the records as it writes them (RecordCheck).
 */
export async function checkBackup(
  bytes: Uint8Array,
  options: Pick<ValidateOptions, 'schemaVersion' | 'migrations'>,
): Promise<CheckedBackup> {
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new BackupRefusal('too-large');
  const checksum = tablesChecksum(bytes);
  const parsed = parseDocument(bytes);
  const version = parsed['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new BackupRefusal('damaged', ['The backup does not say which format it is in.']);
  }
  if (version > BACKUP_FORMAT_VERSION) throw new BackupRefusal('newer');
  let document = parsed;
  if (version === BACKUP_FORMAT_VERSION) {
    const sum = parsed['tablesSha256'];
    if (typeof sum !== 'string' || (await checksum) !== sum) {
      throw new BackupRefusal('damaged', ['The records do not match the checksum written with them.']);
    }
  } else {
    try {
      document = migrateForward(parsed, version, BACKUP_FORMAT_VERSION, options.migrations ?? BACKUP_MIGRATIONS);
    } catch (error) {
      if (error instanceof UnsupportedBackupVersionError) throw new BackupRefusal('unsupported');
      throw new BackupRefusal('damaged', ['The backup could not be brought up to date.']);
    }
  }

  const header = backupHeaderSchema.safeParse(document);
  if (!header.success) {
    throw new BackupRefusal('damaged', header.error.issues.slice(0, MAX_DETAILS).map(describeIssue));
  }
  if (header.data.schemaVersion > options.schemaVersion) throw new BackupRefusal('newer');
  const rawTables = document['tables'];
  if (!isPlainObject(rawTables)) throw new BackupRefusal('damaged', ['The backup has no records section.']);
  const tables = {} as Record<BackupTable, readonly unknown[]>;
  const missing: string[] = [];
  for (const name of BACKUP_TABLES) {
    const rows = Object.hasOwn(rawTables, name) ? rawTables[name] : undefined;
    if (Array.isArray(rows)) tables[name] = rows;
    else missing.push(`The ${name} table is missing.`);
  }
  if (missing.length > 0) throw new BackupRefusal('invalid', missing.slice(0, MAX_DETAILS));
  return { header: header.data, tables };
}

/**
 * Checks a backup's records a stretch at a time, in the order of BACKUP_TABLES: each against its schema,
 * ids unrepeated, then (finish) one organisation and every reference there. Keeps what passed.
 */
export class RecordCheck {
  /** the records that passed, as their schemas give them back */
  readonly tables: BackupTables = emptyTables();
  private readonly problems: string[] = [];
  private readonly ids = new Map<BackupTable, Set<string>>();

  /** Whether a record failed: the backup is refused once the rest is checked (for the details). */
  get failed(): boolean {
    return this.problems.length > 0;
  }

  /** Checks rows from..to (not included) of a table and returns those that passed; throws once there are enough problems to show. */
  check<T extends BackupTable>(name: T, rows: readonly unknown[], from = 0, to = rows.length): BackupTables[T] {
    let ids = this.ids.get(name);
    if (!ids) this.ids.set(name, (ids = new Set()));
    const into = this.tables[name] as unknown[];
    const passed: unknown[] = [];
    for (let index = from; index < Math.min(to, rows.length); index += 1) {
      const result = backupSchemas[name].safeParse(rows[index]);
      if (!result.success) {
        this.note(`${name} record ${index + 1}: ${describeIssue(result.error.issues[0])}`);
        continue;
      }
      if (ids.has(result.data.id)) {
        this.note(`${name} record ${index + 1} repeats an id.`);
        continue;
      }
      ids.add(result.data.id);
      into.push(result.data);
      passed.push(result.data);
    }
    if (this.problems.length >= MAX_DETAILS) throw new BackupRefusal('invalid', this.problems);
    return passed as BackupTables[T];
  }

  /** After every record: refuses the backup if anything failed, else returns every record. */
  finish(): BackupTables {
    if (this.problems.length > 0) throw new BackupRefusal('invalid', this.problems);
    if (this.tables.settings.length > 1) throw new BackupRefusal('invalid', ['There is more than one organisation.']);
    const broken = findBrokenReferences(this.tables, MAX_DETAILS);
    if (broken.length > 0) throw new BackupRefusal('invalid', broken);
    return this.tables;
  }

  private note(problem: string): void {
    if (this.problems.length < MAX_DETAILS) this.problems.push(problem);
  }
}

/** Every check, the records too, before anything is written (an exchange file's records, tests). */
export async function validateBackup(bytes: Uint8Array, options: ValidateOptions): Promise<ValidBackup> {
  const pause = options.pause ?? nextTask;
  const { header, tables } = await checkBackup(bytes, options);
  const total = BACKUP_TABLES.reduce((sum, name) => sum + tables[name].length, 0);
  const check = new RecordCheck();
  let done = 0;
  options.onProgress?.(0, total);
  for (const name of BACKUP_TABLES) {
    const rows = tables[name];
    for (let start = 0; start < rows.length; start += CHUNK) {
      check.check(name, rows, start, start + CHUNK);
      done += Math.min(CHUNK, rows.length - start);
      options.onProgress?.(done, total);
      await pause();
    }
  }
  return { header, tables: check.finish() };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'not valid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export type { BackupTable };
