// Which IndexedDB database holds this copy's records. A restore (or the large demo dataset) fills a new
// database and then moves this pointer, so the records in use are never changed half-way. The pointer is
// read synchronously when the app starts (database.ts opens the database it names), so it lives in
// localStorage. No Dexie here: database.ts imports this file.

/** The first database of every copy, and the one used until a restore moves the pointer. */
export const DEFAULT_DATABASE_NAME = 'connection-coordinator';
export const POINTER_KEY = 'connection-coordinator.database';

// Only these names are ours to open or delete ('connection-coordinator-backups' is the browser
// mode's backups folder and must never match).
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const APP_DATABASE = new RegExp(`^${DEFAULT_DATABASE_NAME}(-${UUID})?$`);

export const isAppDatabaseName = (name: string): boolean => APP_DATABASE.test(name);

export const newDatabaseName = (): string => `${DEFAULT_DATABASE_NAME}-${crypto.randomUUID()}`;

type PointerStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

// Unit tests run in Node, which has no localStorage: a stand-in that lives as long as the process, as
// localStorage outlives a reload (so a test can re-import the modules and find the pointer moved).
const FALLBACK_KEY = '__connectionCoordinatorPointer';
function storage(): PointerStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage turned off: fall through to the stand-in.
  }
  const holder = globalThis as unknown as Record<string, Map<string, string> | undefined>;
  const map = (holder[FALLBACK_KEY] ??= new Map<string, string>());
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** The database the app opens now: the pointer's name when it is one of ours, else the default. */
export function activeDatabaseName(): string {
  const name = storage().getItem(POINTER_KEY);
  return name !== null && isAppDatabaseName(name) ? name : DEFAULT_DATABASE_NAME;
}

/** Moves the pointer. The next start (or reload) of any window opens this database. */
export function setActiveDatabaseName(name: string): void {
  if (!isAppDatabaseName(name)) throw new Error(`Not a database of this app: ${name}`);
  if (name === DEFAULT_DATABASE_NAME) storage().removeItem(POINTER_KEY);
  else storage().setItem(POINTER_KEY, name);
}

/**
 * Calls back when another window moves the pointer (the browser's `storage` event never fires in the
 * window that made the change).
 */
export function onPointerMovedElsewhere(listener: (name: string) => void): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') return () => undefined;
  const handle = (event: StorageEvent) => {
    if (event.key !== POINTER_KEY && event.key !== null) return;
    listener(activeDatabaseName());
  };
  window.addEventListener('storage', handle);
  return () => window.removeEventListener('storage', handle);
}
