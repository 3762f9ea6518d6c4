import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRegistrar } from '../../../src/main/ipc';
import { isTrustedSender } from '../../../src/main/trust';
import { setupBackups, takeFinalBackupOnClose } from '../../../src/main/features/backups';
import { createBackupFolder } from '../../../src/main/backupFolder';
import { backupFileName, type BackupReason } from '@shared/backupFiles';
import { FakeIpcMain, fakeWindow } from './fakes';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backups-'));
  folder = join(root, 'data', 'backups');
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(root, { recursive: true, force: true });
});

/** A backup as the renderer writes one: the header first, then the tables. */
function backupBytes(reason: BackupReason, groups = 2): Uint8Array {
  const header = {
    format: 'connection-coordinator-backup',
    formatVersion: 1,
    schemaVersion: 1,
    appVersion: '0.1.0',
    deviceId: 'device-1',
    createdAt: '2026-10-06T18:00:00.000Z',
    reason,
    latestChange: '2026-10-06T17:00:00.000Z',
    counts: { groups },
    tablesSha256: 'a'.repeat(64),
  };
  return new TextEncoder().encode(`${JSON.stringify(header).slice(0, -1)},"tables":{"groups":[]}}`);
}

function harness(now = () => new Date('2026-10-06T18:00:00.000Z')) {
  const ipc = new FakeIpcMain();
  const win = fakeWindow();
  const register = makeRegistrar(ipc, (event) => isTrustedSender(event, win.window));
  const controller = setupBackups(register, { folder, now });
  const call = (name: string, ...args: unknown[]) => ipc.invoke(`api:${name}`, win.fromMainFrame, ...args);
  return { ipc, win, controller, call };
}

