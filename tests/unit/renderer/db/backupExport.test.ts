import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { db } from '../../../../src/renderer/src/db/database';
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
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, fc.integer({ min: 1, max: 4 }), async (original, pageSize) => {
        await fill(original);
        const progress: [number, number][] = [];
        const { bytes, header } = await makeBackup('manual', (done, total) => progress.push([done, total]), pageSize);
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

  it('keeps to one snapshot: a write made while it reads is not half in it', async () => {
    const withMeetings = databaseArbitrary.filter((tables) => tables.meetings.length > 0);
    const [tables] = fc.sample(withMeetings, { numRuns: 1, seed: 7 });
    const model = tables!.meetings[0]!;
    const meetings = Array.from({ length: 30 }, (_, index) => {
      const day = `2026-01-${String(index + 1).padStart(2, '0')}`;
      return { ...model, id: `m-${String(index).padStart(3, '0')}`, originalDate: day, date: day };
    });
    await fill({ ...tables!, meetings });
    let deleting: Promise<void> | null = null;
    // Once the first page is in, the backup's read is under way: the deletion is asked for in the middle of it.
    const { bytes } = await makeBackup(
      'manual',
      (done) => {
        // Outside the backup's transaction, as another screen's write would be.
        deleting ??=
          done > 0
            ? Dexie.ignoreTransaction(() => db.meetings.bulkDelete(meetings.map((meeting) => meeting.id)))
            : null;
      },
      5,
    );
    await deleting;
    const document = JSON.parse(new TextDecoder().decode(bytes)) as { tables: BackupTables };
    expect(document.tables.meetings.map((meeting) => meeting.id)).toEqual(meetings.map((meeting) => meeting.id));
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
