// monthRecords' rows are stored packed and read back whole, whichever way the app writes and reads them.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { BatchWriter } from '../../../../src/renderer/src/db/databaseBatches';
import { digestRecordsBetween, rebuildMonthlyStats } from '../../../../src/renderer/src/db/monthlyStats';
import { isPacked, type PackedMonthRecords } from '../../../../src/renderer/src/domain/monthRecordsPacking';
import type { DigestRecord, MonthRecords } from '../../../../src/renderer/src/domain/monthlyStats';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

const brief = (id: string, date: string, fields: Partial<DigestRecord> = {}): DigestRecord => ({
  id,
  scheduleId: 'series-1',
  originalDate: date,
  date,
  startTime: null,
  venueId: null,
  room: null,
  outcome: 'held',
  attendance: 6,
  cancelReason: '',
  ...fields,
});

const november: MonthRecords = {
  month: '2026-11',
  bucket: 4,
  groups: {
    'group-a': [
      brief('m1', '2026-11-03'),
      brief('m2', '2026-11-17', { originalDate: '2026-11-10', startTime: '19:00', venueId: 'venue-2', room: 'Hall' }),
    ],
    'group-b': [brief('m3', '2026-12-01', { originalDate: '2026-11-24', outcome: 'cancelled', attendance: null })],
  },
};
const december: MonthRecords = { month: '2026-12', bucket: 4, groups: { 'group-b': [brief('m4', '2026-12-08')] } };

/** The rows as IndexedDB holds them, without Dexie. */
function stored(): Promise<(MonthRecords | PackedMonthRecords)[]> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction('monthRecords').objectStore('monthRecords').getAll();
    request.onsuccess = () => resolve(request.result as (MonthRecords | PackedMonthRecords)[]);
    request.onerror = () => reject(request.error);
  });
}

describe('month record rows in storage', () => {
  it('are stored packed by every Dexie write and read back whole by every Dexie read', async () => {
    await db.monthRecords.put(november);
    await db.monthRecords.bulkPut([december]);
    const rows = await stored();
    expect(rows).toHaveLength(2);
    expect(rows.every(isPacked)).toBe(true);
    expect(rows.map((row) => Object.keys(row).sort())).toEqual([
      ['bucket', 'month', 'packed'],
      ['bucket', 'month', 'packed'],
    ]);

    expect(await db.monthRecords.get(['2026-11', 4])).toEqual(november);
    expect(
      await db.monthRecords.bulkGet([
        ['2026-12', 4],
        ['2026-11', 4],
        ['2027-01', 0],
      ]),
    ).toEqual([december, november, undefined]);
    expect(await db.monthRecords.toArray()).toEqual([november, december]);
    expect(
      await db.monthRecords.where('[month+bucket]').between(['2026-12', 0], ['2026-12', 15], true, true).toArray(),
    ).toEqual([december]);
    // A read through a cursor (each, and a filter, which Dexie walks with one).
    const walked: MonthRecords[] = [];
    await db.monthRecords.each((row) => void walked.push(row));
    expect(walked).toEqual([november, december]);
    expect(await db.monthRecords.filter((row) => row.month === '2026-11').toArray()).toEqual([november]);
    // And what the calendar and reports read: every record of the range, in brief.
    const inRange = await digestRecordsBetween('2026-11-01', '2026-11-30');
    expect(inRange.map((record) => [record.groupId, record.id, record.originalDate]).sort()).toEqual([
      ['group-a', 'm1', '2026-11-03'],
      ['group-a', 'm2', '2026-11-10'],
      ['group-b', 'm3', '2026-11-24'],
    ]);
  });

  it('reads a row stored before packing as it was stored', async () => {
    await new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction('monthRecords', 'readwrite');
      tx.objectStore('monthRecords').put(november);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    expect(isPacked((await stored())[0]!)).toBe(false);
    expect(await db.monthRecords.get(['2026-11', 4])).toEqual(november);
    // Written again through Dexie, it is packed.
    await db.monthRecords.put((await db.monthRecords.get(['2026-11', 4]))!);
    expect(isPacked((await stored())[0]!)).toBe(true);
    expect(await db.monthRecords.get(['2026-11', 4])).toEqual(november);
  });

  it('are packed by the batches of a restore and of the demo dataset too', async () => {
    const writer = new BatchWriter(db);
    await writer.add('monthRecords', [november, december], { sizeOf: (row) => JSON.stringify(row).length });
    await writer.flush();
    expect((await stored()).every(isPacked)).toBe(true);
    expect(await db.monthRecords.toArray()).toEqual([november, december]);
  });

  it('leave a rebuild of the aggregates unchanged by how the rows were stored', async () => {
    await rebuildMonthlyStats();
    expect(await db.monthRecords.count()).toBe(0);
    await db.monthRecords.put(november);
    await rebuildMonthlyStats();
    // No meetings are stored, so the rebuild removes the row, packed or not.
    expect(await stored()).toEqual([]);
  });
});
