// @vitest-environment happy-dom
// While a restore runs, no window writes to the database in use: writes are refused in plain words, the
// other windows hear of it, and a mark a crash left behind is cleared once no restore holds it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import {
  DEFAULT_DATABASE_NAME,
  newDatabaseName,
  setActiveDatabaseName,
} from '../../../../src/renderer/src/db/databasePointer';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { updateGroup } from '../../../../src/renderer/src/db/groups';
import { renameDevice } from '../../../../src/renderer/src/db/device';
import {
  holdKind,
  RESTORING_KEY,
  restoreRunning,
  watchRestores,
  whileCombining,
  whileRestoring,
} from '../../../../src/renderer/src/db/restoreBarrier';
import {
  COMBINE_RUNNING_MESSAGE,
  RESTORE_MARK_KEY,
  RESTORE_RUNNING_MESSAGE,
  RestoreRunningError,
} from '../../../../src/renderer/src/db/restoreGuard';
import { resetDatabase } from './resetDb';

/**
 * Web Locks as the windows of one app share them (happy-dom has none): exclusive, queued in order,
 * `ifAvailable` answered with null when held.
 */
class FakeLocks {
  private readonly queues = new Map<string, (() => void)[]>();
  private readonly held = new Set<string>();

  request<T>(
    name: string,
    optionsOrCallback: LockOptions | ((lock: Lock | null) => T | Promise<T>),
    maybeCallback?: (lock: Lock | null) => T | Promise<T>,
  ): Promise<T> {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback)!;
    if (options.ifAvailable && this.held.has(name)) return Promise.resolve().then(() => callback(null));
    return new Promise<T>((resolve, reject) => {
      const run = () => {
        this.held.add(name);
        Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' } as Lock))
          .then(resolve, reject)
          .finally(() => {
            this.held.delete(name);
            this.queues.get(name)?.shift()?.();
          });
      };
      if (this.held.has(name)) this.queues.set(name, [...(this.queues.get(name) ?? []), run]);
      else run();
    });
  }

  query(): Promise<LockManagerSnapshot> {
    return Promise.resolve({ held: [...this.held].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] });
  }
}

let locks: FakeLocks;
beforeEach(async () => {
  await resetDatabase();
  locks = new FakeLocks();
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true });
  localStorage.clear();
});
afterEach(() => {
  Object.defineProperty(navigator, 'locks', { value: null, configurable: true });
  setActiveDatabaseName(DEFAULT_DATABASE_NAME);
});

const until = async (holds: () => boolean) => {
  for (let tries = 0; tries < 200 && !holds(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(holds()).toBe(true);
};

/**
 * Another window's restore (or combining, which holds the same way): it holds the lock, sets the mark
 * and says so, until `end` is called.
 */
async function restoreInAnotherWindow(kind?: 'combine') {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let granted!: () => void;
  const started = new Promise<void>((resolve) => (granted = resolve));
  const done = locks.request('connection-coordinator-restoring', async () => {
    granted();
    await held;
  });
  await started;
  await db.local.put({ key: RESTORE_MARK_KEY, value: { startedAt: new Date().toISOString(), kind } });
  const word = JSON.stringify({ database: db.name, startedAt: Date.now(), kind });
  localStorage.setItem(RESTORING_KEY, word);
  window.dispatchEvent(new StorageEvent('storage', { key: RESTORING_KEY, newValue: word }));
  return {
    /** the restore failed (its mark lifted) or its window crashed (the mark left) */
    end: async ({ lift }: { lift: boolean }) => {
      if (lift) await db.local.delete(RESTORE_MARK_KEY);
      localStorage.removeItem(RESTORING_KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: RESTORING_KEY, newValue: null }));
      release();
      await done;
    },
  };
}

const someGroup = async () => (await db.groups.toArray())[0]!;

