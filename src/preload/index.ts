// Exposes exactly one object, window.api, one function per call of the Api contract.
import { contextBridge, ipcRenderer } from 'electron';
import type { Api } from '@shared/api';

const api = {
  appInfo: () => ipcRenderer.invoke('api:appInfo'),
  saveFile: (request) => ipcRenderer.invoke('api:saveFile', request),
  printView: (request) => ipcRenderer.invoke('api:printView', request),
  savePdf: (request) => ipcRenderer.invoke('api:savePdf', request),
  openExternal: (url) => ipcRenderer.invoke('api:openExternal', url),
  writeBackup: (request) => ipcRenderer.invoke('api:writeBackup', request),
  listBackups: () => ipcRenderer.invoke('api:listBackups'),
  readBackup: (request) => ipcRenderer.invoke('api:readBackup', request),
  nextBackupRequest: () => ipcRenderer.invoke('api:nextBackupRequest'),
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
