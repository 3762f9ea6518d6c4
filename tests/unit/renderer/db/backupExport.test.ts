import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { db, RECORD_SCHEMA_VERSION } from '../../../../src/renderer/src/db/database';
import { checkBackup } from '../../../../src/renderer/src/domain/backupValidate';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { hasRecords, makeBackup } from '../../../../src/renderer/src/db/backupExport';
import {
  emptyTables,
  encodeBackup,
  summarize,
  type BackupTables,
} from '../../../../src/renderer/src/domain/backupDocument';
import { databaseArbitrary } from './backupArbitraries';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

async function fill(tables: BackupTables): Promise<void> {
  await db.transaction('rw', BACKUP_TABLES, async () => {
    for (const name of BACKUP_TABLES) {
      await db.table(name).clear();
      await db.table(name).bulkAdd(tables[name]);
    }
  });
}

const byId = <T extends { id: string }>(records: T[]): T[] =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const sortedById = (tables: BackupTables): BackupTables => {
  const sorted = emptyTables();
  for (const name of BACKUP_TABLES) (sorted[name] as { id: string }[]) = byId<{ id: string }>(tables[name]);
  return sorted;
};

describe('making a backup', () => {
  it('writes every record, deleted ones too, in id order and the same bytes as the document of those tables', async () => {
    // Ids that are not random UUIDs, on and around the edges of the ranges the backup reads by.
    const oddIds = ['', '0', '1', '10', '9z', ':', 'A', 'F0', 'f', 'ff', 'g', 'm-000', 'zz', 'é'];
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, fc.subarray(oddIds), async (generated, ids) => {
        const donor = { ...generated.donors[0], name: 'Odd id', kind: 'person', address: '', email: '', phone: '' };
        const original: BackupTables = {
          ...generated,
          donors: [
            ...generated.donors.filter((record) => !ids.includes(record.id)),
            ...ids.map((id) => ({ ...donor, id, notes: '', deletedAt: null }) as BackupTables['donors'][number]),
          ],
        };
        await fill(original);
        const progress: [number, number][] = [];
        const { bytes, header } = await makeBackup('manual', (done, total) => progress.push([done, total]));
        const { schemaVersion, appVersion, deviceId, createdAt, reason } = header;
        const expected = await encodeBackup(sortedById(original), {
          schemaVersion,
          appVersion,
          deviceId,
          createdAt,
          reason,
        });
        expect(bytes).toEqual(expected.bytes);
        expect(header).toEqual(expected.header);
        expect(header.counts).toEqual(summarize(original).counts);
        // Records written so far while reading; the total once it is known, at the end.
        const records = BACKUP_TABLES.reduce((sum, name) => sum + original[name].length, 0);
        expect(progress.at(-1)).toEqual([records, records]);
        const reading = progress.slice(0, -1);
        expect(reading.every(([, total]) => total === 0)).toBe(true);
        expect(reading.map(([done]) => done)).toEqual(reading.map(([done]) => done).sort((a, b) => a - b));
      }),
      { numRuns: 25 },
    );
  });

  it('says which shape its records have, reads files of older shapes and refuses newer ones', async () => {
    await loadSampleData();
    const { bytes, header } = await makeBackup('manual');
    // Shape 6: series carry the link to the series they were split from (database version 6 itself
    // only added a table made from the gifts).
    expect(db.verno).toBe(6);
    expect(RECORD_SCHEMA_VERSION).toBe(6);
    expect(header.schemaVersion).toBe(6);
    const read = await checkBackup(bytes, { schemaVersion: 6 });
    expect(read.tables.donations.length).toBeGreaterThan(0);
    const { appVersion, deviceId, createdAt, reason } = header;
    // A file of shape 5 (no links: series made before them) reads whole.
    const older = await encodeBackup(read.tables as BackupTables, {
      schemaVersion: 5,
      appVersion,
      deviceId,
      createdAt,
      reason,
    });
    expect((await checkBackup(older.bytes, { schemaVersion: RECORD_SCHEMA_VERSION })).tables.schedules).toEqual(
      read.tables.schedules,
    );
    // The app before shape 6 (which reads up to 5) refuses this one rather than drop the links.
    await expect(checkBackup(bytes, { schemaVersion: 5 })).rejects.toThrow(
      'made by a newer version of Connection Coordinator',
    );
    // And a file that says 7 is one this app cannot know how to read.
    const newer = await encodeBackup(read.tables as BackupTables, {
      schemaVersion: 7,
      appVersion,
      deviceId,
      createdAt,
      reason,
    });
    await expect(checkBackup(newer.bytes, { schemaVersion: RECORD_SCHEMA_VERSION })).rejects.toThrow(
      'made by a newer version of Connection Coordinator',
    );
  });

  it('keeps to one snapshot: a write made while it reads is not half in it', async () => {
    const withMeetings = databaseArbitrary.filter((tables) => tables.meetings.length > 0);
    const [tables] = fc.sample(withMeetings, { numRuns: 1, seed: 7 });
    const model = tables!.meetings[0]!;
    // Ids from 0… to f…, so the meetings come in several of the backup's reads.
    const meetings = Array.from({ length: 30 }, (_, index) => {
      const day = `2026-01-${String(index + 1).padStart(2, '0')}`;
      const id = `${(index % 16).toString(16)}${String(index).padStart(7, '0')}-0000-4000-8000-000000000000`;
      return { ...model, id, originalDate: day, date: day };
    });
    await fill({ ...tables!, meetings });
    let deleting: Promise<void> | null = null;
    // Once the first records are in, the backup's reads are under way: the deletion is asked for amid them.
    const { bytes } = await makeBackup('manual', (done) => {
      // Outside the backup's transaction, as another screen's write would be.
      deleting ??=
        done > 0 ? Dexie.ignoreTransaction(() => db.meetings.bulkDelete(meetings.map((meeting) => meeting.id))) : null;
    });
    await deleting;
    const document = JSON.parse(new TextDecoder().decode(bytes)) as { tables: BackupTables };
    expect(document.tables.meetings.map((meeting) => meeting.id)).toEqual(byId(meetings).map((meeting) => meeting.id));
    expect(await db.meetings.count()).toBe(0);
  });

  it('is worth making once any table holds a record, deleted or not', async () => {
    expect(await hasRecords()).toBe(false);
    const [tables] = fc.sample(
      databaseArbitrary.filter((some) => some.donations.length > 0),
      { numRuns: 1, seed: 3 },
    );
    const gift = { ...tables!.donations[0]!, deletedAt: '2026-01-01T00:00:00.000Z' };
    await db.donations.add(gift);
    expect(await hasRecords()).toBe(true);
  });
});
