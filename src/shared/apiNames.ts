// The names of the bridge calls and their IPC channels: plain values, without zod, for the code that only
// needs the names (the renderer's platform at start, the preload). api.ts checks that its schemas name
// the same calls.

export const API_NAMES = [
  'appInfo',
  'saveFile',
  'printView',
  'savePdf',
  'openExternal',
  'writeBackup',
  'listBackups',
  'readBackup',
  'nextBackupRequest',
] as const;
export type ApiName = (typeof API_NAMES)[number];

export const channelOf = (name: ApiName): string => `api:${name}`;
