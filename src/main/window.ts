// The app window, created with every security setting on.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY } from './protocol';
import { hardenContents } from './security';

export function createMainWindow(openExternal: (url: string) => Promise<void>, devUrl?: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Connection Coordinator',
    backgroundColor: '#fbfbf9',
    // Written out here, not built elsewhere, so that reviewers and scanners see every setting.
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  hardenContents(window.webContents, openExternal, devUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devUrl ?? APP_ENTRY);
  return window;
}
