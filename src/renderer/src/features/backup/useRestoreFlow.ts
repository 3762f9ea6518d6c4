// The steps of a restore: open (unlock, read whole, check) → review beside what is there now →
// restore after a safety backup → offer to undo. Each step's failure leaves everything as it was.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { BackupEntry } from '@shared/backupFiles';
import type { BackupSummary } from '../../domain/backupDocument';
import { WrongPassphraseError } from '../../domain/backupCrypto';
import { currentSummary, forgetRestore, getLastRestore, rememberRestore } from '../../db/backupRestore';
import {
  PassphraseNeeded,
  openChosenFile,
  openListedBackup,
  restoreBackup,
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
      setFlow({ step: 'review', opened, now: await currentSummary() });
    } catch (error) {
      if (file && error instanceof PassphraseNeeded) setFlow({ step: 'passphrase', file, error: null });
      else if (file && error instanceof WrongPassphraseError)
        setFlow({ step: 'passphrase', file, error: error.message });
      else setFlow({ step: 'failed', failure: describeFailure(error, 'open') });
    }
  }

  async function restore(
    run: () => Promise<{ safety: BackupEntry }>,
    what: { source: string; madeAt: string; counts: Record<string, number> },
    undone: boolean,
  ) {
    working({ phase: 'backup', done: 0, total: 0 });
    try {
      const { safety } = await run();
      await rememberRestore({
        safetyFileName: safety.fileName,
        restoredAt: new Date().toISOString(),
        source: what.source,
        madeAt: what.madeAt,
        counts: what.counts,
        undone,
      });
      setFlow({ step: 'idle' });
    } catch (error) {
      setFlow({ step: 'failed', failure: describeFailure(error, 'restore') });
    } finally {
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
      void restore(
        () => restoreBackup(backup, working),
        { source, madeAt: backup.header.createdAt, counts: summary.counts },
        false,
      );
    },
    undo: () => {
      if (!lastRestore || lastRestore.undone) return;
      void restore(() => undoRestore(lastRestore.safetyFileName, working), lastRestore, true);
    },
    cancel: () => setFlow({ step: 'idle' }),
    dismiss: () => void forgetRestore(),
  };
}
