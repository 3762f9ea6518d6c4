// The backup document (docs/backup-format.md): its tables, how it is written piece by piece so a
// state-sized database never has to be one string, and what it holds (counts and a date range).
import {
  recordSchemas,
  settingsSchema,
  type Affiliate,
  type Booking,
  type Closure,
  type Donation,
  type Donor,
  type Facilitator,
  type Group,
  type Meeting,
  type Schedule,
  type Settings,
  type Training,
  type Venue,
} from '@shared/model';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  type BackupHeader,
  type BackupReason,
  type BackupTable,
} from '@shared/backupFiles';
import { Utf8Chunks } from './utf8Chunks';

const utf8 = new TextEncoder();
const CLOSING_BRACE = 0x7d;

export interface BackupTables {
  settings: Settings[];
  affiliates: Affiliate[];
  groups: Group[];
  schedules: Schedule[];
  meetings: Meeting[];
  closures: Closure[];
  venues: Venue[];
  bookings: Booking[];
  donors: Donor[];
  donations: Donation[];
  facilitators: Facilitator[];
  trainings: Training[];
}

/** A backup that passed every check: what a restore writes. */
export interface ValidBackup {
  header: BackupHeader;
  tables: BackupTables;
}

/** Each table's records as a file holds them, before they are checked one by one. */
export type UncheckedTables = Readonly<Record<BackupTable, readonly unknown[]>>;

/**
 * A backup whose file passed every check but the record-by-record one (format, version, checksum, header,
 * every table there): what the review shows. A restore checks each record just before writing it and
 * refuses the backup, changing nothing, if one fails.
 */
export interface CheckedBackup {
  header: BackupHeader;
  tables: UncheckedTables;
}

export const backupSchemas = { settings: settingsSchema, ...recordSchemas } as const;

export const TABLE_LABELS: Record<BackupTable, string> = {
  settings: 'Organisation details',
  affiliates: 'Affiliates',
  groups: 'Groups',
  schedules: 'Meeting schedules',
  meetings: 'Meeting records',
  closures: 'Closures',
  venues: 'Venues',
  bookings: 'Bookings',
  donors: 'Donors',
  donations: 'Donations',
  facilitators: 'Facilitators',
  trainings: 'Trainings',
};

export const emptyTables = (): BackupTables => ({
  settings: [],
  affiliates: [],
  groups: [],
  schedules: [],
  meetings: [],
  closures: [],
  venues: [],
  bookings: [],
  donors: [],
  donations: [],
  facilitators: [],
  trainings: [],
});

/**
 * Builds the "tables" text a page of records at a time, as UTF-8 bytes. The header is written last (it
 * carries the counts and the checksum of this text) and goes in front: see finishBackup.
 */
export class TablesTextBuilder {
  private readonly text: Utf8Chunks;
  private table: BackupTable | null = null;
  private firstInTable = true;
  private tablesOpened = 0;
  readonly counts: Record<string, number> = {};
  latestChange = '';

  /** `chunkBytes` is for tests: small chunks put characters across chunk boundaries. */
  constructor(chunkBytes?: number) {
    this.text = new Utf8Chunks(chunkBytes, chunkBytes);
    this.text.write('{');
  }

  beginTable(name: BackupTable): void {
    if (this.table) this.endTable();
    this.text.write(`${this.tablesOpened > 0 ? ',' : ''}${JSON.stringify(name)}:[`);
    this.tablesOpened += 1;
    this.table = name;
    this.firstInTable = true;
    this.counts[name] = 0;
  }

  add(records: readonly { updatedAt: string; deletedAt: string | null }[]): void {
    if (!this.table || records.length === 0) return;
    let live = 0;
    for (const record of records) {
      if (record.deletedAt === null) live += 1;
      if (record.updatedAt > this.latestChange) this.latestChange = record.updatedAt;
    }
    this.counts[this.table] = (this.counts[this.table] ?? 0) + live;
    // An array's JSON is its records' JSON joined by commas between brackets: one call, no joining.
    const json = JSON.stringify(records);
    if (!this.firstInTable) this.text.write(',');
    this.text.write(json.slice(1, -1));
    this.firstInTable = false;
  }

