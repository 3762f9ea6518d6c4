// Turns whatever stopped a backup or restore into words a volunteer understands, and says whether
// the storage is full (then the screen offers to save a backup somewhere else).
import { ApiError } from '../../platform';
import { BackupRefusal } from '../../domain/backupRefusal';
import { NotLockedFileError, WrongPassphraseError } from '../../domain/backupCrypto';
import { RestoreRunningError } from '../../db/restoreGuard';
import { reasonOf } from '../../ui/forms';

export interface Failure {
  message: string;
  details: string[];
  storageFull: boolean;
}

/** IndexedDB's quota error, whether it arrives bare or wrapped by Dexie. */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current === 'object' && 'name' in current && current.name === 'QuotaExceededError') return true;
    current = typeof current === 'object' && 'inner' in current ? current.inner : undefined;
  }
  return false;
}

export function describeFailure(error: unknown, doing: 'backup' | 'restore' | 'open'): Failure {
  if (error instanceof BackupRefusal) return { message: error.message, details: error.details, storageFull: false };
  if (
    error instanceof WrongPassphraseError ||
    error instanceof NotLockedFileError ||
    error instanceof RestoreRunningError
  ) {
    return { message: error.message, details: [], storageFull: false };
  }
  if (error instanceof ApiError) {
    return { message: error.message, details: [], storageFull: error.code === 'DISK_FULL' };
  }
  if (isQuotaError(error)) {
    return {
      message:
        doing === 'restore'
          ? "There isn't enough storage space on this computer to restore this backup. Nothing was changed. Free some space and try again."
          : "There isn't enough storage space on this computer to finish the backup. What was saved before is unchanged. Free some space, and save a backup somewhere else meanwhile.",
      details: [],
      storageFull: true,
    };
  }
  const reason = reasonOf(error);
  return {
    message:
      doing === 'restore'
        ? `The restore did not finish (${reason}). Nothing was changed.`
        : doing === 'open'
          ? `Couldn't read this file (${reason}). Nothing was changed.`
          : `The backup did not finish (${reason}). What was saved before is unchanged.`,
    details: [],
    storageFull: false,
  };
}
