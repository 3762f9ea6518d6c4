import { describe, expect, it, vi } from 'vitest';
import { makeRegistrar } from '../../../src/main/ipc';
import { isTrustedSender } from '../../../src/main/trust';
import { setupFiles } from '../../../src/main/features/files';
import { setupExternal } from '../../../src/main/features/external';
import { FakeIpcMain, fakeWindow } from './fakes';

function harness(url?: string) {
  const ipc = new FakeIpcMain();
  const win = fakeWindow(url);
  const register = makeRegistrar(ipc, (event) => isTrustedSender(event, win.window));
  const write = vi.fn(async () => undefined);
  const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/coordinator/report.csv' }));
  setupFiles(register, { showSaveDialog, defaultFolder: () => '/home/coordinator', write });
  const openExternal = vi.fn(async () => undefined);
  setupExternal(register, openExternal);
  return { ipc, win, write, showSaveDialog, openExternal };
}

const goodSave = {
  title: 'Save report',
  suggestedName: 'report.csv',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
  data: 'month,group\n',
};

describe('IPC handlers', () => {
  it('save a file from our window through the dialog, atomically', async () => {
    const { ipc, win, write, showSaveDialog } = harness();
    const result = await ipc.invoke('api:saveFile', win.fromMainFrame, goodSave);
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'report.csv' } });
    expect(showSaveDialog).toHaveBeenCalledOnce();
    expect(write).toHaveBeenCalledWith('/home/coordinator/report.csv', 'month,group\n');
  });

  it.each([
    ['a sub-frame', 'fromSubFrame'],
    ['another web contents', 'fromOtherContents'],
  ] as const)('refuse a call from %s and write nothing', async (_label, key) => {
    const { ipc, win, write, showSaveDialog } = harness();
    const result = await ipc.invoke('api:saveFile', win[key], goodSave);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it('refuse a call from our window once it shows a page that is not ours', async () => {
    const { ipc, win, write } = harness('https://evil.example.com/');
    const result = await ipc.invoke('api:saveFile', win.fromMainFrame, goodSave);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(write).not.toHaveBeenCalled();
  });

  it.each([
    ['no arguments', []],
    ['a path instead of a name', [{ ...goodSave, suggestedName: '../../etc/passwd' }]],
    ['data of the wrong type', [{ ...goodSave, data: 42 }]],
    ['an extra argument', [goodSave, 'more']],
    ['a filter with a bad extension', [{ ...goodSave, filters: [{ name: 'x', extensions: ['c/v'] }] }]],
  ])('refuse malformed arguments (%s) and write nothing', async (_label, args) => {
    const { ipc, win, write, showSaveDialog } = harness();
    const result = await ipc.invoke('api:saveFile', win.fromMainFrame, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(write).not.toHaveBeenCalled();
  });

  it('write nothing when the coordinator cancels the dialog', async () => {
    const { ipc, win, write, showSaveDialog } = harness();
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const result = await ipc.invoke('api:saveFile', win.fromMainFrame, goodSave);
    expect(result).toEqual({ ok: true, value: { saved: false } });
    expect(write).not.toHaveBeenCalled();
  });

  it('report a full disk in plain words', async () => {
    const { ipc, win, write } = harness();
    write.mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    const result = await ipc.invoke('api:saveFile', win.fromMainFrame, goodSave);
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/disk is full/);
  });

  it('open only http and https links', async () => {
    const { ipc, win, openExternal } = harness();
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url']) {
      const result = await ipc.invoke('api:openExternal', win.fromMainFrame, url);
      expect(result).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    }
    expect(openExternal).not.toHaveBeenCalled();
    const result = await ipc.invoke('api:openExternal', win.fromMainFrame, 'https://www.nami.org/');
    expect(result).toEqual({ ok: true, value: { opened: true } });
    expect(openExternal).toHaveBeenCalledWith('https://www.nami.org/');
  });
});
