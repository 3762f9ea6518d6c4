// The steps behind the Share screen, through the platform: save a file to share (locked when asked),
// open one from another coordinator, combine it after a safety backup, and undo that.
import type { BackupEntry } from '@shared/backupFiles';
import { MAX_BACKUP_BYTES } from '@shared/backupFiles';
import type { SaveResult } from '@shared/api';
import { platform } from '../../platform';
import { RECORD_SCHEMA_VERSION, type LocalEntry } from '../../db/database';
import { makeBackup } from '../../db/backupExport';
import { makeExchangeFile } from '../../db/exchangeExport';
import { applyMerge, previewMerge, type MergePreview } from '../../db/exchangeMerge';
import { getDevice } from '../../db/device';
import { whileCombining } from '../../db/restoreBarrier';
import { restoreExchangeState, snapshotExchangeState, withExchangeState } from '../../db/exchangeState';
import { isPassphraseProtected, lockWithPassphrase, unlockWithPassphrase } from '../../domain/backupCrypto';
import {
  EXCHANGE_EXTENSIONS,
  ExchangeRefusal,
  readExchangeFile,
  type ExchangeFile,
  type ExchangeScope,
} from '../../domain/exchangeFile';
import { changesNothing, type PlanSummary } from '../../domain/exchangePlan';
import type { Side } from '../../domain/merge';
import { todayIso } from '../../domain/dates';
import { PassphraseNeeded, undoRestore } from '../backup/backupService';

export { PassphraseNeeded };

const slug = (words: string) =>
  words
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40) || 'records';

export async function shareRecords(scope: ExchangeScope, passphrase: string | null): Promise<SaveResult> {
  const { header, bytes } = await makeExchangeFile(scope);
  const locked = passphrase ? await lockWithPassphrase(bytes, passphrase) : null;
  const what = scope.kind === 'affiliate' ? slug(scope.affiliateName) : slug(header.from.name);
  const extension = locked ? EXCHANGE_EXTENSIONS.locked : EXCHANGE_EXTENSIONS.plain;
  return platform.saveFile({
    title: 'Save records to share',
    suggestedName: `shared-records-${what}-${todayIso()}.${extension}`,
    filters: [
      locked
        ? { name: 'Shared records with a passphrase', extensions: [EXCHANGE_EXTENSIONS.locked] }
        : { name: 'Shared records', extensions: [EXCHANGE_EXTENSIONS.plain] },
    ],
    data: locked ?? bytes,
  });
}

export interface OpenedExchange {
  file: ExchangeFile;
  preview: MergePreview;
  fileName: string;
}

/** Unlocks (when protected), checks and previews; throws PassphraseNeeded, WrongPassphraseError or ExchangeRefusal. */
export async function openExchangeFile(chosen: Blob & { name: string }, passphrase?: string): Promise<OpenedExchange> {
  // Refused before reading: a huge file must not fill the memory of a small laptop.
  if (chosen.size > MAX_BACKUP_BYTES) throw new ExchangeRefusal('too-large');
  let bytes: Uint8Array = new Uint8Array(await chosen.arrayBuffer());
  if (isPassphraseProtected(bytes)) {
    if (!passphrase) throw new PassphraseNeeded();
    bytes = await unlockWithPassphrase(bytes, passphrase);
  }
  const file = await readExchangeFile(bytes, { schemaVersion: RECORD_SCHEMA_VERSION });
  return { file, preview: await previewMerge(file), fileName: chosen.name };
}

export interface CombineOutcome {
  /** the snapshot taken just before, which "Undo" brings back (null when nothing needed changing) */
  safety: BackupEntry | null;
  exchangeState: LocalEntry[];
  /** what was done, as decided with the records as they were when combining */
  summary: PlanSummary;
  /** series changed "this and later" on both computers from different dates, ended where the later change begins */
  endedSeries: number;
  /** series changed "this and later" on both computers from the same date: the one that holds no date, removed */
  removedSeries: number;
}

/**
 * Takes a safety backup, then combines the file in one transaction. From before the backup until the
 * merge begins, every window's writes are refused (RestoreRunningError, in combining's words): a change
 * saved in between would be in neither the backup nor, after "Undo combining", the records.
 */
export async function combine(opened: OpenedExchange, choices: ReadonlyMap<string, Side>): Promise<CombineOutcome> {
  // The safety backup names this copy: a copy that never wrote anything makes its device record now.
  await getDevice();
  return whileCombining(async () => {
    const exchangeState = await snapshotExchangeState();
    let safety: BackupEntry | null = null;
    if (!changesNothing(opened.preview.summary)) {
      const { bytes } = await makeBackup('safety');
      safety = await platform.writeBackup({ reason: 'safety', data: bytes });
    }
    const { summary, endedSeries, removedSeries } = await applyMerge(opened.file, choices, { liftHold: true });
    return { safety, exchangeState, summary, endedSeries, removedSeries };
  });
}

/**
 * Brings back the records as they were before combining, and what this copy knew of the others. With a
 * safety backup the records come back in a new database (a restore): then it returns true, and the app
 * must reload onto it.
 */
export async function undoCombine(outcome: CombineOutcome): Promise<boolean> {
  if (outcome.safety) {
    await undoRestore(outcome.safety.fileName, undefined, { local: withExchangeState(outcome.exchangeState) });
    return true;
  }
  await restoreExchangeState(outcome.exchangeState);
  return false;
}
