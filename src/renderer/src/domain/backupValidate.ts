// Reads a backup file's bytes whole and decides whether it can be restored: format, version, checksum,
// every record against its schema, and the references between records. Touches nothing; a refusal
// says in plain words what is wrong and that nothing was changed.
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MAX_BACKUP_BYTES,
  backupHeaderSchema,
  type BackupTable,
} from '@shared/backupFiles';
import { backupSchemas, emptyTables, sha256Hex, type BackupTables, type ValidBackup } from './backupDocument';
import {
  BACKUP_MIGRATIONS,
  migrateForward,
  UnsupportedBackupVersionError,
  type BackupMigration,
} from './backupMigrations';
import { findBrokenReferences } from './backupReferences';

export type RefusalKind = 'too-large' | 'foreign' | 'damaged' | 'newer' | 'unsupported' | 'invalid';

const NOT_OURS = "Couldn't read this file: it isn't a backup from Connection Coordinator. Nothing was changed.";
const MESSAGES: Record<RefusalKind, string> = {
  'too-large':
    "Couldn't read this file: it is larger than any backup Connection Coordinator makes (300 MB). Nothing was changed.",
  foreign: NOT_OURS,
  damaged:
    "Couldn't read this file: it is a Connection Coordinator backup, but it is incomplete or damaged. Nothing was changed.",
  newer:
    "Couldn't read this file: it was made by a newer version of Connection Coordinator. Update the app on this computer, then try again. Nothing was changed.",
  unsupported:
    "Couldn't read this file: it was made by a version of Connection Coordinator this one cannot read. Nothing was changed.",
  invalid:
    "Couldn't read this file: some of its records are not valid, so restoring it could damage your records. Nothing was changed.",
};

export class BackupRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** the first few specific problems, for the "details" a helper might ask for */
    readonly details: string[] = [],
  ) {
    super(MESSAGES[kind]);
    this.name = 'BackupRefusal';
  }
}

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
function parseDocument(bytes: Uint8Array): { document: Record<string, unknown>; text: string } {
  if (bytes.byteLength > MAX_BACKUP_BYTES) throw new BackupRefusal('too-large');
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
  if (!isPlainObject(document) || document['format'] !== BACKUP_FORMAT) throw new BackupRefusal('foreign');
  return { document, text };
}

function looksLikeOurs(bytes: Uint8Array): boolean {
  const start = new TextDecoder().decode(bytes.subarray(0, 200));
  return start.includes(`"format":"${BACKUP_FORMAT}"`);
}

/** The checksum covers the exact text of "tables", which this app always writes last. */
async function checksumMatches(text: string, expected: string): Promise<boolean> {
  const start = text.indexOf(',"tables":');
  const end = text.trimEnd().lastIndexOf('}');
  if (start < 0 || end <= start) return false;
  return (await sha256Hex(new TextEncoder().encode(text.slice(start + ',"tables":'.length, end)))) === expected;
}

export async function validateBackup(bytes: Uint8Array, options: ValidateOptions): Promise<ValidBackup> {
  const pause = options.pause ?? nextTask;
  const { document: parsed, text } = parseDocument(bytes);
  const version = parsed['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new BackupRefusal('damaged', ['The backup does not say which format it is in.']);
  }
  if (version > BACKUP_FORMAT_VERSION) throw new BackupRefusal('newer');
  let document = parsed;
  if (version === BACKUP_FORMAT_VERSION) {
    const sum = parsed['tablesSha256'];
    if (typeof sum !== 'string' || !(await checksumMatches(text, sum))) {
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

  const total = BACKUP_TABLES.reduce((sum, name) => {
    const rows = Object.hasOwn(rawTables, name) ? rawTables[name] : undefined;
    return sum + (Array.isArray(rows) ? rows.length : 0);
  }, 0);
  const tables = emptyTables();
  const problems: string[] = [];
  let done = 0;
  options.onProgress?.(0, total);
  for (const name of BACKUP_TABLES) {
    const rows = Object.hasOwn(rawTables, name) ? rawTables[name] : undefined;
    if (!Array.isArray(rows)) {
      problems.push(`The ${name} table is missing.`);
      continue;
    }
    const ids = new Set<string>();
    const into = tables[name] as unknown[];
    for (let start = 0; start < rows.length; start += CHUNK) {
      for (let index = start; index < Math.min(rows.length, start + CHUNK); index += 1) {
        const result = backupSchemas[name].safeParse(rows[index]);
        if (!result.success) {
          if (problems.length < MAX_DETAILS) {
            problems.push(`${name} record ${index + 1}: ${describeIssue(result.error.issues[0])}`);
          }
          continue;
        }
        if (ids.has(result.data.id)) {
          if (problems.length < MAX_DETAILS) problems.push(`${name} record ${index + 1} repeats an id.`);
          continue;
        }
        ids.add(result.data.id);
        into.push(result.data);
      }
      done += Math.min(CHUNK, rows.length - start);
      options.onProgress?.(done, total);
      if (problems.length >= MAX_DETAILS) throw new BackupRefusal('invalid', problems);
      await pause();
    }
  }
  if (problems.length > 0) throw new BackupRefusal('invalid', problems);
  if (tables.settings.length > 1) throw new BackupRefusal('invalid', ['There is more than one organisation.']);
  const broken = findBrokenReferences(tables as BackupTables, MAX_DETAILS);
  if (broken.length > 0) throw new BackupRefusal('invalid', broken);
  return { header: header.data, tables };
}

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'not valid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

export type { BackupTable };
