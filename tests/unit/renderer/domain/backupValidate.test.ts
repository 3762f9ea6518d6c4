import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '@shared/backupFiles';
import { encodeBackup, sha256Hex, summarize } from '../../../../src/renderer/src/domain/backupDocument';
import { BackupRefusal, validateBackup, type RefusalKind } from '../../../../src/renderer/src/domain/backupValidate';
import type { BackupMigration } from '../../../../src/renderer/src/domain/backupMigrations';
import { EXCHANGE_FORMAT, encodeExchangeFile } from '../../../../src/renderer/src/domain/exchangeFile';
import { ORIGIN, sampleTables } from './backupSample';

const options = { schemaVersion: 1, pause: async () => undefined };
const encode = (text: string) => new TextEncoder().encode(text);
const NOT_OURS = "Couldn't read this file: it isn't a backup from Connection Coordinator. Nothing was changed.";

async function refusalOf(bytes: Uint8Array, extra: Partial<Parameters<typeof validateBackup>[1]> = {}) {
  try {
    await validateBackup(bytes, { ...options, ...extra });
  } catch (error) {
    if (error instanceof BackupRefusal) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** A backup whose tables were changed after the fact, with a checksum that matches the change. */
async function withTables(change: (tables: Record<string, Record<string, unknown>[]>) => void): Promise<Uint8Array> {
  const { bytes } = await encodeBackup(sampleTables(), ORIGIN);
  const document = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  const tables = document['tables'] as Record<string, Record<string, unknown>[]>;
  change(tables);
  const tablesText = JSON.stringify(tables);
  const { tables: _gone, ...header } = document;
  header['tablesSha256'] = await sha256Hex(encode(tablesText));
  return encode(`${JSON.stringify(header).slice(0, -1)},"tables":${tablesText}}`);
}

describe('validating a backup', () => {
  it('accepts a whole backup and says what it holds', async () => {
    const tables = sampleTables();
    const { bytes, header } = await encodeBackup(tables, ORIGIN);
    const progress: number[] = [];
    const backup = await validateBackup(bytes, { ...options, onProgress: (done) => progress.push(done) });
    expect(backup.tables).toEqual(tables);
    expect(backup.header).toEqual(header);
    const summary = summarize(backup.tables);
    expect(summary.counts.groups).toBe(4);
    expect(summary.dateRange).not.toBeNull();
    expect(summary.dateRange!.from < summary.dateRange!.to).toBe(true);
    expect(progress.at(-1)).toBe(Object.values(tables).reduce((sum, rows) => sum + rows.length, 0));
  });

  it.each<[string, string | Uint8Array, RefusalKind]>([
    ['an empty file', '', 'foreign'],
    ['a spreadsheet', 'name,date\nDowntown,2026-10-06\n', 'foreign'],
    ['another program’s JSON', '{"version":1,"data":[]}', 'foreign'],
    ['a JSON list', '[1,2,3]', 'foreign'],
    ['JSON null', 'null', 'foreign'],
    ['a PDF', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0xff, 0xfe]), 'foreign'],
  ])('refuses %s as not a backup, in plain words', async (_label, content, kind) => {
    const refusal = await refusalOf(typeof content === 'string' ? encode(content) : content);
    expect(refusal.kind).toBe(kind);
    expect(refusal.message).toBe(NOT_OURS);
  });

  it('refuses a file shared by another coordinator, whole or cut short, and says where to combine it', async () => {
    const { bytes: records } = await encodeBackup({ ...sampleTables(), settings: [] }, ORIGIN);
    const shared = await encodeExchangeFile(
      {
        format: EXCHANGE_FORMAT,
        formatVersion: 1,
        from: { deviceId: 'device-sample', name: 'State office laptop' },
        createdAt: '2026-10-06T18:00:00.000Z',
        scope: { kind: 'all' },
        mark: '2026-10-06T18:00:00.000Z',
        seen: {},
      },
      records,
    );
    for (const bytes of [shared, shared.subarray(0, shared.byteLength / 2)]) {
      const refusal = await refusalOf(bytes);
      expect(refusal.kind).toBe('shared');
      expect(refusal.message).toBe(
        'This file holds records shared by another coordinator, not a backup. To combine it, use Backup → Share with other coordinators → Share or combine records. Nothing was changed.',
      );
    }
  });

  it('refuses a backup cut short as incomplete or damaged', async () => {
    const { bytes } = await encodeBackup(sampleTables(), ORIGIN);
    for (const length of [60, 500, bytes.byteLength / 2, bytes.byteLength - 1]) {
      const refusal = await refusalOf(bytes.subarray(0, Math.floor(length)));
      expect(refusal.kind).toBe('damaged');
      expect(refusal.message).toMatch(/incomplete or damaged\. Nothing was changed\.$/);
    }
  });

  it('notices a record changed after the backup was written (checksum)', async () => {
    const { bytes } = await encodeBackup(sampleTables(), ORIGIN);
    const text = new TextDecoder().decode(bytes).replace('Downtown Tuesday Connection', 'Downtown Tuesday Connectiom');
    expect((await refusalOf(encode(text))).kind).toBe('damaged');
  });

  it('refuses a backup from a newer app: newer format or newer database', async () => {
    const { bytes } = await encodeBackup(sampleTables(), ORIGIN);
    const newerFormat = new TextDecoder().decode(bytes).replace('"formatVersion":1', '"formatVersion":2');
    expect((await refusalOf(encode(newerFormat))).kind).toBe('newer');
    const newerSchema = await encodeBackup(sampleTables(), { ...ORIGIN, schemaVersion: 7 });
    const refusal = await refusalOf(newerSchema.bytes);
    expect(refusal.kind).toBe('newer');
    expect(refusal.message).toMatch(/Update the app/);
  });

  it('refuses a record that breaks its schema, naming it in the details', async () => {
    const bytes = await withTables((tables) => {
      tables['meetings']![3]!['date'] = '2026-02-30';
    });
    const refusal = await refusalOf(bytes);
    expect(refusal.kind).toBe('invalid');
    expect(refusal.details[0]).toMatch(/^meetings record 4: date: That date does not exist/);
  });

  it('refuses a reference to a record that is not there', async () => {
    const bytes = await withTables((tables) => {
      tables['schedules']![0]!['groupId'] = 'no-such-group';
    });
    const refusal = await refusalOf(bytes);
    expect(refusal.kind).toBe('invalid');
    expect(refusal.details).toContain(
      'schedules record 1: groupId points to a record of groups that is not in the backup.',
    );
  });

  it('refuses repeated ids, two organisations and a missing table', async () => {
    const repeated = await withTables((tables) => {
      tables['groups']!.push({ ...tables['groups']![0]! });
    });
    expect((await refusalOf(repeated)).details[0]).toMatch(/repeats an id/);
    const twoOrgs = await withTables((tables) => {
      tables['settings']!.push({ ...tables['settings']![0]! });
    });
    expect((await refusalOf(twoOrgs)).kind).toBe('invalid');
    const missing = await withTables((tables) => {
      delete tables['venues'];
    });
    expect((await refusalOf(missing)).details).toContain('The venues table is missing.');
  });
});

