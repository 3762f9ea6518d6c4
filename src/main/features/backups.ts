// Automatic and manual backups: main keeps the files the renderer makes, and asks for one last backup
// when the window closes. Main never reads the app's database.
import type { BackupRequest } from '@shared/api';
import type { Register } from '../ipc';
import { createBackupFolder, type BackupFolderDeps } from '../backupFolder';

export const FINAL_BACKUP_TIMEOUT_MS = 5000;

export interface BackupsDeps extends BackupFolderDeps {
  /** the backups folder inside the data folder */
  folder: string;
}

export type FinalBackupOutcome = 'written' | 'not-listening' | 'timed-out';

export interface BackupsController {
  /** Asks the renderer for a final backup and waits for it, or for the timeout, whichever is first. */
  requestFinalBackup(timeoutMs?: number): Promise<FinalBackupOutcome>;
}

export function setupBackups(register: Register, deps: BackupsDeps): BackupsController {
  const folder = createBackupFolder(deps.folder, deps);
  let waiting: ((request: BackupRequest) => void) | null = null;
  let finished: (() => void) | null = null;

  register('writeBackup', (_event, request) => folder.write(request.reason, request.data));
  register('listBackups', async () => ({ backups: await folder.list() }));
  register('readBackup', async (_event, request) => ({
    fileName: request.fileName,
    data: await folder.read(request.fileName),
  }));
  register(
    'nextBackupRequest',
    () =>
      new Promise<BackupRequest>((resolve) => {
        // The renderer calls again once it has written the final backup: that is its "done".
        finished?.();
        finished = null;
        waiting?.({ reason: 'replaced' });
        waiting = resolve;
      }),
  );

  return {
    requestFinalBackup(timeoutMs = FINAL_BACKUP_TIMEOUT_MS) {
      const ask = waiting;
      if (!ask) return Promise.resolve('not-listening');
      waiting = null;
      return new Promise<FinalBackupOutcome>((resolve) => {
        const timer = setTimeout(() => {
          finished = null;
          resolve('timed-out');
        }, timeoutMs);
        finished = () => {
          clearTimeout(timer);
          resolve('written');
        };
        ask({ reason: 'quit' });
      });
    },
  };
}

/** The part of a BrowserWindow the close guard needs. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
}

/** Holds the window open once, for at most a few seconds, while the renderer writes a last backup. */
export function takeFinalBackupOnClose(window: ClosableWindow, backups: BackupsController, timeoutMs?: number): void {
  let state: 'open' | 'backing-up' | 'done' = 'open';
  window.on('close', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'backing-up') return;
    state = 'backing-up';
    void backups
      .requestFinalBackup(timeoutMs)
      .catch((error: unknown) => console.warn('The final backup did not finish', error))
      .finally(() => {
        state = 'done';
        if (!window.isDestroyed()) window.close();
      });
  });
}
