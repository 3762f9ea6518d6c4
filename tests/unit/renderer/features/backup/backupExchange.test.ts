// @vitest-environment happy-dom
// Backups and files shared with other coordinators, together: a restore after combining, and automatic
// backups after combining records older than the newest backup.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '@shared/model';
import { db, RECORD_SCHEMA_VERSION } from '../../../../../src/renderer/src/db/database';
import { deleteBackupStore } from '../../../../../src/renderer/src/db/backupStore';
import { loadSampleData } from '../../../../../src/renderer/src/db/sample';
import { updateGroup } from '../../../../../src/renderer/src/db/groups';
import { recordHeld } from '../../../../../src/renderer/src/db/meetings';
import { applyMerge } from '../../../../../src/renderer/src/db/exchangeMerge';
import { makeExchangeFile } from '../../../../../src/renderer/src/db/exchangeExport';
import { hiddenMeetings } from '../../../../../src/renderer/src/db/exchangeState';
import { readExchangeFile } from '../../../../../src/renderer/src/domain/exchangeFile';
import {
  automaticBackup,
  backUpNow,
  openListedBackup,
  restoreBackup,
} from '../../../../../src/renderer/src/features/backup/backupService';
import { platform } from '../../../../../src/renderer/src/platform';
import { loadSnapshot, newCopy, share, takeSnapshot, type Snapshot } from '../../db/exchangeCopies';
import { reloadApp } from '../../db/reloadApp';

let office: Snapshot;
let laptop: Snapshot;

/** The state office loads the example and shares it; the affiliate's laptop starts from that file. */
beforeEach(async () => {
  await deleteBackupStore();
  await newCopy('State office laptop');
  await loadSampleData();
  const { file } = await share();
  office = await takeSnapshot();
  await newCopy('Riverbend laptop');
  await applyMerge(file, new Map());
  laptop = await takeSnapshot();
});

const groupNamed = async (name: string) => (await db.groups.toArray()).find((group) => group.name === name)!;

/**
 * The same meeting recorded on both computers, the laptop first (its own record, its own id), then the
 * office; the laptop combines the office's file and its own record is set aside for the office's, newer.
 */
async function recordedTwiceThenCombined(beforeCombining: () => Promise<void>): Promise<Meeting> {
  await loadSnapshot(laptop);
  const schedule = (await db.schedules.toArray())[0]!;
  const ref = { scheduleId: schedule.id, groupId: schedule.groupId, originalDate: '2031-01-07' };
  await recordHeld(ref, { attendance: 9, firstTime: 0, facilitatorsPresent: [], notes: '' }, ref.originalDate);
  const own = (await db.meetings
    .where('[scheduleId+originalDate]')
    .equals([ref.scheduleId, ref.originalDate])
    .first())!;
  await beforeCombining();
  laptop = await takeSnapshot();

  await loadSnapshot(office);
  await recordHeld(ref, { attendance: 7, firstTime: 1, facilitatorsPresent: [], notes: '' }, ref.originalDate);
  const fromOffice = await share();

  await loadSnapshot(laptop);
  await applyMerge(fromOffice.file, new Map());
  expect((await hiddenMeetings()).map((meeting) => meeting.id)).toEqual([own.id]);
  return own;
}

const timesIn = (meetings: readonly Meeting[], id: string) => meetings.filter((meeting) => meeting.id === id).length;

describe('restoring a backup from before a combine', () => {
  it('leaves behind the set-aside version of a meeting it brings back, so sharing makes a file others accept', async () => {
    let backup: Awaited<ReturnType<typeof backUpNow>> | undefined;
    const own = await recordedTwiceThenCombined(async () => {
      backup = await backUpNow();
    });

    await restoreBackup((await openListedBackup(backup!.fileName)).backup);
    await reloadApp();
    const state = await import('../../../../../src/renderer/src/db/exchangeState');
    const exchange = await import('../../../../../src/renderer/src/db/exchangeExport');
    expect(await state.hiddenMeetings()).toEqual([]);
    const { bytes } = await exchange.makeExchangeFile({ kind: 'all' });
    const file = await readExchangeFile(bytes, { schemaVersion: RECORD_SCHEMA_VERSION });
    expect(timesIn(file.tables.meetings, own.id)).toBe(1);
    expect(file.tables.meetings.find((meeting) => meeting.id === own.id)?.attendance).toBe(9);
  });
});

describe('sharing', () => {
  it('never carries a set-aside meeting whose id is in view again, whole or one affiliate', async () => {
    const own = await recordedTwiceThenCombined(async () => undefined);
    // As a restore before this fix left it: the laptop's own record in view, its set-aside version kept.
    const [office] = await db.meetings
      .where('[scheduleId+originalDate]')
      .equals([own.scheduleId, own.originalDate])
      .toArray();
    await db.meetings.delete(office!.id);
    await db.meetings.put(own);

    const whole = await readExchangeFile((await makeExchangeFile({ kind: 'all' })).bytes, {
      schemaVersion: RECORD_SCHEMA_VERSION,
    });
    expect(timesIn(whole.tables.meetings, own.id)).toBe(1);
    const group = (await db.groups.get(own.groupId))!;
    const affiliate = (await db.affiliates.get(group.affiliateId!))!;
    const scope = { kind: 'affiliate' as const, affiliateId: affiliate.id, affiliateName: affiliate.name };
    const part = await readExchangeFile((await makeExchangeFile(scope)).bytes, {
      schemaVersion: RECORD_SCHEMA_VERSION,
    });
    expect(timesIn(part.tables.meetings, own.id)).toBe(1);
  });
});

describe('automatic backups after combining', () => {
  it('go ahead when the records combined carry changes older than the newest backup', async () => {
    await loadSnapshot(office);
    await updateGroup((await groupNamed('Downtown Tuesday Connection')).id, { notes: 'Office note' });
    const fromOffice = await share();

    await loadSnapshot(laptop);
    await updateGroup((await groupNamed('Grove Avenue Thursday Connection')).id, { notes: 'Laptop note' });
    expect(await automaticBackup('hourly')).toMatchObject({ reason: 'hourly' });
    // The office's change is older than the laptop's newest, which the backup already holds.
    await applyMerge(fromOffice.file, new Map());
    const written = await automaticBackup('quit');
    expect(written).toMatchObject({ reason: 'quit' });
    const text = new TextDecoder().decode((await platform.readBackup({ fileName: written!.fileName })).data);
    expect(text).toContain('Office note');
    expect(await automaticBackup('quit')).toBeNull();
  });
});
