// "Combine records from another coordinator": choose their file (read in the page, never handed to
// main as a path), type its passphrase when it has one, and see what would change before anything does.
import { useId, useState, type FormEvent } from 'react';
import { WrongPassphraseError } from '../../domain/backupCrypto';
import { EXCHANGE_EXTENSIONS } from '../../domain/exchangeFile';
import { TextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { FailureNotice } from '../backup/FailureNotice';
import type { Failure } from '../backup/backupErrors';
import { describeExchangeFailure } from './exchangeErrors';
import { PassphraseNeeded, openExchangeFile, type OpenedExchange } from './exchangeService';

export function OpenSection({ onOpened }: { onOpened: (opened: OpenedExchange) => void }) {
  const headingId = useId();
  const inputId = useId();
  const [locked, setLocked] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function open(file: File, typed?: string) {
    setFailure(null);
    setPassphraseError(undefined);
    setBusy(true);
    try {
      const opened = await openExchangeFile(file, typed);
      setLocked(null);
      setPassphrase('');
      onOpened(opened);
    } catch (error) {
      if (error instanceof PassphraseNeeded) {
        setLocked(file);
      } else if (error instanceof WrongPassphraseError) {
        setPassphraseError(error.message);
      } else {
        setLocked(null);
        setFailure(describeExchangeFailure(error, 'open'));
      }
    } finally {
      setBusy(false);
    }
  }

  function onUnlock(event: FormEvent) {
    event.preventDefault();
    if (!locked) return;
    if (!passphrase) {
      setPassphraseError('Type the passphrase the other coordinator gave you.');
      return;
    }
    void open(locked, passphrase);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Combine records from another coordinator</h2>
      <div className="field">
        <label htmlFor={inputId}>File from another coordinator</label>
        <input
          id={inputId}
          type="file"
          accept={`.${EXCHANGE_EXTENSIONS.plain},.${EXCHANGE_EXTENSIONS.locked},application/json`}
          disabled={busy}
          aria-describedby={`${inputId}-help`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again is noticed.
            event.target.value = '';
            if (file) void open(file);
          }}
        />
        <span className="field-help" id={`${inputId}-help`}>
          A file saved with “Save file to share” on another computer. It is checked whole, and you see what would
          change, and choose where you both changed the same thing, before anything changes.
        </span>
      </div>
      {locked && (
        <form className="form" onSubmit={onUnlock} noValidate>
          <p>
            <strong>{locked.name}</strong> is protected with a passphrase.
          </p>
          <TextField
            label="Passphrase for this file"
            type="password"
            autoComplete="off"
            value={passphrase}
            error={passphraseError}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <div className="button-row">
            <button className="button primary" type="submit" disabled={busy}>
              Open file
            </button>
            <button className="button" type="button" onClick={() => setLocked(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <div className="status-line" role="status">
        {busy && <Notice kind="info">Reading and checking the file…</Notice>}
      </div>
      {failure && <FailureNotice failure={failure} />}
    </section>
  );
}
