// Turns whatever stopped sharing or combining into words a volunteer understands, reusing the backup
// screen's wording for what the two have in common (passphrases, the platform).
import { ApiError } from '../../platform';
import { NotLockedFileError, WrongPassphraseError } from '../../domain/backupCrypto';
import { ExchangeRefusal } from '../../domain/exchangeFile';
import { RestoreRunningError } from '../../db/restoreGuard';
import { describeFailure, isQuotaError, type Failure } from '../backup/backupErrors';
import { reasonOf } from '../../ui/forms';

type Doing = 'share' | 'open' | 'combine' | 'undo';

const FULL: Record<Doing, string> = {
  share: "There isn't enough storage space on this computer to make the file. Your records are unchanged.",
  open: "There isn't enough storage space on this computer to read this file. Nothing was changed.",
  combine:
    "There isn't enough storage space on this computer to combine these records. Nothing was changed. Free some space and try again.",
  undo: "There isn't enough storage space on this computer to undo. The combined records are still there.",
};

const DID_NOT_FINISH: Record<Doing, (reason: string) => string> = {
  share: (reason) => `The file to share could not be made (${reason}). Your records are unchanged.`,
  open: (reason) => `Couldn't read this file (${reason}). Nothing was changed.`,
  combine: (reason) => `Combining did not finish (${reason}). Nothing was changed.`,
  undo: (reason) => `Undoing did not finish (${reason}). The combined records are still there.`,
};

export function describeExchangeFailure(error: unknown, doing: Doing): Failure {
  if (error instanceof ExchangeRefusal) return { message: error.message, details: error.details, storageFull: false };
  if (
    error instanceof WrongPassphraseError ||
    error instanceof NotLockedFileError ||
    error instanceof ApiError ||
    error instanceof RestoreRunningError
  ) {
    return describeFailure(error, 'open');
  }
  if (isQuotaError(error)) return { message: FULL[doing], details: [], storageFull: true };
  const reason = reasonOf(error);
  return { message: DID_NOT_FINISH[doing](reason), details: [], storageFull: false };
}
