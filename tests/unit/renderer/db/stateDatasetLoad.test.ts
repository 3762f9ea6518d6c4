import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src/renderer/src/db/database';
import { loadStateDataset, type LoadProgress } from '../../../../src/renderer/src/db/loadStateDataset';
import { loadSampleData } from '../../../../src/renderer/src/db/sample';
import { DEFAULT_DATABASE_NAME, activeDatabaseName } from '../../../../src/renderer/src/db/databasePointer';
import type { StateDatasetSize } from '../../../../src/renderer/src/domain/stateDataset';
import { resetDatabase } from './resetDb';
import { appDatabases, reloadApp } from './reloadApp';

beforeEach(resetDatabase);

const SMALL: StateDatasetSize = {
  affiliates: 2,
  groups: 9,
  years: 2,
  venues: 12,
  donors: 30,
  donations: 80,
  facilitators: 40,
  singleBookings: 10,
};

describe('loading the large demo dataset (issue 11)', () => {
  it('fills an empty database, with monthly aggregates that equal a recount, and reports its progress', async () => {
    const progress: LoadProgress[] = [];
    const loaded = await loadStateDataset({ seed: 11, size: SMALL, onProgress: (p) => progress.push(p) });
    // It went into a new database, and the app reloads onto it.
    const { db } = await reloadApp();
    const { storedAndRecounted } = await import('./meetingFixtures');
    expect(db.name).not.toBe(DEFAULT_DATABASE_NAME);
    expect(await db.groups.count()).toBe(9);
    expect(await db.facilitators.count()).toBe(40);
    expect(await db.donations.count()).toBe(80);
    expect(await db.meetings.count()).toBe(loaded.counts.meetings);
    expect(loaded.counts.meetings).toBeGreaterThan(300);
    expect((await db.settings.get('organisation'))?.name).toBe('NAMI Prairie State');
    const { stored, recount } = await storedAndRecounted();
    expect(stored.length).toBeGreaterThan(50);
    expect(stored).toEqual(recount);
    // The gifts not yet thanked are kept as the gifts are written.
    const { thanksDueRows } = await import('../../../../src/renderer/src/db/thanksDue');
    const due = await db.thanksDue.orderBy(':id').toArray();
    expect(due.length).toBeGreaterThan(0);
    expect(due).toEqual(thanksDueRows(await db.donations.orderBy(':id').toArray()));
    expect(progress[0]?.done).toBe(0);
    expect(progress.at(-1)).toEqual({ done: loaded.records, total: loaded.records });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('refuses a database that already has groups, and changes nothing', async () => {
    await loadSampleData();
    const before = await db.meetings.count();
    await expect(loadStateDataset({ size: SMALL })).rejects.toThrow(
      'The large demo dataset can only be loaded into an empty database. Nothing was changed.',
    );
    expect(await db.meetings.count()).toBe(before);
    expect(await db.groups.count()).toBe(4);
    expect(activeDatabaseName()).toBe(DEFAULT_DATABASE_NAME);
    expect(await appDatabases()).toEqual([DEFAULT_DATABASE_NAME]);
  });
});
