// Shows where a restore stands: progress, a passphrase to ask for, the review beside what is there
// now, the result with "Undo restore", or why the file was refused.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { countsInWords, whenWritten } from '../../domain/backupWords';
import { forgetReloadNotice, peekReloadNotice } from '../../db/reloadNotice';
import { ProgressBar } from './ProgressBar';
import { FailureNotice } from './FailureNotice';
import { RestoreReview } from './RestoreReview';
import type { useRestoreFlow } from './useRestoreFlow';

type Flow = ReturnType<typeof useRestoreFlow>;

const HEADINGS = {
  review: 'Restore this backup?',
  restored: 'Backup restored',
  undone: 'Restore undone',
  passphrase: 'This file has a passphrase',
  failed: 'Nothing was changed',
  working: 'Working…',
} as const;

export function RestoreFlowPanel({ restore, onSaveElsewhere }: { restore: Flow; onSaveElsewhere: () => void }) {
  const { flow, lastRestore } = restore;
  const heading = useRef<HTMLHeadingElement>(null);
  const showing =
    flow.step === 'idle' ? (lastRestore ? (lastRestore.undone ? 'undone' : 'restored') : null) : flow.step;
  // Each new step is announced by moving focus to its heading (the list is further down the page).
  const announce = useRef(false);
  // A restore ends with a reload onto the restored records: its result is announced once it shows.
  const afterReload = useRef(peekReloadNotice('restored') !== null);
  useEffect(() => {
    if (afterReload.current && (showing === 'restored' || showing === 'undone')) {
      afterReload.current = false;
      forgetReloadNotice('restored');
      heading.current?.focus();
      return;
    }
    if (showing === null || showing === 'working') {
      announce.current = showing === 'working';
      return;
    }
    // Only after the coordinator started something here, not when the page opens on an old result.
    if (announce.current || showing !== 'restored') heading.current?.focus();
    announce.current = false;
  }, [showing]);
  if (showing === null) return null;
  return (
    <section className="panel restore-flow" aria-labelledby="restore-flow-heading">
      <h2 id="restore-flow-heading" ref={heading} tabIndex={-1}>
        {HEADINGS[showing]}
      </h2>
      {flow.step === 'working' && <ProgressBar progress={flow.progress} />}
      {flow.step === 'passphrase' && (
        <PassphraseForm
          fileName={flow.file.name}
          error={flow.error}
          onSubmit={(passphrase) => void restore.openFile(flow.file, passphrase)}
          onCancel={restore.cancel}
        />
      )}
      {flow.step === 'review' && (
        <RestoreReview opened={flow.opened} now={flow.now} onConfirm={restore.confirm} onCancel={restore.cancel} />
      )}
      {flow.step === 'idle' && lastRestore && (
        <>
          <div role="status">
            <Notice kind="success">
              {lastRestore.undone ? (
                <p>Your records are back as they were before the restore.</p>
              ) : (
                <p>
                  Restored on {whenWritten(lastRestore.restoredAt)} from {lastRestore.source}, made{' '}
                  {whenWritten(lastRestore.madeAt)}. The app now holds {countsInWords(lastRestore.counts)}. What was
                  there before was saved first, as a safety backup.
                </p>
              )}
            </Notice>
          </div>
          <div className="button-row">
            {!lastRestore.undone && (
              <button className="button" type="button" onClick={restore.undo}>
                Undo restore
              </button>
            )}
            <button className="button" type="button" onClick={restore.dismiss}>
              Close
            </button>
          </div>
        </>
      )}
      {flow.step === 'failed' && (
        <>
          <FailureNotice failure={flow.failure} onSaveElsewhere={onSaveElsewhere} />
          <div className="button-row">
            <button className="button" type="button" onClick={restore.cancel}>
              Close
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function PassphraseForm({
  fileName,
  error,
  onSubmit,
  onCancel,
}: {
  fileName: string;
  error: string | null;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase) onSubmit(passphrase);
  }
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{fileName} was saved with a passphrase. Type it to open the file; nothing changes until you confirm.</p>
      <TextField
        label="Passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        error={error ?? undefined}
        onChange={(event) => setPassphrase(event.target.value)}
        autoFocus
      />
      <div className="button-row">
        <button className="button primary" type="submit">
          Open file
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
