// Electron main: lifecycle, the single window, and one setupX() per feature. Kept thin.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_SCHEME, appSchemePrivileges, serveAppRequest } from './protocol';
import { dataFolderFor } from './paths';
import { makeRegistrar } from './ipc';
import { isTrustedSender } from './trust';
import { denyAllPermissions, isSafeExternalUrl } from './security';
import { createMainWindow } from './window';
import { setupAppInfo } from './features/appInfo';
import { setupFiles, type FilesDeps } from './features/files';
import { setupPrint } from './features/print';
import { setupExternal } from './features/external';
import { setupBackups, takeFinalBackupOnClose } from './features/backups';
import { BACKUPS_FOLDER_NAME } from './backupFolder';

// Before anything reads it: the data folder must not move if the product is renamed.
app.setPath('userData', dataFolderFor(app.getPath('appData')));
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  const rendererRoot = join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, (request) =>
    serveAppRequest(rendererRoot, request, { readFile: (path) => readFile(path) }),
  );
  denyAllPermissions(session.defaultSession);

  const openExternal = (url: string) => (isSafeExternalUrl(url) ? shell.openExternal(url) : Promise.resolve());
  const register = makeRegistrar(ipcMain, (event) => isTrustedSender(event, mainWindow, devUrl));
  const files: FilesDeps = {
    showSaveDialog: (options) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
    defaultFolder: () => app.getPath('documents'),
  };
  setupAppInfo(register, { version: app.getVersion(), dataFolder: app.getPath('userData') });
  setupFiles(register, files);
  setupPrint(register, files);
  setupExternal(register, openExternal);
  const backups = setupBackups(register, { folder: join(app.getPath('userData'), BACKUPS_FOLDER_NAME) });

  mainWindow = createMainWindow(openExternal, devUrl);
  takeFinalBackupOnClose(mainWindow, backups);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}
