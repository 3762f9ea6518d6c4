// @vitest-environment happy-dom
// The whole restore path through the browser mode's platform: safety backup, restore, undo.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { db } from '../../../../../src/renderer/src/db/database';
import { MADE_KEY } from '../../../../../src/renderer/src/db/databaseSwitch';
import { DEFAULT_DATABASE_NAME, activeDatabaseName } from '../../../../../src/renderer/src/db/databasePointer';
import { deleteBackupStore } from '../../../../../src/renderer/src/db/backupStore';
import { loadSampleData } from '../../../../../src/renderer/src/db/sample';
import { makeBackup } from '../../../../../src/renderer/src/db/backupExport';
import { encodeBackup, type ValidBackup } from '../../../../../src/renderer/src/domain/backupDocument';
import { deleteGroup, updateGroup } from '../../../../../src/renderer/src/db/groups';
import { BackupRefusal } from '../../../../../src/renderer/src/domain/backupValidate';
import {
  automaticBackup,
  backUpNow,
  openChosenFile,
  openListedBackup,
  restoreBackup,
} from '../../../../../src/renderer/src/features/backup/backupService';
import { describeFailure } from '../../../../../src/renderer/src/features/backup/backupErrors';
import { platform } from '../../../../../src/renderer/src/platform';
import { resetDatabase } from '../../db/resetDb';
import { appDatabases, reloadApp } from '../../db/reloadApp';

beforeEach(async () => {
  await resetDatabase();
  await deleteBackupStore();
});

// Everything a restore may change, and this copy's local entries (but the mark a new database gets).
async function snapshot(database = db): Promise<string> {
  const all: Record<string, unknown[]> = {};
  for (const name of [...BACKUP_TABLES, 'local' as const]) all[name] = await database.table(name).toArray();
  all['local'] = (all['local'] as { key: string }[]).filter((entry) => entry.key !== MADE_KEY);
  return JSON.stringify(all);
}

const liveGroups = async (database = db) =>
  (await database.groups.toArray()).filter((group) => group.deletedAt === null).length;

// The app reloads after a restore: the modules load again and `db` is the restored database.
async function reload() {
  const app = await reloadApp();
  return { ...app, service: await import('../../../../../src/renderer/src/features/backup/backupService') };
}

