// @vitest-environment happy-dom
// A restore fills a new database and switches to it: all or nothing, this copy's local entries kept,
// the old database deleted at the next start, and other windows told.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { CoordinatorDb, db, onDatabaseClosed } from '../../../../src/renderer/src/db/database';
import {
  DEFAULT_DATABASE_NAME,
  POINTER_KEY,
  activeDatabaseName,
  newDatabaseName,
  setActiveDatabaseName,
} from '../../../../src/renderer/src/db/databasePointer';
import {
  MADE_KEY,
  buildNewDatabase,
  dropOldDatabases,
  parseMade,
} from '../../../../src/renderer/src/db/databaseSwitch';
import { BATCH_BYTES, BATCH_RECORDS, BatchWriter } from '../../../../src/renderer/src/db/databaseBatches';
import {
  currentSummary,
  getLastRestore,
  replaceAllRecords,
  withRestoreNote,
} from '../../../../src/renderer/src/db/backupRestore';
import { latestChange, makeBackup } from '../../../../src/renderer/src/db/backupExport';
import { renameDevice } from '../../../../src/renderer/src/db/device';
import { deleteGroup } from '../../../../src/renderer/src/db/groups';
import { withExchangeState } from '../../../../src/renderer/src/db/exchangeState';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { validateBackup } from '../../../../src/renderer/src/domain/backupValidate';
import { resetDatabase } from './resetDb';
import { appDatabases, reloadApp } from './reloadApp';

beforeEach(resetDatabase);

async function sampleBackup() {
  await loadSampleData();
  const { bytes } = await makeBackup('manual');
  return validateBackup(bytes, { schemaVersion: db.verno, pause: async () => undefined });
}

async function contents(database: CoordinatorDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) all[name] = await database.table(name).orderBy(':id').toArray();
  return all;
}

describe('the database pointer', () => {
  it('names the default database until a restore moves it, and only ever one of ours', () => {
    expect(activeDatabaseName()).toBe('connection-coordinator');
    expect(db.name).toBe('connection-coordinator');
    localStorage.setItem(POINTER_KEY, 'connection-coordinator-backups');
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
    const name = newDatabaseName();
    setActiveDatabaseName(name);
    expect(activeDatabaseName()).toBe(name);
    expect(() => setActiveDatabaseName('someone-else')).toThrow();
    setActiveDatabaseName(DEFAULT_DATABASE_NAME);
    expect(localStorage.getItem(POINTER_KEY)).toBeNull();
  });
});

describe('a restore into a new database', () => {
  it('switches only when whole, keeps this copy’s local entries, and the old one goes at the next start', async () => {
    const backup = await sampleBackup();
    const device = await renameDevice('Front desk laptop');
    await db.local.put({ key: 'reports.rollup', value: [{ kept: true }] });
    const before = await contents(db);
    await deleteGroup((await db.groups.toArray())[0]!.id);

    const note = {
      safetyFileName: 'safety.json',
      restoredAt: '2026-11-26T10:00:00.000Z',
      source: 'a file',
      madeAt: '2026-11-25T10:00:00.000Z',
      counts: {},
      undone: false,
    };
    const name = await replaceAllRecords(backup, { local: withRestoreNote(note) });
    expect(activeDatabaseName()).toBe(name);
    expect(db.isOpen()).toBe(false);
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME, name].sort());

    // The next start opens the restored database and deletes the old one.
    const app = await reloadApp();
    expect(app.db.name).toBe(name);
    expect(await contents(app.db)).toEqual(before);
    expect((await app.db.local.get('device'))?.value).toEqual(device);
    expect((await app.db.local.get('reports.rollup'))?.value).toEqual([{ kept: true }]);
    expect((await app.db.local.get(MADE_KEY))?.value).toMatchObject({ generation: 1, by: 'restore' });
    expect(await (await import('../../../../src/renderer/src/db/backupRestore')).getLastRestore()).toEqual(note);
    expect(await app.newerDatabase()).toBeNull();
    expect(await app.dropOldDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
    expect(await appDatabases()).toEqual([name]);
  });

  it('changes nothing when it fails half-way: the old database stays in use, whole, and the new one is deleted', async () => {
    const backup = await sampleBackup();
    await db.local.put({ key: 'reports.rollup', value: ['mine'] });
    const before = await contents(db);
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'meetings') throw new Error('The disk is full.');
      return add.apply(this, args);
    });
    await expect(replaceAllRecords(backup)).rejects.toThrow('The disk is full.');
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
    expect(db.isOpen()).toBe(true);
    expect(await contents(db)).toEqual(before);
    expect((await db.local.get('reports.rollup'))?.value).toEqual(['mine']);
    expect(await getLastRestore()).toBeNull();
  });
});

describe('undoing a merge', () => {
  it('restores with what this copy knew of the others before it, and nothing learnt since', async () => {
    const backup = await sampleBackup();
    const device = await renameDevice('Front desk laptop');
    await db.local.bulkPut([
      { key: 'exchange:peer:learnt-since', value: { name: 'merged just now' } },
      { key: 'exchange:hidden-meeting:m1', value: { id: 'm1' } },
    ]);
    const before = [{ key: 'exchange:peer:known', value: { name: 'State office laptop' } }];
    await replaceAllRecords(backup, { local: withExchangeState(before) });
    const app = await reloadApp();
    const local = await app.db.local.toArray();
    expect(local.filter((entry) => entry.key.startsWith('exchange:'))).toEqual(before);
    expect(local.find((entry) => entry.key === 'device')?.value).toEqual(device);
  });
});

