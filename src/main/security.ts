// Locks down a window: no navigation away, no new windows, no permissions, links only to the web.
import type { Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

export function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The app's own pages; in development the renderer comes from the Vite server instead. */
export function isAppUrl(value: string, devUrl?: string): boolean {
  try {
    // Compared by scheme and host: URL.origin is "null" for custom schemes outside Electron.
    const url = new URL(value);
    if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
    if (devUrl === undefined) return false;
    const dev = new URL(devUrl);
    return url.protocol === dev.protocol && url.host === dev.host;
  } catch {
    return false;
  }
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  devUrl?: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}
