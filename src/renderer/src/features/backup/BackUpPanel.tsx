// "Back up now" and "Save a copy as…" (optionally locked with a passphrase), with progress and plain
// words when the disk is full, offering to save the backup somewhere else.
import { useState, type FormEvent } from 'react';
import { platform } from '../../platform';
import { MIN_PASSPHRASE_LENGTH } from '../../domain/backupCrypto';
import { countsInWords } from '../../domain/backupWords';
import { CheckboxField, ErrorSummary, TextField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/forms';
import { Notice } from '../../ui/Notice';
import { backUpNow, saveCopy, type ProgressState } from './backupService';
import { describeFailure, type Failure } from './backupErrors';
import { announceBackupWritten } from './automaticBackups';
import { ProgressBar } from './ProgressBar';
import { FailureNotice } from './FailureNotice';

export function BackUpPanel() {
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const busy = progress !== null;

  async function run(job: () => Promise<string>) {
    setDone(null);
    setFailure(null);
    setProgress({ phase: 'backup', done: 0, total: 0 });
    try {
      setDone(await job());
    } catch (error) {
      setFailure(describeFailure(error, 'backup'));
    } finally {
      setProgress(null);
    }
  }

  const backUp = () =>
    run(async () => {
      const entry = await backUpNow(setProgress);
      announceBackupWritten();
      return `Backed up: ${countsInWords(entry.header?.counts ?? {})}. It is at the top of the list below.`;
    });

  const saveTo = (lock: string | null) =>
    run(async () => {
      const result = await saveCopy(lock, setProgress);
      if (!result.saved) return 'No copy was saved.';
      return lock
        ? `Copy saved as ${result.fileName ?? 'a file'}, protected with your passphrase.`
        : `Copy saved as ${result.fileName ?? 'a file'}.`;
    });

  function onSaveCopy(event: FormEvent) {
    event.preventDefault();
    const next: FieldErrors = {};
    if (protect && passphrase.length < MIN_PASSPHRASE_LENGTH) {
      next.passphrase = `Use at least ${MIN_PASSPHRASE_LENGTH} characters for the passphrase`;
    }
    if (protect && repeat !== passphrase) next.repeat = 'The two passphrases are not the same';
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    void saveTo(protect ? passphrase : null);
  }

  return (
    <section className="panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up</h2>
      <p>
        A backup is made automatically when the app starts, every hour while you work, and when you close it. Back up
        now before a big change.
      </p>
      <div className="button-row">
        <button className="button primary" type="button" onClick={backUp} disabled={busy}>
          Back up now
        </button>
      </div>
      <form className="form backup-copy" onSubmit={onSaveCopy} noValidate>
        <h3>Keep a copy somewhere else</h3>
        <p className="muted">
          {platform.runtime === 'electron'
            ? 'Save a copy on a USB stick or another drive, so your records survive if this computer does not.'
            : 'Your browser saves the copy in your Downloads folder. Move it to a USB stick or another drive.'}
        </p>
        <ErrorSummary errors={errors} />
        <CheckboxField
          label="Protect this copy with a passphrase"
          checked={protect}
          onChange={(event) => {
            setProtect(event.target.checked);
            setErrors({});
          }}
        />
        {protect && (
          <div className="form-grid">
            <TextField
              label="Passphrase"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              error={errors.passphrase}
              help="At least 8 characters. Nobody can open the copy without it, not even you: keep it somewhere safe."
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <TextField
              label="Type the passphrase again"
              type="password"
              autoComplete="new-password"
              value={repeat}
              error={errors.repeat}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </div>
        )}
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            Save a copy as…
          </button>
        </div>
      </form>
      <ProgressBar progress={progress} />
      <div className="status-line" role="status">
        {done && <Notice kind="success">{done}</Notice>}
      </div>
      {failure && <FailureNotice failure={failure} onSaveElsewhere={busy ? undefined : () => void saveTo(null)} />}
    </section>
  );
}
