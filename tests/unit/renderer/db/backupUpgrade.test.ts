// Data written by version 1 of the app must open in the current app with every record intact.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BACKUP_TABLES } from '@shared/backupFiles';
import { CoordinatorDb } from '../../../../src/renderer/src/db/database';
import { validateBackup } from '../../../../src/renderer/src/domain/backupValidate';
import { statsFromMeetings, statsOfDigests } from '../../../../src/renderer/src/domain/monthlyStats';
import type { Donation, Meeting, Schedule } from '@shared/model';
import { thanksDueRows } from '../../../../src/renderer/src/db/thanksDue';
import databaseText from '../../../fixtures/database-v1.json?raw';
import backupText from '../../../fixtures/backup-format-v1.json?raw';

interface DatabaseFixture {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Record<string, unknown>[]>;
}

const byId = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a['id'] ?? a['key']).localeCompare(String(b['id'] ?? b['key'])));

describe('a version-1 database', () => {
  it('opens in the current schema with every record intact', async () => {
    const fixture = JSON.parse(databaseText) as DatabaseFixture;
    const name = 'upgrade-from-v1';
    // Written the way version 1 wrote it: its own schema, not today's.
    const old = new Dexie(name);
    old.version(fixture.dexieVersion).stores(fixture.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const current = new CoordinatorDb(name);
    await current.open();
    expect(current.verno).toBeGreaterThanOrEqual(fixture.dexieVersion);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      if (table === 'monthlyStats') continue;
      const stored = (await current.table(table).toArray()) as Record<string, unknown>[];
      expect(byId(stored), table).toEqual(byId(rows));
    }
    // The aggregates moved to one row per month (version 4), made afresh from the records.
    const counted = statsOfDigests(await current.monthlyStats.toArray());
    const minutes = new Map(
      (fixture.tables['schedules'] as unknown as Schedule[]).map((s) => [s.id, s.durationMinutes]),
    );
    const records = fixture.tables['meetings'] as unknown as Meeting[];
    expect(counted).toEqual(statsFromMeetings(records, (id) => minutes.get(id) ?? 90));
    expect(counted.length).toBeGreaterThan(0);
    // The gifts not yet thanked got a table of their own (version 6), filled from the gifts.
    const due = await current.thanksDue.orderBy(':id').toArray();
    expect(due.length).toBeGreaterThan(0);
    const expected = thanksDueRows(fixture.tables['donations'] as unknown as Donation[]);
    expect(due).toEqual(expected.sort((a, b) => (a.id < b.id ? -1 : 1)));
    // The indexes the screens rely on still find the records.
    const [firstGroup] = fixture.tables['groups']!;
    const meetings = await current.meetings
      .where('[groupId+date]')
      .between([firstGroup!['id'], ''], [firstGroup!['id'], '\uffff'])
      .count();
    expect(meetings).toBe(fixture.tables['meetings']!.filter((m) => m['groupId'] === firstGroup!['id']).length);
    expect(await current.groups.get('00000000-0000-4000-8000-000000009999')).toMatchObject({
      deletedAt: '2026-09-01T15:00:00.000Z',
    });
    current.close();
    await Dexie.delete(name);
  });
});

describe('a backup file in format 1', () => {
  it('is still read whole, byte for byte as version 1 wrote it', async () => {
    const bytes = new TextEncoder().encode(backupText);
    const backup = await validateBackup(bytes, {
      schemaVersion: new CoordinatorDb('unused').verno,
      pause: async () => undefined,
    });
    const database = JSON.parse(databaseText) as DatabaseFixture;
    for (const table of BACKUP_TABLES) {
      expect(byId(backup.tables[table] as unknown as Record<string, unknown>[]), table).toEqual(
        byId(database.tables[table]!),
      );
    }
  });
});