describe('older backups', () => {
  /** A made-up "format 0": different names, no device on records, no trainings table. */
  function version0(): Uint8Array {
    const tables = sampleTables();
    const strip = <T extends { changedBy: string }>(records: T[]) => records.map(({ changedBy: _c, ...rest }) => rest);
    return encode(
      JSON.stringify({
        format: BACKUP_FORMAT,
        formatVersion: 0,
        exportedAt: '2025-01-02T03:04:05.000Z',
        app: '0.0.9',
        data: {
          settings: strip(tables.settings),
          affiliates: strip(tables.affiliates),
          groups: strip(tables.groups),
          schedules: strip(tables.schedules),
          meetings: strip(tables.meetings),
          closures: [],
          venues: strip(tables.venues),
          bookings: [],
          donors: strip(tables.donors),
          donations: strip(tables.donations),
          facilitators: strip(tables.facilitators),
        },
      }),
    );
  }

  const from0: BackupMigration = (document) => {
    const data = document['data'] as Record<string, Record<string, unknown>[]>;
    const tables = Object.fromEntries(
      Object.entries(data).map(([name, records]) => [name, records.map((record) => ({ ...record, changedBy: '' }))]),
    );
    return {
      format: document['format'],
      schemaVersion: 1,
      appVersion: document['app'],
      deviceId: '',
      createdAt: document['exportedAt'],
      reason: 'manual',
      latestChange: '',
      counts: {},
      tables: { ...tables, trainings: [] },
    };
  };

  it('are brought forward by their migration, every record intact', async () => {
    const backup = await validateBackup(version0(), { ...options, migrations: { 0: from0 } });
    const expected = sampleTables();
    expect(backup.header).toMatchObject({
      formatVersion: 1,
      appVersion: '0.0.9',
      createdAt: '2025-01-02T03:04:05.000Z',
    });
    expect(backup.tables.groups).toEqual(expected.groups.map((group) => ({ ...group, changedBy: '' })));
    expect(backup.tables.meetings).toHaveLength(expected.meetings.length);
    expect(backup.tables.trainings).toEqual([]);
  });

  it('are refused in plain words when no migration reaches them', async () => {
    const refusal = await refusalOf(version0());
    expect(refusal.kind).toBe('unsupported');
    expect(refusal.message).toMatch(/cannot read\. Nothing was changed\.$/);
  });
});
