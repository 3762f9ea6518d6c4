// The Dexie database: every table of the data model, its versions, and how it is opened.
import Dexie, { type Table, type Transaction } from 'dexie';
import type {
  Affiliate,
  Booking,
  Closure,
  Donation,
  Donor,
  Facilitator,
  Group,
  Meeting,
  Schedule,
  Settings,
  Training,
  Venue,
} from '@shared/model';
import { DEFAULT_DATABASE_NAME, activeDatabaseName, onPointerMovedElsewhere } from './databasePointer';
import { digestsFromMeetings, durationLookup, type MonthDigest, type MonthRecords } from '../domain/monthlyStats';
import { fillThanksDue, thanksDueMiddleware, type ThanksDueRow } from './thanksDue';
import { monthRecordsCodec } from './monthRecordsCodec';
import { restoreGuard } from './restoreGuard';

export const DB_NAME = DEFAULT_DATABASE_NAME;

/** Values kept on this copy only: never backed up as records, never merged. */
export interface LocalEntry {
  key: string;
  value: unknown;
}

/**
 * Version 1. Keep every version's schema and its upgrade (the constructor declares those an upgrade
 * needs); never change a primary key in place.
 * Meetings are found by [scheduleId+originalDate] (the occurrence they speak for) and by
 * [groupId+date] / date (where they fall after a move), so no screen reads the whole table.
 */
export const SCHEMA_V1 = {
  settings: 'id',
  affiliates: 'id, name, updatedAt',
  groups: 'id, name, affiliateId, status, updatedAt',
  schedules: 'id, groupId, venueId, updatedAt',
  meetings: 'id, &[scheduleId+originalDate], [groupId+date], date, *facilitatorsPresent, updatedAt',
  closures: 'id, startDate, endDate, updatedAt',
  venues: 'id, name, updatedAt',
  bookings: 'id, venueId, groupId, scheduleId, updatedAt',
  donors: 'id, name, updatedAt',
  donations: 'id, date, [donorId+date], [groupId+date], category, acknowledgedOn, updatedAt',
  facilitators: 'id, name, status, affiliateId, updatedAt',
  trainings: 'id, startDate, updatedAt',
  monthlyStats: '[groupId+month], month',
  local: 'key',
} as const;

/**
 * Version 2 adds an index on meetings' originalDate: it finds, by key alone, the few records of a
 * range's series dates that were moved out of it. Only an index is added, so no upgrade() is needed.
 */
export const SCHEMA_V2 = {
  meetings: 'id, &[scheduleId+originalDate], [groupId+date], date, originalDate, *facilitatorsPresent, updatedAt',
} as const;

/**
 * Versions 3 and 4 store the monthly aggregates one row per month (every group's counts in monthlyStats,
 * and their live records in brief in monthRecords, split by group into 16 rows a month) instead of one
 * row per group and month: IndexedDB costs about the same per row whatever its size, so a month's
 * report or calendar reads a few rows instead of hundreds, and an edit rewrites two small rows.
 * A primary key cannot change in place, so version 3 drops the old table and version 4 makes the new
 * one and fills it from the records. Meetings gain [groupId+originalDate], which finds a group's
 * records that stand for a month's series dates (those moved out of it too).
 */
export const SCHEMA_V3 = { monthlyStats: null } as const;
export const SCHEMA_V4 = {
  monthlyStats: 'month',
  monthRecords: '[month+bucket]',
  meetings:
    'id, &[scheduleId+originalDate], [groupId+date], [groupId+originalDate], date, originalDate, *facilitatorsPresent, updatedAt',
} as const;

/**
 * Version 5 indexes bookings by their single date, so Home reads the bookings that can still need the
 * coordinator (every series booking, and single dates from today on) instead of every booking ever made.
 */
export const SCHEMA_V5 = {
  bookings: 'id, venueId, groupId, scheduleId, date, updatedAt',
} as const;

