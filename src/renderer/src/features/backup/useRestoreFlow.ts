// The steps of a restore: open (unlock, read whole, check) → review beside what is there now →
// restore after a safety backup → the app reloads on the restored records → offer to undo. Each step's
// failure leaves everything as it was.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BackupSummary } from '../../domain/backupDocument';
import { WrongPassphraseError } from '../../domain/backupCrypto';
import { forgetRestore, getLastRestore } from '../../db/backupRestore';
import { reloadOnNewDatabase } from '../../db/reloadNotice';
import {
  PassphraseNeeded,
  openChosenFile,
  openListedBackup,
  restoreBackup,
  summaryNow,
  undoRestore,
  type OpenedBackup,
  type ProgressState,
} from './backupService';
import { describeFailure, type Failure } from './backupErrors';

export type RestoreFlow =
  | { step: 'idle' }
  | { step: 'working'; progress: ProgressState }
  | { step: 'passphrase'; file: File; error: string | null }
  | { step: 'review'; opened: OpenedBackup; now: BackupSummary }
  | { step: 'failed'; failure: Failure };

export function useRestoreFlow(onChanged: () => void) {
  const [flow, setFlow] = useState<RestoreFlow>({ step: 'idle' });
  // Kept on this copy, so "Undo restore" is still there after a look at the restored groups.
  const lastRestore = useLiveQuery(getLastRestore);
  const working = (progress: ProgressState) => setFlow({ step: 'working', progress });

  async function review(open: () => Promise<OpenedBackup>, file?: File) {
    working({ phase: 'read', done: 0, total: 0 });
    try {
      const opened = await open();
      setFlow({ step: 'review', opened, now: await summaryNow() });
    } catch (error) {
      if (file && error instanceof PassphraseNeeded) setFlow({ step: 'passphrase', file, error: null });
      else if (file && error instanceof WrongPassphraseError)
        setFlow({ step: 'passphrase', file, error: error.message });
      else setFlow({ step: 'failed', failure: describeFailure(error, 'open') });
    }
  }

  async function restore(run: () => Promise<unknown>) {
    working({ phase: 'backup', done: 0, total: 0 });
    try {
      await run();
      // The restored records are in a new database: start again on it, back on this screen.
      reloadOnNewDatabase({ kind: 'restored' });
    } catch (error) {
      setFlow({ step: 'failed', failure: describeFailure(error, 'restore') });
      onChanged();
    }
  }

  return {
    flow,
    lastRestore: lastRestore ?? null,
    busy: flow.step === 'working',
    openListed: (fileName: string) => review(() => openListedBackup(fileName, working)),
    openFile: (file: File, passphrase?: string) => review(() => openChosenFile(file, passphrase, working), file),
    confirm: () => {
      if (flow.step !== 'review') return;
      const { backup, source, summary } = flow.opened;
      const note = { source, madeAt: backup.header.createdAt, counts: summary.counts, undone: false };
      void restore(() => restoreBackup(backup, working, { note }));
    },
    undo: () => {
      if (!lastRestore || lastRestore.undone) return;
      const { safetyFileName, source, madeAt, counts } = lastRestore;
      void restore(() => undoRestore(safetyFileName, working, { note: { source, madeAt, counts, undone: true } }));
    },
    cancel: () => setFlow({ step: 'idle' }),
    dismiss: () => void forgetRestore(),
  };
}