describe('at start', () => {
  it('deletes a half-written database a crash left behind, but never one still being filled', async () => {
    let finish = () => undefined as void;
    const filling = buildNewDatabase({ by: 'restore' }, async (target) => {
      await target.groups.count();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    await vi.waitFor(async () => expect(await appDatabases()).toHaveLength(2));
    expect(await dropOldDatabases()).toEqual([]);
    finish();
    const built = await filling;

    // A crash half-way: a database with records but no mark that it is whole.
    const crashed = new CoordinatorDb(newDatabaseName());
    await crashed.local.put({ key: 'device', value: { id: 'half', name: 'written' } });
    crashed.close();
    expect(await appDatabases()).toHaveLength(3);
    // The finished one is newer than the one in use and was never switched to: kept for newerDatabase.
    expect(await dropOldDatabases()).toEqual([crashed.name]);
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME, built].sort());
  });

  it('finds the restored database when the pointer was lost in a crash, and does not delete it', async () => {
    const backup = await sampleBackup();
    const name = await replaceAllRecords(backup);
    // localStorage reaches the disk a few seconds late: after a crash the pointer may be the old one.
    setActiveDatabaseName(DEFAULT_DATABASE_NAME);
    const app = await reloadApp();
    expect(app.db.name).toBe(DEFAULT_DATABASE_NAME);
    expect(await app.dropOldDatabases()).toEqual([]);
    expect(await app.newerDatabase()).toBe(name);
  });
});

describe('another window', () => {
  it('closes its database and says why when the pointer moves', async () => {
    const heard: string[] = [];
    const stop = onDatabaseClosed((message) => heard.push(message));
    await db.groups.count();
    const name = newDatabaseName();
    localStorage.setItem(POINTER_KEY, name);
    window.dispatchEvent(new StorageEvent('storage', { key: POINTER_KEY, newValue: name }));
    stop();
    expect(db.isOpen()).toBe(false);
    expect(heard).toEqual([expect.stringContaining('restored in another window. Reload this window')]);
  });
});

describe('writing in small transactions', () => {
  it('writes at most BATCH_RECORDS records per transaction, and large rows by size', async () => {
    const target = new CoordinatorDb(newDatabaseName());
    await target.open();
    // Records per transaction, in the order the transactions were made.
    const perTransaction = new Map<IDBTransaction, number>();
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      perTransaction.set(this.transaction, (perTransaction.get(this.transaction) ?? 0) + 1);
      return add.apply(this, args);
    });
    // Each batch is committed as soon as its records are queued, not when the page next has time.
    const commits = vi.spyOn(IDBTransaction.prototype, 'commit');
    const written: number[] = [];
    const writer = new BatchWriter(target, (_table, count) => written.push(count));
    await writer.add(
      'local',
      Array.from({ length: BATCH_RECORDS * 2 + 234 }, (_, i) => ({ key: `k${i}`, value: i })),
    );
    // Three of these pass BATCH_BYTES: a transaction of three, and the last alone.
    const big = 'x'.repeat(Math.ceil(BATCH_BYTES / 3));
    await writer.add(
      'local',
      Array.from({ length: 7 }, (_, i) => ({ key: `big${i}`, value: big })),
      {
        sizeOf: (row) => JSON.stringify(row).length,
      },
    );
    await writer.flush();
    spy.mockRestore();
    expect([...perTransaction.values()]).toEqual([BATCH_RECORDS, BATCH_RECORDS, 234, 3, 3, 1]);
    expect(new Set(commits.mock.contexts)).toEqual(new Set(perTransaction.keys()));
    commits.mockRestore();
    expect(written.reduce((a, b) => a + b, 0)).toBe(BATCH_RECORDS * 2 + 241);
    expect(await target.local.count()).toBe(BATCH_RECORDS * 2 + 241);
    target.close();
  });
});

describe('what is in the app now', () => {
  it('counts records that are not deleted, and takes a backup’s counts only while nothing has changed since', async () => {
    await loadSampleData();
    await deleteGroup((await db.groups.toArray())[0]!.id);
    const now = await currentSummary();
    expect(now.counts.groups).toBe(3);
    expect(now.dateRange).not.toBeNull();
    const counts = { ...now.counts, groups: 99 };
    expect((await currentSummary({ latestChange: await latestChange(), counts })).counts.groups).toBe(99);
    expect((await currentSummary({ latestChange: '2020-01-01T00:00:00.000Z', counts })).counts.groups).toBe(3);
  });
});

describe('the mark that says a database is whole', () => {
  it('is read only when every field is as written', () => {
    const mark = { generation: 3, madeAt: '2026-11-27T10:00:00.000Z', by: 'restore' };
    expect(parseMade(mark)).toEqual(mark);
    expect(parseMade({ ...mark, by: 'demo-dataset', extra: 1 })).toEqual({ ...mark, by: 'demo-dataset' });
    for (const broken of [
      undefined,
      null,
      'restore',
      { ...mark, generation: -1 },
      { ...mark, generation: 1.5 },
      { ...mark, generation: '3' },
      { ...mark, madeAt: 7 },
      { ...mark, by: 'merge' },
      { generation: 3, madeAt: mark.madeAt },
    ]) {
      expect(parseMade(broken)).toBeNull();
    }
  });
});
