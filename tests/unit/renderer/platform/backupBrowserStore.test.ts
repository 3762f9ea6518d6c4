// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../../../src/renderer/src/platform/browser';
import { ApiError, unwrapApi } from '../../../../src/renderer/src/platform/platform';
import { deleteBackupStore, storeBackup } from '../../../../src/renderer/src/db/backupStore';
import { encodeBackup } from '../../../../src/renderer/src/domain/backupDocument';
import type { BackupReason } from '@shared/backupFiles';
import { ORIGIN, sampleTables } from '../domain/backupSample';

beforeEach(deleteBackupStore);

const backupOf = async (reason: BackupReason) => (await encodeBackup(sampleTables(), { ...ORIGIN, reason })).bytes;

describe('the browser mode’s backups', () => {
  it('are kept in their own IndexedDB database, listed with counts and read back whole', async () => {
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    const data = await backupOf('manual');
    const written = await platform.writeBackup({ reason: 'manual', data });
    const { backups } = await platform.listBackups();
    expect(backups).toEqual([written]);
    expect(written.header?.counts).toMatchObject({ groups: 4, meetings: 42 });
    const read = await platform.readBackup({ fileName: written.fileName });
    expect(Array.from(read.data)).toEqual(Array.from(data));
    expect((await indexedDB.databases()).map((db) => db.name)).toContain('connection-coordinator-backups');
  });

  it('refuse what is not a backup, and say plainly when one has gone', async () => {
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    await expect(
      platform.writeBackup({ reason: 'manual', data: new TextEncoder().encode('{"some":"thing"}') }),
    ).rejects.toThrow(/not a backup made by Connection Coordinator/);
    await expect(platform.readBackup({ fileName: '../secret.json' })).rejects.toBeInstanceOf(ApiError);
    await expect(
      platform.readBackup({ fileName: 'backup-2026-10-06T18-00-00-000Z-manual.json' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('rotate like main’s folder: only the last 3 of today stay', async () => {
    const data = await backupOf('hourly');
    // Local hours, so "today" is one day wherever the test runs.
    const at = (hour: number) => new Date(2026, 9, 6, hour);
    for (let hour = 8; hour < 14; hour += 1) await storeBackup('hourly', data, at(hour));
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    const { backups } = await platform.listBackups();
    expect(backups.map((entry) => entry.createdAt)).toEqual([13, 12, 11].map((hour) => at(hour).toISOString()));
    // Removed from the list, and their bytes are gone too.
    const oldest = `backup-${at(8).toISOString().replace(/:/g, '-').replace('.', '-')}-hourly.json`;
    await expect(platform.readBackup({ fileName: oldest })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('remove nothing when a safety backup is written, nor count it among today’s others', async () => {
    const hourly = await backupOf('hourly');
    const safety = await backupOf('safety');
    const at = (hour: number) => new Date(2026, 9, 6, hour);
    for (const hour of [8, 9, 10]) await storeBackup('hourly', hourly, at(hour));
    for (const hour of [11, 12, 13, 14]) await storeBackup('safety', safety, at(hour));
    const platform = unwrapApi(createBrowserApi(window), 'browser');
    const listed = async () => (await platform.listBackups()).backups.map((entry) => entry.createdAt);
    expect(await listed()).toEqual([14, 13, 12, 11, 10, 9, 8].map((hour) => at(hour).toISOString()));
    await storeBackup('hourly', hourly, at(15));
    expect(await listed()).toEqual([15, 14, 13, 12, 10, 9].map((hour) => at(hour).toISOString()));
  });
});
