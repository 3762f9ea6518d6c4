// A restore's hold on the database in use, in every window (why: restoreGuard.ts). The restoring window
// holds a Web Lock for the whole restore, puts the mark in `local`, and says so in localStorage, whose
// `storage` event tells the other windows (as the pointer's does) so their screens can say why nothing
// saves. A failed restore lifts the mark; a finished one leaves it in the database it replaced, which
// no window may write to again. The lock ends with the restoring window, so a mark a crash left behind
// is noticed and cleared: at the next start, or by a window that was waiting for the lock. Combining
// another coordinator's records holds the same lock and mark (whileCombining), with its own words.
import { db } from './database';
import { activeDatabaseName } from './databasePointer';
import { newerDatabase } from './databaseSwitch';
import { holdKindOf, RESTORE_MARK_KEY, RestoreRunningError, type HoldKind, type RestoreMark } from './restoreGuard';

const RESTORE_LOCK = 'connection-coordinator-restoring';
/** Set in localStorage while a window restores or combines: `{ database, startedAt, kind }`. */
export const RESTORING_KEY = 'connection-coordinator.restoring';

/** Where a restore is running, seen from this window. */
export type RestoreRunning = 'here' | 'elsewhere' | null;

let running: RestoreRunning = null;
let runningKind: HoldKind = 'restore';
const listeners = new Set<() => void>();

function setRunning(next: RestoreRunning, kind: HoldKind = runningKind): void {
  if (running === next && runningKind === kind) return;
  running = next;
  runningKind = kind;
  for (const listener of listeners) listener();
}

export const restoreRunning = (): RestoreRunning => running;

/** What the hold restoreRunning() reports is for: a restore, or combining records. */
export const holdKind = (): HoldKind => runningKind;

/** Calls back whenever restoreRunning() changes (for useSyncExternalStore). */
export function onRestoreRunning(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const lockManager = (): LockManager | undefined =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;

function announce(kind: HoldKind | null): void {
  try {
    if (kind) localStorage.setItem(RESTORING_KEY, JSON.stringify({ database: db.name, startedAt: Date.now(), kind }));
    else localStorage.removeItem(RESTORING_KEY);
  } catch {
    // Without localStorage the other windows only learn of the restore when a write is refused.
  }
}

const liftMark = () =>
  db.local.delete(RESTORE_MARK_KEY).catch((lift: unknown) => console.warn('Could not lift the restore mark', lift));

async function hold<T>(kind: HoldKind, job: () => Promise<T>): Promise<T> {
  if (activeDatabaseName() !== db.name) {
    throw new Error('Your records were restored in another window. Reload this window, then try again.');
  }
  // Without Web Locks (or before the lock's word reached here): one hold at a time, as far as this window knows.
  if (running !== null) throw new RestoreRunningError(runningKind);
  setRunning('here', kind);
  try {
    const mark: RestoreMark = { startedAt: new Date().toISOString(), kind };
    await db.local.put({ key: RESTORE_MARK_KEY, value: mark });
    announce(kind);
    let done = false;
    try {
      const result = await job();
      done = true;
      return result;
    } finally {
      // A failed restore restored nothing, and combining ends in the database in use either way: that
      // database takes writes again. (A finished restore leaves its mark in the database it replaced.)
      // Should this fail too, the mark is cleared at the next start (the lock has gone with the hold).
      if (!done || kind === 'combine') await liftMark();
      announce(null);
    }
  } finally {
    setRunning(null);
  }
}

function holding<T>(kind: HoldKind, job: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  if (!locks) return hold(kind, job);
  return locks.request(RESTORE_LOCK, { ifAvailable: true }, (lock) => {
    // Another window restores or combines (which, once this window has heard of it).
    if (!lock) throw new RestoreRunningError(running === 'elsewhere' ? runningKind : 'restore');
    return hold(kind, job);
  });
}

/**
 * Runs a restore with every write to the database in use refused, in this window and the others, from
 * before its safety backup until it has switched (or failed). Refuses (RestoreRunningError) while
 * another window restores or combines.
 */
export function whileRestoring<T>(job: () => Promise<T>): Promise<T> {
  return holding('restore', job);
}

/**
 * Runs combining another coordinator's records under the same hold: from before its safety backup,
 * every write is refused, until the merge's own transaction lifts the mark as its first write
 * (applyMerge's `liftHold`), so nothing is saved between the backup and the merge. The mark is lifted
 * at the end in any case. Refuses (RestoreRunningError) while another window restores or combines.
 */
export function whileCombining<T>(job: () => Promise<T>): Promise<T> {
  return holding('combine', job);
}

/**
 * Lifts a mark no restore holds any more (one a crash left behind), unless this database was replaced:
 * by a restore that finished (the pointer moved) or one whose pointer a crash lost (a newer whole
 * database, which the housekeeping switches to). Call while holding the lock, so no restore starts meanwhile.
 */
async function clearLeftMark(): Promise<void> {
  try {
    if (activeDatabaseName() !== db.name || !(await db.local.get(RESTORE_MARK_KEY))) return;
    if (await newerDatabase()) return;
    await db.local.delete(RESTORE_MARK_KEY);
  } catch (error) {
    // A database closed meanwhile (a switch) keeps its mark, as it should.
    console.warn('Could not check for a restore left unfinished', error);
  }
}

let waiting = false;

/** The kind another window announced (a restore when unreadable). */
function kindAnnounced(word: string): HoldKind {
  try {
    return holdKindOf(JSON.parse(word));
  } catch {
    return 'restore';
  }
}

/** A restore runs in another window (or a crash left its mark): wait for its lock to be free. */
function restoringElsewhere(kind: HoldKind): void {
  if (running === 'here') return;
  setRunning('elsewhere', kind);
  const locks = lockManager();
  if (waiting || !locks) return;
  waiting = true;
  void locks
    .request(RESTORE_LOCK, clearLeftMark)
    .catch((error: unknown) => console.warn('Could not wait for the restore in another window', error))
    .finally(() => {
      waiting = false;
      if (running === 'elsewhere') setRunning(null);
    });
}

/**
 * At start: notices a restore running in another window (or a mark a crash left, then cleared), and
 * from then on hears of restores begun and ended elsewhere.
 */
export function watchRestores(): () => void {
  const handle = (event: StorageEvent) => {
    if (event.key !== RESTORING_KEY && event.key !== null) return;
    if (event.newValue) restoringElsewhere(kindAnnounced(event.newValue));
    else if (running === 'elsewhere' && !waiting) setRunning(null);
  };
  const listening = typeof window !== 'undefined' && typeof window.addEventListener === 'function';
  if (listening) window.addEventListener('storage', handle);
  void db.local
    .get(RESTORE_MARK_KEY)
    .then((mark) => {
      if (!mark) return;
      if (lockManager()) restoringElsewhere(holdKindOf(mark.value));
      // Without Web Locks a running restore is known only by its word in localStorage.
      else if (!localStorage.getItem(RESTORING_KEY)) void clearLeftMark();
      else setRunning('elsewhere', holdKindOf(mark.value));
    })
    .catch((error: unknown) => console.warn('Could not check for a restore in another window', error));
  return () => {
    if (listening) window.removeEventListener('storage', handle);
  };
}
