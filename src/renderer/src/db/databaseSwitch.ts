// Filling a new database and switching to it: a restore (and the large demo dataset) never changes the
// records in use. The new database is written in small transactions (databaseBatches.ts), gets this
// copy's local entries (device id and name, exchange state, …), and is marked whole last of all; only
// then does the pointer move (databasePointer.ts) and the app reload. A failure on the way deletes the
// new database, and the one in use was never touched. Old databases are deleted in the background after
// the next start, never while it is starting.
import Dexie from 'dexie';
import { CoordinatorDb, db, type LocalEntry } from './database';
import { BatchWriter } from './databaseBatches';
import { activeDatabaseName, isAppDatabaseName, newDatabaseName, setActiveDatabaseName } from './databasePointer';
import { RESTORE_MARK_KEY } from './restoreGuard';

/** Written last into a new database: it is whole, and how many switches led to it. */
export const MADE_KEY = 'databaseMade';
export interface DatabaseMade {
  generation: number;
  madeAt: string;
  by: 'restore' | 'demo-dataset';
}

/** The mark as stored, or null when it is missing or not one (checked by hand: zod is not loaded at start). */
export const parseMade = (value: unknown): DatabaseMade | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { generation, madeAt, by } = value as Record<string, unknown>;
  const valid =
    typeof generation === 'number' &&
    Number.isInteger(generation) &&
    generation >= 0 &&
    typeof madeAt === 'string' &&
    (by === 'restore' || by === 'demo-dataset');
  return valid ? { generation, madeAt, by } : null;
};

// Databases being filled by this window; other windows' are seen through their Web Locks.
const building = new Set<string>();
const lockName = (name: string) => `connection-coordinator-building:${name}`;
const lockManager = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

async function whileBuilding<T>(name: string, job: () => Promise<T>): Promise<T> {
  building.add(name);
  try {
    const locks = lockManager();
    return locks ? await locks.request(lockName(name), job) : await job();
  } finally {
    building.delete(name);
  }
}

async function beingBuilt(): Promise<Set<string>> {
  const names = new Set(building);
  const held = (await lockManager()?.query())?.held ?? [];
  for (const lock of held) {
    if (lock.name?.startsWith(lockName(''))) names.add(lock.name.slice(lockName('').length));
  }
  return names;
}

/** Given this copy's local entries (read last, just before the mark), the ones the new database gets. */
export type LocalEntries = (copied: LocalEntry[]) => LocalEntry[];

export interface BuildOptions {
  by: DatabaseMade['by'];
  /** what the new database's local table holds: this copy's entries unchanged, unless this says otherwise */
  local?: LocalEntries;
}

/**
 * Makes a new database, lets `fill` write its records (small transactions: use a BatchWriter), copies
 * this copy's local entries and marks it whole. Returns its name; nothing switches until
 * switchToDatabase. On any failure the new database is deleted and the error rethrown.
 */
export async function buildNewDatabase(
  options: BuildOptions,
  fill: (target: CoordinatorDb) => Promise<void>,
): Promise<string> {
  const name = newDatabaseName();
  return whileBuilding(name, async () => {
    const target = new CoordinatorDb(name);
    try {
      await target.open();
      await fill(target);
      // Neither the old database's mark of being whole nor the running restore's hold on it.
      const copied = (await db.local.toArray()).filter(
        (entry) => entry.key !== MADE_KEY && entry.key !== RESTORE_MARK_KEY,
      );
      const writer = new BatchWriter(target);
      await writer.add('local', options.local ? options.local(copied) : copied);
      await writer.flush();
      const made: DatabaseMade = {
        generation: (await generationOf(db)) + 1,
        madeAt: new Date().toISOString(),
        by: options.by,
      };
      // A strict transaction (as every Dexie write of the app): once it is on disk, so is every batch.
      await target.local.put({ key: MADE_KEY, value: made });
      target.close();
      return name;
    } catch (error) {
      target.close();
      // If even this fails, the next start deletes it: it was never marked whole.
      await Dexie.delete(name).catch(() => undefined);
      throw error;
    }
  });
}

async function generationOf(database: CoordinatorDb): Promise<number> {
  return parseMade((await database.local.get(MADE_KEY))?.value)?.generation ?? 0;
}

/** Moves the pointer and closes the database in use, so nothing more is written to it. Reload next. */
export function switchToDatabase(name: string): void {
  setActiveDatabaseName(name);
  db.close();
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

/** Reads another database's mark without upgrading it (or creating it, if it has gone meanwhile). */
async function madeOf(name: string): Promise<DatabaseMade | null> {
  const opening = indexedDB.open(name);
  opening.onupgradeneeded = () => opening.transaction?.abort();
  const database = await request(opening).catch(() => null);
  if (!database) return null;
  try {
    if (!database.objectStoreNames.contains('local')) return null;
    const entry = await request(database.transaction('local', 'readonly').objectStore('local').get(MADE_KEY));
    return parseMade((entry as LocalEntry | undefined)?.value);
  } catch {
    return null;
  } finally {
    database.close();
  }
}

async function otherDatabases(): Promise<string[]> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return [];
  const active = activeDatabaseName();
  const busy = await beingBuilt();
  return (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => isAppDatabaseName(name) && name !== active && name !== db.name && !busy.has(name));
}

/**
 * A whole database newer than the one in use: the pointer was lost (localStorage is written to disk a
 * few seconds late, so a crash just after a switch can undo it). Returns its name, or null.
 */
export async function newerDatabase(): Promise<string | null> {
  const others = await otherDatabases();
  if (others.length === 0) return null;
  const current = await generationOf(db);
  let newest: { name: string; generation: number } | null = null;
  for (const name of others) {
    const made = await madeOf(name);
    if (made && made.generation > current && made.generation > (newest?.generation ?? -1))
      newest = { name, generation: made.generation };
  }
  return newest?.name ?? null;
}

/**
 * Deletes every database of this app but the one in use: those a switch left behind, and any a crash
 * left half-written. A whole database newer than the one in use is kept (newerDatabase finds it).
 */
export async function dropOldDatabases(): Promise<string[]> {
  const others = await otherDatabases();
  if (others.length === 0) return [];
  const current = await generationOf(db);
  const dropped: string[] = [];
  for (const name of others) {
    const made = await madeOf(name);
    if (made && made.generation > current) continue;
    await Dexie.delete(name);
    dropped.push(name);
  }
  return dropped;
}

const CHECK_DELAY_MS = 1_500;
const DROP_DELAY_MS = 10_000;

/**
 * After start, in the background: switch to a newer whole database if the pointer was lost, else
 * delete the old ones a little later, once the first screen is up and the start-up reads are done.
 */
export function startDatabaseHousekeeping(reload: () => void = () => window.location.reload()): void {
  const warn = (error: unknown) => console.warn('Could not tidy the old databases', error);
  setTimeout(() => {
    newerDatabase()
      .then((newer) => {
        if (newer) {
          switchToDatabase(newer);
          reload();
          return;
        }
        setTimeout(() => void dropOldDatabases().catch(warn), DROP_DELAY_MS - CHECK_DELAY_MS);
      })
      .catch(warn);
  }, CHECK_DELAY_MS);
}
