// Live queries that start the moment a screen first renders, and that screens share by name.
//
// dexie-react-hooks' useLiveQuery subscribes in an effect, after the screen has been drawn once, and
// Dexie then starts the read on a zero-delay timer: a screen's reads began 15–30 ms after the
// coordinator clicked. Here the read starts during the first render, and a result that is already
// known (the same query, still live for another screen or a moment ago) is shown in that very render.
// Every entry is a Dexie liveQuery, so it follows every change to what it read, as useLiveQuery does.
import { useCallback, useSyncExternalStore } from 'react';
import Dexie, { liveQuery, type ObservabilitySet, type Subscription, type Table } from 'dexie';

/** What a screen sees; a new object at every change, so React knows to draw again. */
interface Result {
  value: unknown;
  failed: boolean;
  error: unknown;
}

const NOTHING_YET: Result = { value: undefined, failed: false, error: undefined };

interface Entry {
  result: Result;
  listeners: Set<() => void>;
  subscription: Subscription | null;
  keepMs: number;
  release: ReturnType<typeof setTimeout> | undefined;
  /** settles with the first result (or failure) */
  firstRead: Promise<void>;
}

const entries = new Map<string, Entry>();

function notify(entry: Entry): void {
  for (const listener of [...entry.listeners]) listener();
}

/**
 * Ends the entry's live query once nobody has listened for `afterMs` (never for an entry kept for good):
 * a screen that is left stops re-reading at once, so its reads never compete with the next screen's.
 */
function scheduleRelease(key: string, entry: Entry, afterMs: number): void {
  clearTimeout(entry.release);
  if (entry.keepMs === Number.POSITIVE_INFINITY) return;
  entry.release = setTimeout(() => {
    if (entry.listeners.size > 0) return;
    entry.subscription?.unsubscribe();
    if (entries.get(key) === entry) entries.delete(key);
  }, afterMs);
}

/** Calls back after a commit (in this window or another) that changed any of the tables. */
function onTablesChanged(tables: readonly Table[], changed: () => void): () => void {
  const watched = tables.map((table) => `idb://${table.db.name}/${table.name}/`);
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => watched.some((prefix) => part.startsWith(prefix)))) changed();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

const closedUnder = (error: unknown) =>
  error instanceof Error && (error.name === 'DatabaseClosedError' || error.name === 'AbortError');

/**
 * A query that runs now, not on Dexie's zero-delay timer, and again after any change to its tables:
 * coarser than a live query (any change to a table, not only to the rows read), for reads whose tables
 * change seldom or whose every change matters. Only the newest run's result is delivered.
 */
function watchTables<T>(
  tables: readonly Table[],
  querier: () => Promise<T>,
  observer: { next: (value: T) => void; error: (error: unknown) => void },
): Subscription {
  let closed = false;
  let runs = 0;
  const run = () => {
    const mine = (runs += 1);
    const current = () => !closed && mine === runs;
    new Promise<T>((resolve) => resolve(querier())).then(
      (value) => current() && observer.next(value),
      // As a live query does: a database closed under the read (the app switching databases) says nothing.
      (error: unknown) => current() && !closedUnder(error) && observer.error(error),
    );
  };
  const stop = onTablesChanged(tables, run);
  run();
  return {
    get closed() {
      return closed;
    },
    unsubscribe: () => {
      closed = true;
      stop();
    },
  };
}

function entryFor<T>(key: string, querier: () => Promise<T>, keepMs: number, tables?: readonly Table[]): Entry {
  const known = entries.get(key);
  if (known) return known;
  let settle: () => void = () => undefined;
  const entry: Entry = {
    result: NOTHING_YET,
    listeners: new Set(),
    subscription: null,
    keepMs,
    release: undefined,
    firstRead: new Promise<void>((resolve) => (settle = resolve)),
  };
  entries.set(key, entry);
  const observer = {
    next: (value: T) => {
      entry.result = { value, failed: false, error: undefined };
      settle();
      notify(entry);
    },
    error: (error: unknown) => {
      entry.result = { value: entry.result.value, failed: true, error };
      settle();
      notify(entry);
    },
  };
  entry.subscription = tables ? watchTables(tables, querier, observer) : liveQuery(querier).subscribe(observer);
  // Started by a render that may never be shown, or ahead of a screen: let it go unless someone listens.
  scheduleRelease(key, entry, keepMs);
  return entry;
}

/**
 * Starts (or joins) the live query named `key` without a screen: for a read a screen is about to need.
 * The name must say everything the query depends on (its dates, its filters). Unless a screen shows it
 * within keepMs (Infinity: kept while the app runs), it ends. Settles with the query's first result, or
 * undefined if that read failed (the screen that shows it says so).
 */
export function warmQuery<T>(
  key: string,
  querier: () => Promise<T>,
  keepMs = 2000,
  tables?: readonly Table[],
): Promise<T | undefined> {
  const entry = entryFor(key, querier, keepMs, tables);
  return entry.firstRead.then(() => (entry.result.failed ? undefined : (entry.result.value as T)));
}

/**
 * The live result of the query named `key` (undefined until the first result), or nothing while `key`
 * is null. The query runs while a screen shows it (keepMs: how long a render that is never shown keeps
 * it; Infinity: for good). A failed read is thrown, as useLiveQuery does, for the screen's error boundary.
 * With `tables`, the query runs at once and again after any change to them (see watchTables), instead of
 * as a Dexie live query.
 */
export function useSharedQuery<T>(
  key: string | null,
  querier: () => Promise<T>,
  keepMs = 2000,
  tables?: readonly Table[],
): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (key === null) return () => undefined;
      const entry = entryFor(key, querier, keepMs, tables);
      clearTimeout(entry.release);
      entry.listeners.add(onChange);
      return () => {
        entry.listeners.delete(onChange);
        // After this task, so a screen that unsubscribes and subscribes again at once keeps its query.
        if (entry.listeners.size === 0) scheduleRelease(key, entry, 0);
      };
    },
    // Only the key decides which query runs: the querier of the render that first asked is used.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  // Starts the read now, during the render, rather than after the screen is first drawn.
  if (key !== null) entryFor(key, querier, keepMs, tables);
  const result = useSyncExternalStore(
    subscribe,
    () => (key === null ? NOTHING_YET : entries.get(key)?.result) ?? NOTHING_YET,
  );
  if (result.failed) throw result.error;
  return result.value as T | undefined;
}

/** For tests: ends every shared query. */
export function forgetSharedQueries(): void {
  for (const entry of entries.values()) {
    clearTimeout(entry.release);
    entry.subscription?.unsubscribe();
  }
  entries.clear();
}
