// Live queries that start the moment a screen first renders, and that screens share by name.
//
// dexie-react-hooks' useLiveQuery subscribes in an effect, after the screen has been drawn once, and
// Dexie then starts the read on a zero-delay timer: a screen's reads began 15–30 ms after the
// coordinator clicked. Here the read starts during the first render, and a result that is already
// known (the same query, still live for another screen or a moment ago) is shown in that very render.
// Every entry is a Dexie liveQuery, so it follows every change to what it read, as useLiveQuery does.
import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery, type Subscription } from 'dexie';

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

function entryFor<T>(key: string, querier: () => Promise<T>, keepMs: number): Entry {
  const known = entries.get(key);
  if (known) return known;
  const entry: Entry = {
    result: NOTHING_YET,
    listeners: new Set(),
    subscription: null,
    keepMs,
    release: undefined,
  };
  entries.set(key, entry);
  entry.subscription = liveQuery(querier).subscribe({
    next: (value) => {
      entry.result = { value, failed: false, error: undefined };
      notify(entry);
    },
    error: (error: unknown) => {
      entry.result = { value: entry.result.value, failed: true, error };
      notify(entry);
    },
  });
  // Started by a render that may never be shown, or ahead of a screen: let it go unless someone listens.
  scheduleRelease(key, entry, keepMs);
  return entry;
}

/**
 * Starts (or joins) the live query named `key` without a screen: for a read a screen is about to need.
 * The name must say everything the query depends on (its dates, its filters). Unless a screen shows it
 * within keepMs (Infinity: kept while the app runs), it ends.
 */
export function warmQuery<T>(key: string, querier: () => Promise<T>, keepMs = 2000): void {
  entryFor(key, querier, keepMs);
}

/**
 * The live result of the query named `key` (undefined until the first result), or nothing while `key`
 * is null. The query runs while a screen shows it (keepMs: how long a render that is never shown keeps
 * it; Infinity: for good). A failed read is thrown, as useLiveQuery does, for the screen's error boundary.
 */
export function useSharedQuery<T>(key: string | null, querier: () => Promise<T>, keepMs = 2000): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (key === null) return () => undefined;
      const entry = entryFor(key, querier, keepMs);
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
  if (key !== null) entryFor(key, querier, keepMs);
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