describe('a restore in another window', () => {
  it('has this window refuse every write in plain words and say why, until it ends', async () => {
    await loadSampleData();
    const group = await someGroup();
    const stop = watchRestores();
    const other = await restoreInAnotherWindow();
    expect(restoreRunning()).toBe('elsewhere');

    await expect(updateGroup(group.id, { notes: 'Saved meanwhile' })).rejects.toThrow(RESTORE_RUNNING_MESSAGE);
    await expect(renameDevice('Front desk')).rejects.toBeInstanceOf(RestoreRunningError);
    await expect(db.transaction('rw', db.groups, () => db.groups.clear())).rejects.toBeInstanceOf(RestoreRunningError);
    expect((await db.groups.get(group.id))?.notes).toBe(group.notes);
    expect(await db.groups.count()).toBeGreaterThan(0);
    // A restore started here meanwhile is refused too, and never begins.
    let ran = false;
    await expect(whileRestoring(async () => (ran = true))).rejects.toBeInstanceOf(RestoreRunningError);
    expect(ran).toBe(false);

    await other.end({ lift: true });
    await until(() => restoreRunning() === null);
    await updateGroup(group.id, { notes: 'Saved after' });
    expect((await db.groups.get(group.id))?.notes).toBe('Saved after');
    stop();
  });

  it('that crashed leaves a mark this window clears once the lock is free, and writes go on', async () => {
    await loadSampleData();
    const group = await someGroup();
    const stop = watchRestores();
    const other = await restoreInAnotherWindow();
    await other.end({ lift: false });
    await until(() => restoreRunning() === null);
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeUndefined();
    await updateGroup(group.id, { notes: 'Saved after the crash' });
    expect((await db.groups.get(group.id))?.notes).toBe('Saved after the crash');
    stop();
  });
});

describe("another coordinator's records combined in another window", () => {
  it("has this window refuse every write in combining's words, and no restore begin, until it ends", async () => {
    await loadSampleData();
    const group = await someGroup();
    const stop = watchRestores();
    const other = await restoreInAnotherWindow('combine');
    expect([restoreRunning(), holdKind()]).toEqual(['elsewhere', 'combine']);

    await expect(updateGroup(group.id, { notes: 'Saved meanwhile' })).rejects.toThrow(COMBINE_RUNNING_MESSAGE);
    let ran = false;
    await expect(whileRestoring(async () => (ran = true))).rejects.toThrow(COMBINE_RUNNING_MESSAGE);
    await expect(whileCombining(async () => (ran = true))).rejects.toThrow(COMBINE_RUNNING_MESSAGE);
    expect(ran).toBe(false);
    expect((await db.groups.get(group.id))?.notes).toBe(group.notes);

    await other.end({ lift: true });
    await until(() => restoreRunning() === null);
    await updateGroup(group.id, { notes: 'Saved after' });
    expect((await db.groups.get(group.id))?.notes).toBe('Saved after');
    stop();
  });
});

describe('at start', () => {
  it('waits for a restore still running elsewhere, then clears the mark its crash left', async () => {
    await loadSampleData();
    const other = await restoreInAnotherWindow();
    const stop = watchRestores();
    await until(() => restoreRunning() === 'elsewhere');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeDefined();
    await other.end({ lift: false });
    await until(() => restoreRunning() === null);
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeUndefined();
    stop();
  });

  it('keeps the mark of a database a finished restore replaced: nothing may be written to it again', async () => {
    await loadSampleData();
    await db.local.put({ key: RESTORE_MARK_KEY, value: { startedAt: new Date().toISOString() } });
    setActiveDatabaseName(newDatabaseName());
    const stop = watchRestores();
    await until(() => restoreRunning() === null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeDefined();
    await expect(updateGroup((await someGroup()).id, { notes: 'Lost?' })).rejects.toBeInstanceOf(RestoreRunningError);
    stop();
  });
});

describe('a restore in this window', () => {
  it('holds the lock and the mark while it runs, tells the others, and lifts both when it fails', async () => {
    await loadSampleData();
    const group = await someGroup();
    const seen: unknown[] = [];
    const failure = await whileRestoring(async () => {
      seen.push(restoreRunning(), localStorage.getItem(RESTORING_KEY) !== null);
      seen.push((await locks.query()).held?.map((lock) => lock.name));
      await updateGroup(group.id, { notes: 'Saved meanwhile' }).catch((error: unknown) => seen.push(error));
      throw new Error('The disk is full');
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ message: 'The disk is full' });
    expect(seen).toEqual([
      'here',
      true,
      ['connection-coordinator-restoring'],
      expect.objectContaining({ message: RESTORE_RUNNING_MESSAGE }),
    ]);
    expect(restoreRunning()).toBeNull();
    expect(localStorage.getItem(RESTORING_KEY)).toBeNull();
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeUndefined();
    await updateGroup(group.id, { notes: 'Saved after' });
    expect((await db.groups.get(group.id))?.notes).toBe('Saved after');
  });
});