  endTable(): void {
    if (!this.table) return;
    this.text.write(']');
    this.table = null;
  }

  finish(): Utf8Chunks {
    this.endTable();
    this.text.write('}');
    return this.text;
  }
}

/** The document up to its tables: the header, then the key "tables" (main reads it from the first bytes). */
function headerPrefix(header: BackupHeader): string {
  const { counts, tablesSha256, ...rest } = header;
  // Key order is part of the format: main reads the header from the file's first bytes.
  const headerText = JSON.stringify({ ...rest, counts, tablesSha256 });
  return `${headerText.slice(0, -1)},"tables":`;
}

/** What a backup says about where it came from. */
export interface BackupOrigin {
  schemaVersion: number;
  appVersion: string;
  deviceId: string;
  createdAt: string;
  reason: BackupReason;
}

/** Turns the built tables into the finished file: checksum, header, bytes. */
export async function finishBackup(
  builder: TablesTextBuilder,
  origin: BackupOrigin,
): Promise<{ header: BackupHeader; bytes: Uint8Array<ArrayBuffer> }> {
  const tables = builder.finish();
  const unsigned: Omit<BackupHeader, 'tablesSha256'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...origin,
    latestChange: builder.latestChange,
    counts: builder.counts,
  };
  // The checksum is 64 hex digits whatever it turns out to be, so the header's length is known first
  // and the tables are copied once, into their place in the file.
  const start = utf8.encode(headerPrefix({ ...unsigned, tablesSha256: '0'.repeat(64) })).length;
  const bytes = new Uint8Array(start + tables.byteLength + 1);
  tables.copyTo(bytes, start);
  bytes[bytes.length - 1] = CLOSING_BRACE;
  const header: BackupHeader = {
    ...unsigned,
    tablesSha256: await sha256Hex(bytes.subarray(start, start + tables.byteLength)),
  };
  const prefix = utf8.encode(headerPrefix(header));
  if (prefix.length !== start) throw new Error('The backup header changed length while it was written');
  bytes.set(prefix, 0);
  return { header, bytes };
}

/** A whole backup from tables already in memory (fixtures, tests, exchange files). */
export function encodeBackup(tables: BackupTables, origin: BackupOrigin) {
  const builder = new TablesTextBuilder();
  for (const name of BACKUP_TABLES) {
    builder.beginTable(name);
    builder.add(tables[name]);
  }
  return finishBackup(builder, origin);
}

export function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(data: Uint8Array): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', data as BufferSource));
}

export interface BackupSummary {
  /** records that are not deleted, per table */
  counts: Record<BackupTable, number>;
  /** the earliest and latest meeting or donation date, or null when there are none */
  dateRange: { from: string; to: string } | null;
}

/** One field of a record not checked yet (undefined when it is not an object). */
const fieldOf = (record: unknown, name: string): unknown =>
  typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;

/** What a backup holds; its records need not be checked yet (one that is not an object counts as deleted). */
export function summarize(tables: UncheckedTables): BackupSummary {
  const counts = {} as Record<BackupTable, number>;
  for (const name of BACKUP_TABLES) {
    counts[name] = tables[name].filter((record) => fieldOf(record, 'deletedAt') === null).length;
  }
  let from: string | null = null;
  let to: string | null = null;
  for (const record of [...tables.meetings, ...tables.donations]) {
    const date = fieldOf(record, 'date');
    if (fieldOf(record, 'deletedAt') !== null || typeof date !== 'string') continue;
    if (from === null || date < from) from = date;
    if (to === null || date > to) to = date;
  }
  return { counts, dateRange: from !== null && to !== null ? { from, to } : null };
}