/**
 * Version 6 keeps the gifts not yet thanked in a small table of their own (see thanksDue.ts), filled
 * from the gifts here and kept in step by a middleware on every write of gifts.
 */
export const SCHEMA_V6 = {
  thanksDue: 'id, date',
} as const;

/**
 * The version of the records' shape that backup and exchange files carry, and the newest this app reads.
 * Up to database version 5, files carried the database's version. Version 6 only added a table the app
 * derives from the gifts (thanksDue), which left the records as they were. Records shape 6 adds a
 * series' link to the series it was split from (`continues`, optional, so stored series and older files
 * read as they are): an app before it would drop the link from a file and share the series again
 * without it, so it must refuse these files instead. Raise it with any change to what a record holds.
 */
export const RECORD_SCHEMA_VERSION = 6;

async function fillMonthDigests(tx: Transaction): Promise<void> {
  const schedules: Pick<Schedule, 'id' | 'durationMinutes'>[] = await tx.table('schedules').toArray();
  const meetings: Meeting[] = await tx.table('meetings').toArray();
  const rows = digestsFromMeetings(meetings, durationLookup(schedules));
  await Promise.all([tx.table('monthlyStats').bulkPut(rows.stats), tx.table('monthRecords').bulkPut(rows.records)]);
}

export class CoordinatorDb extends Dexie {
  settings!: Table<Settings, string>;
  affiliates!: Table<Affiliate, string>;
  groups!: Table<Group, string>;
  schedules!: Table<Schedule, string>;
  meetings!: Table<Meeting, string>;
  closures!: Table<Closure, string>;
  venues!: Table<Venue, string>;
  bookings!: Table<Booking, string>;
  donors!: Table<Donor, string>;
  donations!: Table<Donation, string>;
  facilitators!: Table<Facilitator, string>;
  trainings!: Table<Training, string>;
  monthlyStats!: Table<MonthDigest, string>;
  monthRecords!: Table<MonthRecords, [string, number]>;
  thanksDue!: Table<ThanksDueRow, string>;
  local!: Table<LocalEntry, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a write is on disk before Dexie says it is done.
    super(name, { chromeTransactionDurability: 'strict' });
    // Only the versions an upgrade needs are declared (Dexie diffs against the schema a database has):
    // 3 drops the old monthly table, whose primary key 4 changes; 4 and 6 fill tables from the records.
    // Each declaration costs every start (Dexie parses all of them again at each): six took ~10 ms of
    // the page's thread, these three ~4 ms. A database left at any version opens (schemaVersions.test.ts).
    this.version(3).stores({ ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3 });
    this.version(4).stores(SCHEMA_V4).upgrade(fillMonthDigests);
    this.version(6)
      .stores({ ...SCHEMA_V5, ...SCHEMA_V6 })
      .upgrade(fillThanksDue);
    this.use(thanksDueMiddleware);
    this.use(monthRecordsCodec);
    this.use(restoreGuard);
  }
}

/** The database the pointer names: a restore fills a new one, then moves the pointer and reloads. */
export const db = new CoordinatorDb(activeDatabaseName());

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Lets the app shell show why the database closed (another window upgraded it). */
export function onDatabaseClosed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function closeAndSay(message: string): void {
  db.close();
  for (const listener of listeners) listener(message);
}

// For `npm run bench` and the performance panel: when the database is open and ready.
db.on('ready', () => void performance.mark('db-ready'));

db.on('versionchange', () => {
  // Another window opened a newer version of the app: step aside so it can upgrade, and say so.
  closeAndSay(
    'Connection Coordinator was updated in another window. Close this window, or reload it to keep working. Everything you saved is kept.',
  );
  return false;
});

// Another window restored a backup into a new database: nothing may be written to this one any more.
onPointerMovedElsewhere((name) => {
  if (name === db.name) return;
  closeAndSay(
    'Your records were restored in another window. Reload this window to see them and keep working. Nothing was saved here after that restore.',
  );
});

/** Asks the browser to keep this data even when the disk is nearly full. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
