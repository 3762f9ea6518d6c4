// Loads main with Electron mocked at its edge and checks what it sets up.
import { describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf } from '@shared/api';

const calls = vi.hoisted(() => ({
  setPath: [] as [string, string][],
  schemes: [] as unknown[],
  handled: new Map<string, (...args: unknown[]) => unknown>(),
  protocolHandled: [] as string[],
  permissionHandlers: 0,
  windows: [] as { webPreferences: Record<string, unknown> }[],
  loaded: [] as string[],
  ready: undefined as undefined | (() => Promise<void>),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      mainFrame: { url: 'app://app/index.html' },
    };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      calls.windows.push(options);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      calls.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      setPath: (name: string, value: string) => calls.setPath.push([name, value]),
      getPath: (name: string) => `/home/coordinator/${name}`,
      getVersion: () => '0.1.0',
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on: () => undefined,
      quit: () => undefined,
      whenReady: () => ({
        then: (start: () => Promise<void>) => {
          calls.ready = start;
        },
      }),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.schemes.push(...schemes),
      handle: (scheme: string) => calls.protocolHandled.push(scheme),
    },
    ipcMain: {
      handle: (channel: string, listener: (...args: unknown[]) => unknown) => calls.handled.set(channel, listener),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.permissionHandlers++,
        setPermissionCheckHandler: () => calls.permissionHandlers++,
      },
    },
    dialog: { showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
    BrowserWindow,
  };
});

describe('main', () => {
  it('sets up the data folder, the app:// scheme, every handler and a secure window', async () => {
    await import('../../../src/main/index');
    expect(calls.setPath).toEqual([['userData', '/home/coordinator/appData/connection-coordinator']]);
    expect(calls.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    await calls.ready!();
    expect(calls.protocolHandled).toEqual(['app']);
    expect(calls.permissionHandlers).toBe(2);
    expect([...calls.handled.keys()].sort()).toEqual(API_NAMES.map(channelOf).sort());
    expect(calls.windows).toHaveLength(1);
    expect(calls.windows[0]!.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(calls.loaded).toEqual(['app://app/index.html']);

    // A call from outside our window is refused even though every handler exists.
    const result = await calls.handled.get('api:appInfo')!({ sender: {}, senderFrame: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
