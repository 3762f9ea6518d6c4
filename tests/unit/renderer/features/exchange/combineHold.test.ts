// @vitest-environment happy-dom
// Combining another coordinator's records takes a safety backup, then merges: "Undo combining" brings that
// backup back. A change saved in between would be in neither, so from before the backup until the merge
// begins every write is refused in plain words; the merge itself, and every write after it, goes through.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../../src/renderer/src/db/database';
import { deleteBackupStore } from '../../../../../src/renderer/src/db/backupStore';
import { loadSampleData } from '../../../../../src/renderer/src/db/sample';
import { updateGroup } from '../../../../../src/renderer/src/db/groups';
import { applyMerge, previewMerge } from '../../../../../src/renderer/src/db/exchangeMerge';
import { holdKind, restoreRunning, whileRestoring } from '../../../../../src/renderer/src/db/restoreBarrier';
import {
  COMBINE_RUNNING_MESSAGE,
  RESTORE_MARK_KEY,
  RestoreRunningError,
} from '../../../../../src/renderer/src/db/restoreGuard';
import { combine, undoCombine } from '../../../../../src/renderer/src/features/exchange/exchangeService';
import { platform } from '../../../../../src/renderer/src/platform';
import { loadSnapshot, newCopy, share, takeSnapshot, type Snapshot } from '../../db/exchangeCopies';

let fromOffice: Awaited<ReturnType<typeof share>>;
let laptop: Snapshot;

/** The laptop holds the office's example; then the office renames a group and shares again. */
beforeEach(async () => {
  await deleteBackupStore();
  await newCopy('State office laptop');
  await loadSampleData();
  const first = await share();
  const office = await takeSnapshot();
  await newCopy('Riverbend laptop');
  await applyMerge(first.file, new Map());
  laptop = await takeSnapshot();
  await loadSnapshot(office);
  const group = (await db.groups.toArray())[0]!;
  await updateGroup(group.id, { name: `${group.name} (renamed at the office)` });
  fromOffice = await share();
  await loadSnapshot(laptop);
});
afterEach(() => vi.restoreAllMocks());

const opened = async () => ({
  file: fromOffice.file,
  preview: await previewMerge(fromOffice.file),
  fileName: 'x.ccshare',
});
const someGroup = async () => (await db.groups.toArray()).find((group) => !group.name.includes('renamed'))!;

describe('combining records', () => {
  it('refuses a change saved while its safety backup is taken, then takes writes again', async () => {
    const group = await someGroup();
    const write = platform.writeBackup.bind(platform);
    const meanwhile: unknown[] = [];
    vi.spyOn(platform, 'writeBackup').mockImplementation(async (request) => {
      // Another screen (or window) saves while the safety backup is being written.
      meanwhile.push(restoreRunning(), holdKind());
      meanwhile.push(await updateGroup(group.id, { notes: 'Saved meanwhile' }).catch((error: unknown) => error));
      return write(request);
    });

    const outcome = await combine(await opened(), new Map());

    expect(meanwhile).toEqual(['here', 'combine', expect.any(RestoreRunningError)]);
    expect((meanwhile[2] as Error).message).toBe(COMBINE_RUNNING_MESSAGE);
    expect(outcome.safety).not.toBeNull();
    expect(outcome.summary.writes).toBeGreaterThan(0);
    expect((await db.groups.toArray()).some((each) => each.name.endsWith('(renamed at the office)'))).toBe(true);
    expect((await db.groups.get(group.id))?.notes).toBe(group.notes);
    // The hold is over: its mark is gone and writes go through.
    expect(restoreRunning()).toBeNull();
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeUndefined();
    await updateGroup(group.id, { notes: 'Saved after' });
    expect((await db.groups.get(group.id))?.notes).toBe('Saved after');
  });

  it("keeps the records as they were when the backup can't be written, and takes writes again", async () => {
    const group = await someGroup();
    const before = await takeSnapshot();
    vi.spyOn(platform, 'writeBackup').mockRejectedValue(new Error('The disk is full'));

    await expect(combine(await opened(), new Map())).rejects.toThrow('The disk is full');

    expect((await db.groups.toArray()).map((each) => each.name).sort()).toEqual(
      (before.get('groups') as { name: string }[]).map((each) => each.name).sort(),
    );
    expect(await db.local.get(RESTORE_MARK_KEY)).toBeUndefined();
    expect(restoreRunning()).toBeNull();
    await updateGroup(group.id, { notes: 'Saved after the failure' });
    expect((await db.groups.get(group.id))?.notes).toBe('Saved after the failure');
  });

  it('lets no restore begin while it runs', async () => {
    let restoreRan = false;
    let refusal: unknown;
    const write = platform.writeBackup.bind(platform);
    vi.spyOn(platform, 'writeBackup').mockImplementation(async (request) => {
      refusal = await whileRestoring(async () => (restoreRan = true)).catch((error: unknown) => error);
      return write(request);
    });
    await combine(await opened(), new Map());
    expect(restoreRan).toBe(false);
    expect(refusal).toBeInstanceOf(RestoreRunningError);
  });

  it('can be undone, bringing back the records as they were just before', async () => {
    const before = (await db.groups.toArray()).map((each) => each.name).sort();
    const outcome = await combine(await opened(), new Map());
    expect((await db.groups.toArray()).map((each) => each.name).sort()).not.toEqual(before);
    // Undo restores the safety backup into a new database and switches to it (the app then reloads).
    await expect(undoCombine(outcome)).resolves.toBe(true);
  });
});