describe('restoring', () => {
  it('brings a deleted group back, and "Undo restore" takes it away again', async () => {
    await loadSampleData();
    const backup = await backUpNow();
    const [group] = await db.groups.toArray();
    await deleteGroup(group!.id);
    const afterDelete = await snapshot();

    const opened = await openListedBackup(backup.fileName);
    expect(opened.summary.counts.groups).toBe(4);
    const { safety } = await restoreBackup(opened.backup);
    expect(safety.reason).toBe('safety');
    const restored = await reload();
    expect(await liveGroups(restored.db)).toBe(4);

    await restored.service.undoRestore(safety.fileName);
    const undone = await reload();
    expect(await liveGroups(undone.db)).toBe(3);
    expect(JSON.parse(await snapshot(undone.db))).toEqual(JSON.parse(afterDelete));
  });

  it('changes nothing when the restore cannot be written, and says so', async () => {
    await loadSampleData();
    const opened = await openListedBackup((await backUpNow()).fileName);
    await deleteGroup((await db.groups.toArray())[0]!.id);
    const before = await snapshot();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    // The disk fills while the meetings are being written, half-way through the restore.
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'meetings') throw quota;
      return add.apply(this, args);
    });
    const failure = await restoreBackup(opened.backup).catch((error: unknown) => describeFailure(error, 'restore'));
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    expect(failure).toMatchObject({ storageFull: true, message: expect.stringContaining('Nothing was changed') });
    expect(JSON.parse(await snapshot())).toEqual(JSON.parse(before));
    // The half-written database is gone, and the pointer never moved.
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
  });

  it('refuses, after the review, a backup whose last record fails its check, and changes nothing', async () => {
    await loadSampleData();
    const { bytes, header } = await makeBackup('manual');
    const { tables } = JSON.parse(new TextDecoder().decode(bytes)) as ValidBackup;
    const meetings = tables.meetings.map((meeting, index) =>
      index === tables.meetings.length - 1 ? { ...meeting, date: '2026-02-30' } : meeting,
    );
    const { schemaVersion, appVersion, deviceId, createdAt, reason } = header;
    const origin = { schemaVersion, appVersion, deviceId, createdAt, reason };
    const damaged = await encodeBackup({ ...tables, meetings }, origin);
    await deleteGroup((await db.groups.toArray())[0]!.id);
    const before = await snapshot();

    // The file itself is whole: the review opens it and counts what it holds.
    const opened = await openChosenFile(Object.assign(new Blob([damaged.bytes]), { name: 'late.json' }));
    expect(opened.summary.counts.meetings).toBe(meetings.length);
    // Three backups today already: the safety backup written before the refusal must not push one out.
    for (let count = 0; count < 3; count += 1) await backUpNow();
    const kept = (await platform.listBackups()).backups.map((entry) => entry.fileName);
    const failure = await restoreBackup(opened.backup).catch((error: unknown) => describeFailure(error, 'restore'));
    expect(failure).toMatchObject({
      message:
        "Couldn't read this file: some of its records are not valid, so restoring it could damage your records. Nothing was changed.",
      details: [`meetings record ${meetings.length}: date: That date does not exist`],
    });
    expect(JSON.parse(await snapshot())).toEqual(JSON.parse(before));
    const after = (await platform.listBackups()).backups;
    expect(after.filter((entry) => entry.reason !== 'safety').map((entry) => entry.fileName)).toEqual(kept);
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
  });

  it('refuses a file over 300 MB before reading a byte of it', async () => {
    const arrayBuffer = vi.fn();
    const huge = { name: 'huge.json', size: 300 * 1024 * 1024 + 1, arrayBuffer } as unknown as File;
    await expect(openChosenFile(huge)).rejects.toMatchObject({ kind: 'too-large' });
    await expect(openChosenFile(huge)).rejects.toBeInstanceOf(BackupRefusal);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('automatic backups', () => {
  it('skip an empty copy, and skip when nothing changed since the newest backup', async () => {
    expect(await automaticBackup('start')).toBeNull();
    await loadSampleData();
    expect(await automaticBackup('start')).toMatchObject({ reason: 'start' });
    expect(await automaticBackup('hourly')).toBeNull();
    await deleteGroup((await db.groups.toArray())[0]!.id);
    expect(await automaticBackup('hourly')).toMatchObject({ reason: 'hourly' });
    expect((await platform.listBackups()).backups.map((entry) => entry.reason)).toEqual(['hourly', 'start']);
  });
});

describe('a write while a restore runs', () => {
  it('is refused in plain words, not lost between the safety backup and the restored records', async () => {
    await loadSampleData();
    const opened = await openListedBackup((await backUpNow()).fileName);
    const [group] = await db.groups.toArray();
    let during: Promise<unknown> | undefined;
    const { safety } = await restoreBackup(opened.backup, (progress) => {
      if (progress.phase === 'restore' && !during) {
        during = updateGroup(group!.id, { notes: 'Written during the restore' }).then(
          () => 'saved',
          (error: unknown) => error,
        );
      }
    });
    expect(await during).toMatchObject({ message: 'A restore is running. Wait for it to finish; nothing was saved.' });
    const restored = await reload();
    expect((await restored.db.groups.get(group!.id))?.notes).not.toBe('Written during the restore');
    const safetyText = new TextDecoder().decode((await platform.readBackup({ fileName: safety.fileName })).data);
    expect(safetyText).not.toContain('Written during the restore');
    // Writes go on as before in the restored database.
    const groups = await import('../../../../../src/renderer/src/db/groups');
    await groups.updateGroup(group!.id, { notes: 'After the restore' });
    expect((await restored.db.groups.get(group!.id))?.notes).toBe('After the restore');
  });
});
