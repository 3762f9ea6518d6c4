// @vitest-environment happy-dom
// A restore checks each stretch of records just before writing it: a record that fails late, after
// many were written, still refuses the whole backup and leaves nothing behind; the monthly aggregates it
// writes are the ones a recount gives.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_TABLES } from '@shared/backupFiles';
import type { Donation, Meeting } from '@shared/model';
import { db, type CoordinatorDb } from '../../../../src/renderer/src/db/database';
import { DEFAULT_DATABASE_NAME, activeDatabaseName } from '../../../../src/renderer/src/db/databasePointer';
import { BATCH_RECORDS } from '../../../../src/renderer/src/db/databaseBatches';
import { replaceAllRecords } from '../../../../src/renderer/src/db/backupRestore';
import { makeBackup } from '../../../../src/renderer/src/db/backupExport';
import { aggregatesFor } from '../../../../src/renderer/src/db/monthlyStats';
import { thanksDueRows } from '../../../../src/renderer/src/db/thanksDue';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import type { CheckedBackup } from '../../../../src/renderer/src/domain/backupDocument';
import { BackupRefusal, checkBackup } from '../../../../src/renderer/src/domain/backupValidate';
import { plusDays } from '../../../../src/renderer/src/domain/dates';
import { resetDatabase } from './resetDb';
import { appDatabases, reloadApp } from './reloadApp';

beforeEach(resetDatabase);

/** The sample's backup with its meetings repeated on later dates: several stretches of records. */
async function largeBackup(meetingCount = BATCH_RECORDS * 3 + 17): Promise<CheckedBackup> {
  await loadSampleData();
  const { bytes } = await makeBackup('manual');
  const backup = await checkBackup(bytes, { schemaVersion: db.verno });
  const sample = backup.tables.meetings as Meeting[];
  const meetings = Array.from({ length: meetingCount }, (_, index): Meeting => {
    const from = sample[index % sample.length]!;
    const shift = Math.floor(index / sample.length) * 400;
    const id = `${String(index).padStart(8, '0')}-0000-4000-8000-000000000000`;
    return { ...from, id, date: plusDays(from.date, shift), originalDate: plusDays(from.originalDate, shift) };
  });
  return { ...backup, tables: { ...backup.tables, meetings } };
}

async function contents(database: CoordinatorDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const name of [...BACKUP_TABLES, 'monthlyStats', 'monthRecords']) {
    all[name] = await database.table(name).toArray();
  }
  return all;
}

describe('a restore that checks the records as it writes them', () => {
  it('refuses a backup whose bad record comes late, in the same words, and leaves nothing behind', async () => {
    const backup = await largeBackup();
    const meetings = [...backup.tables.meetings] as Meeting[];
    const late = meetings.length - 3;
    meetings[late] = { ...meetings[late]!, date: '2026-02-30' };
    const before = await contents(db);

    let meetingsWritten = 0;
    const add = IDBObjectStore.prototype.add;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'meetings') meetingsWritten += 1;
      return add.apply(this, args);
    });
    const refusal = await replaceAllRecords({ ...backup, tables: { ...backup.tables, meetings } }).catch(
      (error: unknown) => error,
    );
    spy.mockRestore();

    // Many meetings were already written when the bad one was found …
    expect(meetingsWritten).toBeGreaterThanOrEqual(BATCH_RECORDS * 3);
    expect(refusal).toBeInstanceOf(BackupRefusal);
    expect(refusal).toMatchObject({
      kind: 'invalid',
      message:
        "Couldn't read this file: some of its records are not valid, so restoring it could damage your records. Nothing was changed.",
      details: [expect.stringMatching(new RegExp(`^meetings record ${late + 1}: date: `))],
    });
    // … and none of it is left: the new database is gone, the pointer never moved, the old one is whole.
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
    expect(db.isOpen()).toBe(true);
    expect(await contents(db)).toEqual(before);
  });

  it('refuses a reference to a record that is not in the backup, found only once every record is read', async () => {
    const backup = await largeBackup();
    const meetings = [...backup.tables.meetings] as Meeting[];
    meetings[meetings.length - 1] = { ...meetings[meetings.length - 1]!, groupId: 'no-such-group' };
    const refusal = await replaceAllRecords({ ...backup, tables: { ...backup.tables, meetings } }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ kind: 'invalid', details: [expect.stringContaining('groupId points to')] });
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
  });

  it('writes every record as checked, and the monthly aggregates a recount gives', async () => {
    const backup = await largeBackup();
    const progress: number[] = [];
    let rebuiltAt = -1;
    await replaceAllRecords(backup, {
      onProgress: (done) => progress.push(done),
      onRebuild: () => (rebuiltAt = progress.length),
    });
    const total = BACKUP_TABLES.reduce((sum, name) => sum + backup.tables[name].length, 0);
    expect(progress.at(-1)).toBe(total);
    expect(rebuiltAt).toBe(progress.length);

    const app = await reloadApp();
    const restored = await contents(app.db);
    expect(restored['meetings']).toHaveLength(backup.tables.meetings.length);
    const expected = aggregatesFor({
      meetings: backup.tables.meetings as Meeting[],
      schedules: restored['schedules'] as { id: string; durationMinutes: number }[],
    });
    for (const { table, rows } of expected) {
      expect(rows.length).toBeGreaterThan(0);
      expect(restored[table]).toEqual(rows);
    }
    // A recount from the stored records finds nothing to change.
    await app.rebuildMonthlyStats();
    const recounted = await contents(app.db);
    expect(recounted['monthlyStats']).toEqual(restored['monthlyStats']);
    expect(recounted['monthRecords']).toEqual(restored['monthRecords']);
    // The gifts not yet thanked are kept as the gifts are written.
    const due = await app.db.thanksDue.orderBy(':id').toArray();
    expect(due.length).toBeGreaterThan(0);
    expect(due).toEqual(thanksDueRows(backup.tables.donations as Donation[]).sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});
