// Automatic backups: shortly after start, every hour while there are changes, and when the window
// closes (Electron's main asks, and waits a few seconds). Problems are kept for the Backup screen.
import { useSyncExternalStore } from 'react';
import { platform } from '../../platform';
import type { Failure } from './backupErrors';

const START_DELAY_MS = 5_000;
const HOUR_MS = 60 * 60 * 1000;

let started = false;
let problem: Failure | null = null;
const problemListeners = new Set<() => void>();
const writtenListeners = new Set<() => void>();

function setProblem(next: Failure | null): void {
  problem = next;
  for (const listener of problemListeners) listener();
}

/** Lets the list refresh when any backup (automatic or not) has been written. */
export function onBackupWritten(listener: () => void): () => void {
  writtenListeners.add(listener);
  return () => writtenListeners.delete(listener);
}

export function announceBackupWritten(): void {
  for (const listener of writtenListeners) listener();
}

async function run(reason: 'start' | 'hourly' | 'quit'): Promise<void> {
  try {
    // Loaded when first needed (five seconds after start): the backup code and the schemas it checks
    // against are not needed to draw the first screen.
    const { automaticBackup } = await import('./backupService');
    const written = await automaticBackup(reason);
    setProblem(null);
    if (written) announceBackupWritten();
  } catch (error) {
    // The words for a failure load with it, like the backup code above.
    const { describeFailure } = await import('./backupErrors');
    setProblem(describeFailure(error, 'backup'));
  }
}

async function answerMain(): Promise<void> {
  for (;;) {
    const request = await platform.nextBackupRequest();
    if (request.reason !== 'quit') return;
    await run('quit');
    // Calling again is how main learns the final backup is done.
  }
}

export function startAutomaticBackups(): void {
  if (started) return;
  started = true;
  setTimeout(() => void run('start'), START_DELAY_MS);
  setInterval(() => void run('hourly'), HOUR_MS);
  if (platform.runtime === 'electron') {
    answerMain().catch((error: unknown) => console.warn('Main stopped asking for a final backup', error));
  }
}

/** The last automatic backup's problem, or null when the last one went well. */
export function useAutomaticBackupProblem(): Failure | null {
  return useSyncExternalStore(
    (listener) => {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
    () => problem,
  );
}
