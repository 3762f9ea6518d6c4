import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { db } from '../../../../src/renderer/src/db/database';
import { getDevice } from '../../../../src/renderer/src/db/device';
import { makeBackup } from '../../../../src/renderer/src/db/backupExport';
import { replaceAllRecords } from '../../../../src/renderer/src/db/backupRestore';
import { validateBackup } from '../../../../src/renderer/src/domain/backupValidate';
import { statsOfDigests } from '../../../../src/renderer/src/domain/monthlyStats';
import { summarize, type BackupTables } from '../../../../src/renderer/src/domain/backupDocument';
import { databaseArbitrary } from './backupArbitraries';
import { resetDatabase } from './resetDb';
import { reloadApp } from './reloadApp';

beforeEach(resetDatabase);

const noPause = async () => undefined;

async function fill(tables: BackupTables): Promise<void> {
  // A restore closed this database when it switched to the restored one.
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', BACKUP_TABLES, async () => {
    for (const name of BACKUP_TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(tables[name]);
    }
  });
}

async function everything(database: typeof db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) out[name] = await database.table(name).orderBy(':id').toArray();
  return out;
}

const sortedById = (tables: BackupTables): Record<string, unknown[]> =>
  Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, [...tables[name]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  );

describe('backup and restore', () => {
  it('bring back any database exactly, emoji, accents and right-to-left text included', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, databaseArbitrary, async (original, other) => {
        await fill(original);
        const { bytes, header } = await makeBackup('manual');
        // Something else entirely is in the app when the backup comes back.
        await fill(other);
        const backup = await validateBackup(bytes, { schemaVersion: db.verno, pause: noPause });
        await replaceAllRecords(backup);
        expect(await everything((await reloadApp()).db)).toEqual(sortedById(original));
        expect(header.counts).toEqual(summarize(original).counts);
      }),
      { numRuns: 40 },
    );
  });

  it('keep this copy’s device id and rebuild the monthly figures from the restored meetings', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, async (original) => {
        await fill(original);
        const { bytes } = await makeBackup('manual');
        const device = await getDevice();
        const stray = { held: 1, cancelled: 0, attendance: 5, firstTime: 1, facilitatorMinutes: 180 };
        await db.monthlyStats.put({ month: '2026-01', groups: { g: stray } });
        await replaceAllRecords(await validateBackup(bytes, { schemaVersion: db.verno, pause: noPause }));
        const app = await reloadApp();
        expect((await app.db.local.get('device'))?.value).toEqual(device);
        const restored = await app.db.monthlyStats.toArray();
        expect(restored.find((row) => 'g' in row.groups)).toBeUndefined();
        await app.rebuildMonthlyStats();
        expect(await app.db.monthlyStats.toArray()).toEqual(restored);
        const counted = original.meetings.filter((m) => m.outcome === 'held' && m.deletedAt === null).length;
        expect(statsOfDigests(restored).reduce((sum, stat) => sum + stat.held, 0)).toBe(counted);
      }),
      { numRuns: 5 },
    );
  });

  it('write a header main can list without reading the records', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, async (original) => {
        await fill(original);
        const { bytes, header } = await makeBackup('hourly');
        const { headerFromPrefix, HEADER_PROBE_BYTES } = await import('@shared/backupFiles');
        expect(headerFromPrefix(new TextDecoder().decode(bytes.subarray(0, HEADER_PROBE_BYTES)))).toEqual(header);
        expect(header.latestChange).toBe(
          BACKUP_TABLES.flatMap((name) => original[name].map((record) => record.updatedAt)).reduce(
            (max, stamp) => (stamp > max ? stamp : max),
            '',
          ),
        );
      }),
      { numRuns: 15 },
    );
  });
});
