import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { denyAllPermissions, hardenContents, isAppUrl } from '../../../src/main/security';
import { dataFolderFor, DATA_FOLDER_NAME } from '../../../src/main/paths';

type Handler = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Handler) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  return {
    contents: contents as unknown as WebContents,
    fire(name: string, url: string) {
      const preventDefault = vi.fn();
      listeners.get(name)?.({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('window security', () => {
  it('denies navigation away from the app and every new window', () => {
    const openExternal = vi.fn(async () => undefined);
    const fake = fakeContents();
    hardenContents(fake.contents, openExternal);
    expect(fake.fire('will-navigate', 'https://evil.example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-redirect', 'https://evil.example.com/')).toBe(true);
    expect(fake.fire('will-navigate', 'app://app/index.html#/groups')).toBe(false);
    expect(fake.open('https://www.nami.org/')).toEqual({ action: 'deny' });
    expect(fake.open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.nami.org/');
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as unknown as Session;
    denyAllPermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });

  it('knows its own origin and the dev server, nothing else', () => {
    expect(isAppUrl('app://app/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
  });

  it('keeps the data in a fixed folder whatever the product is called', () => {
    expect(DATA_FOLDER_NAME).toBe('connection-coordinator');
    expect(dataFolderFor('/home/c/.config')).toBe('/home/c/.config/connection-coordinator');
  });
});
