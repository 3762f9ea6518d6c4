import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { createGroup, deleteGroup, getGroup, updateGroup } from '../../../../src/renderer/src/db/groups';
import { getDevice } from '../../../../src/renderer/src/db/device';
import { getSettings, saveSettings, defaultSettings } from '../../../../src/renderer/src/db/settings';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { isDatabaseEmpty } from '../../../../src/renderer/src/db/emptiness';
import type { NewRecord, Group } from '@shared/model';
import { resetDatabase } from './resetDb';

beforeEach(resetDatabase);

const groupFields: NewRecord<Group> = {
  name: 'Downtown Tuesday Connection',
  program: 'connection',
  affiliateId: null,
  language: 'English',
  format: 'in-person',
  status: 'active',
  facilitatorIds: [],
  contactPhone: '',
  contactEmail: '',
  flyerText: '',
  accessibilityNotes: '',
  joinInfo: '',
  notes: '',
};

describe('named writes', () => {
  it('create a record with a UUID, timestamps, no tombstone and this device', async () => {
    const group = await createGroup(groupFields);
    expect(group.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(group.createdAt).toBe(group.updatedAt);
    expect(group.deletedAt).toBeNull();
    expect(group.changedBy).toBe((await getDevice()).id);
    expect(await db.groups.get(group.id)).toEqual(group);
  });

  it('update a record, moving updatedAt forward and keeping createdAt', async () => {
    const group = await createGroup(groupFields);
    const updated = await updateGroup(group.id, { status: 'paused' });
    expect(updated.status).toBe('paused');
    expect(updated.createdAt).toBe(group.createdAt);
    expect(updated.updatedAt > group.updatedAt).toBe(true);
  });

  it('refuse an invalid record and leave the table as it was', async () => {
    const group = await createGroup(groupFields);
    await expect(updateGroup(group.id, { name: '' })).rejects.toThrow();
    await expect(createGroup({ ...groupFields, status: 'closed' as never })).rejects.toThrow();
    expect(await db.groups.toArray()).toEqual([group]);
  });

  it('delete as a tombstone that reads as gone but stays for merging', async () => {
    const group = await createGroup(groupFields);
    await deleteGroup(group.id);
    expect(await getGroup(group.id)).toBeUndefined();
    const stored = await db.groups.get(group.id);
    expect(stored?.deletedAt).not.toBeNull();
    expect(stored?.updatedAt).toBe(stored?.deletedAt);
    await expect(updateGroup(group.id, { name: 'Back again' })).rejects.toThrow(/could not be found/);
  });
});

describe('settings', () => {
  it('start from defaults with a 90-minute meeting', async () => {
    const settings = await getSettings();
    expect(settings).toMatchObject({ name: '', defaultMeetingMinutes: 90, language: 'en' });
  });

  it('save and read back the organisation', async () => {
    const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, changedBy: _b, ...fields } = defaultSettings();
    await saveSettings({ ...fields, name: 'NAMI Prairie Valley', timeZone: 'America/Chicago' });
    expect(await getSettings()).toMatchObject({ name: 'NAMI Prairie Valley', timeZone: 'America/Chicago' });
  });
});

describe('sample data', () => {
  it('fills an empty database with one affiliate and four groups with schedules and records', async () => {
    expect(await isDatabaseEmpty()).toBe(true);
    await loadSampleData();
    expect(await db.affiliates.count()).toBe(1);
    expect(await db.groups.count()).toBe(4);
    expect(await db.schedules.count()).toBe(4);
    expect(await db.venues.count()).toBeGreaterThanOrEqual(2);
    expect(await db.facilitators.count()).toBeGreaterThanOrEqual(4);
    expect(await db.meetings.count()).toBeGreaterThan(20);
    expect(await db.donations.count()).toBeGreaterThan(0);
    expect((await getSettings()).name).not.toBe('');
  });

  it('refuses to load over existing records and changes nothing', async () => {
    await loadSampleData();
    const before = await db.meetings.count();
    await expect(loadSampleData()).rejects.toThrow(/empty database/);
    expect(await db.meetings.count()).toBe(before);
    expect(await db.groups.count()).toBe(4);
  });
});
