// The Dexie database: every table of the data model, its versions, and how it is opened.
import Dexie, { type Table } from 'dexie';
import type {
  Affiliate,
  Booking,
  Closure,
  Donation,
  Donor,
  Facilitator,
  Group,
  Meeting,
  MonthlyStat,
  Schedule,
  Settings,
  Training,
  Venue,
} from '@shared/model';

export const DB_NAME = 'connection-coordinator';

/** Values kept on this copy only: never backed up as records, never merged. */
export interface LocalEntry {
  key: string;
  value: unknown;
}

/**
 * Version 1. Keep every version and its upgrade; never change a primary key in place.
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
  monthlyStats!: Table<MonthlyStat, [string, string]>;
  local!: Table<LocalEntry, string>;

  constructor(name = DB_NAME) {
    // Strict durability: a write is on disk before Dexie says it is done.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
  }
}

export const db = new CoordinatorDb();

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Lets the app shell show why the database closed (another window upgraded it). */
export function onDatabaseClosed(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

db.on('versionchange', () => {
  // Another window opened a newer version of the app: step aside so it can upgrade, and say so.
  db.close();
  const message =
    'Connection Coordinator was updated in another window. Close this window, or reload it to keep working. Everything you saved is kept.';
  for (const listener of listeners) listener(message);
  return false;
});

/** Asks the browser to keep this data even when the disk is nearly full. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