describe('backup handlers', () => {
  it('write a backup into the backups folder under a name main chooses, and list it with its counts', async () => {
    const { call } = harness();
    const written = await call('writeBackup', { reason: 'manual', data: backupBytes('manual', 4) });
    expect(written).toMatchObject({
      ok: true,
      value: { fileName: 'backup-2026-10-06T18-00-00-000Z-manual.json', reason: 'manual' },
    });
    expect(await readdir(folder)).toEqual(['backup-2026-10-06T18-00-00-000Z-manual.json']);
    const listed = (await call('listBackups')) as { ok: true; value: { backups: { header: { counts: object } }[] } };
    expect(listed.value.backups).toHaveLength(1);
    expect(listed.value.backups[0]!.header.counts).toEqual({ groups: 4 });
  });

  it('read a listed backup back byte for byte', async () => {
    const { call } = harness();
    const data = backupBytes('manual');
    await call('writeBackup', { reason: 'manual', data });
    const read = (await call('readBackup', { fileName: 'backup-2026-10-06T18-00-00-000Z-manual.json' })) as {
      ok: true;
      value: { data: Uint8Array };
    };
    expect(Buffer.from(read.value.data).equals(Buffer.from(data))).toBe(true);
  });

  it('refuse bytes that are not a backup and write nothing', async () => {
    const { call } = harness();
    const result = await call('writeBackup', { reason: 'manual', data: new TextEncoder().encode('{"hello":1}') });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    await expect(readdir(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    '../secret.json',
    '..',
    '/etc/passwd',
    'backup-2026-10-06T18-00-00-000Z-manual.json/../../secret.json',
    '..\\backup-2026-10-06T18-00-00-000Z-manual.json',
    'sub/backup-2026-10-06T18-00-00-000Z-manual.json',
    'secret.json',
  ])('refuse to read %j and read nothing outside the folder', async (fileName) => {
    const { call } = harness();
    await mkdir(folder, { recursive: true });
    await writeFile(join(root, 'data', 'secret.json'), 'private');
    const result = await call('readBackup', { fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(JSON.stringify(result)).not.toContain('private');
  });

  it('turn no name that is not its own into a path, even when called directly', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(join(root, 'data', 'secret.json'), 'private');
    const backups = createBackupFolder(folder);
    for (const name of ['../secret.json', '..', join(root, 'data', 'secret.json')]) {
      await expect(backups.read(name)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('refuse to follow a link in the backups folder that points elsewhere', async () => {
    const { call } = harness();
    await mkdir(folder, { recursive: true });
    const outside = join(root, 'outside.json');
    await writeFile(outside, backupBytes('manual'));
    const name = 'backup-2026-10-06T18-00-00-000Z-manual.json';
    await symlink(outside, join(folder, name));
    expect(await call('readBackup', { fileName: name })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await call('listBackups')) as object).toEqual({ ok: true, value: { backups: [] } });
  });

  it('say plainly when a listed backup has gone', async () => {
    const { call } = harness();
    const result = await call('readBackup', { fileName: 'backup-2026-10-06T18-00-00-000Z-manual.json' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('no longer') },
    });
  });

  it('list a cut-short file as unreadable, and leave files that are not backups alone', async () => {
    const { call } = harness();
    await mkdir(folder, { recursive: true });
    const whole = backupBytes('hourly');
    const name = backupFileName(new Date('2026-10-06T10:00:00.000Z'), 'hourly');
    await writeFile(join(folder, name), whole.subarray(0, whole.byteLength - 5));
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const listed = (await call('listBackups')) as { value: { backups: { fileName: string; header: unknown }[] } };
    expect(listed.value.backups).toEqual([expect.objectContaining({ fileName: name, header: null })]);
    await call('writeBackup', { reason: 'manual', data: backupBytes('manual') });
    expect(await readdir(folder)).toContain('notes.txt');
  });

  it('rotate after each write: the last 3 of today stay, and a stale temp file from a crash is removed', async () => {
    // Local hours, so "today" is one day wherever the test runs.
    const at = (hour: number) => new Date(2026, 9, 6, hour);
    let clock = at(8);
    const { call } = harness(() => clock);
    await mkdir(folder, { recursive: true });
    const stale = join(folder, '.backup-2026-10-01T08-00-00-000Z-hourly.json.abc123.tmp');
    await writeFile(stale, 'half');
    await utimes(stale, new Date('2026-10-01T08:00:00Z'), new Date('2026-10-01T08:00:00Z'));
    for (let hour = 8; hour < 13; hour += 1) {
      clock = at(hour);
      await call('writeBackup', { reason: 'hourly', data: backupBytes('hourly') });
    }
    expect((await readdir(folder)).sort()).toEqual([10, 11, 12].map((hour) => backupFileName(at(hour), 'hourly')));
  });

  it('remove no backup when writing a safety backup, which is not counted among today’s others', async () => {
    // A refused restore writes its safety backup first: it must not have cost the coordinator a backup.
    const at = (hour: number) => new Date(2026, 9, 6, hour);
    let clock = at(8);
    const { call } = harness(() => clock);
    for (const hour of [8, 9, 10]) {
      clock = at(hour);
      await call('writeBackup', { reason: 'hourly', data: backupBytes('hourly') });
    }
    const hourly = [8, 9, 10].map((hour) => backupFileName(at(hour), 'hourly'));
    for (const hour of [11, 12, 13, 14]) {
      clock = at(hour);
      await call('writeBackup', { reason: 'safety', data: backupBytes('safety') });
    }
    const safety = [11, 12, 13, 14].map((hour) => backupFileName(at(hour), 'safety'));
    expect((await readdir(folder)).sort()).toEqual([...hourly, ...safety].sort());
    // The next backup tidies: today's last 3 safety backups stay beside today's last 3 others.
    clock = at(15);
    await call('writeBackup', { reason: 'hourly', data: backupBytes('hourly') });
    expect((await readdir(folder)).sort()).toEqual(
      [...hourly.slice(1), backupFileName(at(15), 'hourly'), ...safety.slice(1)].sort(),
    );
  });

  it('report a full disk in plain words and keep the earlier backups', async () => {
    const ipc = new FakeIpcMain();
    const win = fakeWindow();
    const register = makeRegistrar(ipc, (event) => isTrustedSender(event, win.window));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'backup-2026-10-05T18-00-00-000Z-manual.json'), backupBytes('manual'));
    setupBackups(register, {
      folder,
      write: async () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    });
    const result = await ipc.invoke('api:writeBackup', win.fromMainFrame, {
      reason: 'manual',
      data: backupBytes('manual'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL', message: expect.stringContaining('disk is full') },
    });
    expect(await readFile(join(folder, 'backup-2026-10-05T18-00-00-000Z-manual.json'), 'utf8')).toContain('"groups"');
  });

  it('refuse a backup call from outside the app window', async () => {
    const { ipc, win } = harness();
    const result = await ipc.invoke('api:writeBackup', win.fromSubFrame, {
      reason: 'manual',
      data: backupBytes('manual'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('the final backup on close', () => {
  function fakeClosable() {
    let listener: ((event: { preventDefault(): void }) => void) | undefined;
    const window = {
      closed: 0,
      on: (_event: 'close', fn: (event: { preventDefault(): void }) => void) => {
        listener = fn;
      },
      close() {
        this.closed += 1;
        const event = { prevented: false, preventDefault: () => (event.prevented = true) };
        listener?.(event);
        return event.prevented;
      },
      isDestroyed: () => false,
    };
    return window;
  }

  it('waits for the renderer to write its backup and call again, then closes', async () => {
    const { call, controller } = harness();
    const firstAsk = call('nextBackupRequest');
    const outcome = controller.requestFinalBackup(5000);
    expect(await firstAsk).toEqual({ ok: true, value: { reason: 'quit' } });
    await call('writeBackup', { reason: 'quit', data: backupBytes('quit') });
    void call('nextBackupRequest');
    expect(await outcome).toBe('written');
    expect(await readdir(folder)).toEqual(['backup-2026-10-06T18-00-00-000Z-quit.json']);
  });

  it('closes anyway after the timeout when the renderer does not answer', async () => {
    vi.useFakeTimers();
    const { call, controller } = harness();
    void call('nextBackupRequest');
    await vi.advanceTimersByTimeAsync(0);
    const window = fakeClosable();
    takeFinalBackupOnClose(window, controller, 5000);
    expect(window.close()).toBe(true); // the first close is held
    await vi.advanceTimersByTimeAsync(4999);
    expect(window.closed).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(window.closed).toBe(2); // closed for real, and not held again
  });

  it('closes at once when no renderer is listening', async () => {
    const { controller } = harness();
    expect(await controller.requestFinalBackup(5000)).toBe('not-listening');
  });

  it('answers an older waiting call with "replaced" when a reloaded page asks again', async () => {
    const { call } = harness();
    const old = call('nextBackupRequest');
    void call('nextBackupRequest');
    expect(await old).toEqual({ ok: true, value: { reason: 'replaced' } });
  });
});
