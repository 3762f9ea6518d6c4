// Home's to-do list as last read, kept in localStorage so the next start can show it at once, before
// the database has opened and Home's nine sections have been read (~0.3 s at state scale). It is only
// shown when nothing Home reads has changed since it was kept (any change to those tables, in any
// window, forgets it) and only on the day it was read (its sections depend on the date); the live read
// replaces it a moment later in every case.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { TodoSection } from './todos';

const PREFIX = 'connection-coordinator.home:';
const VERSION = 1;

interface Snapshot {
  version: number;
  day: string;
  sections: TodoSection[];
}

const isText = (value: unknown): value is string => typeof value === 'string';

function isSections(value: unknown): value is TodoSection[] {
  return (
    Array.isArray(value) &&
    value.every(
      (section: Partial<TodoSection>) =>
        isText(section?.key) &&
        isText(section.title) &&
        Array.isArray(section.items) &&
        section.items.every(
          (item) =>
            isText(item?.key) &&
            isText(item.text) &&
            isText(item.action) &&
            isText(item.to) &&
            (item.actionLabel === undefined || isText(item.actionLabel)),
        ),
    )
  );
}

/** The kept list for this database and day, or null (none, another day's, or unreadable). */
export function readHomeSnapshot(database: string, day: string): TodoSection[] | null {
  try {
    const text = localStorage.getItem(PREFIX + database);
    if (text === null) return null;
    const snapshot = JSON.parse(text) as Partial<Snapshot>;
    if (snapshot.version === VERSION && snapshot.day === day && isSections(snapshot.sections)) {
      return snapshot.sections;
    }
  } catch {
    // Unreadable: forgotten below, and the live read shows Home as usual.
  }
  localStorage.removeItem(PREFIX + database);
  return null;
}

/** Keeps the list Home has just read (a full disk or a storage refusal only costs the next start time). */
export function saveHomeSnapshot(database: string, day: string, sections: TodoSection[]): void {
  // One list is kept: a database the app has switched away from (a restore, a merge) needs none.
  for (const key of Object.keys(localStorage))
    if (key.startsWith(PREFIX) && key !== PREFIX + database) localStorage.removeItem(key);
  try {
    localStorage.setItem(PREFIX + database, JSON.stringify({ version: VERSION, day, sections }));
  } catch {
    localStorage.removeItem(PREFIX + database);
  }
}

/**
 * Forgets a database's kept list as soon as one of `tables` changes in it, in this window or another
 * (Dexie tells every window of the origin). Returns the unsubscribe.
 */
export function forgetOnChange(database: string, tables: readonly string[]): () => void {
  const watched = tables.map((table) => `idb://${database}/${table}/`);
  const listener = (parts: ObservabilitySet) => {
    const touched = Object.keys(parts).some((part) => watched.some((prefix) => part.startsWith(prefix)));
    if (touched) localStorage.removeItem(PREFIX + database);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
