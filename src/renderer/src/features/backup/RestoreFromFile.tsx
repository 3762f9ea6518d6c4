// Choosing a backup file to restore: read in the page, never handed to main as a path.
import { useId } from 'react';

export function RestoreFromFile({ busy, onChosen }: { busy: boolean; onChosen: (file: File) => void }) {
  const id = useId();
  return (
    <section className="panel" aria-labelledby="from-file-heading">
      <h2 id="from-file-heading">Restore from a file</h2>
      <div className="field">
        <label htmlFor={id}>Backup file</label>
        <input
          id={id}
          type="file"
          accept=".json,.ccbackup,application/json"
          disabled={busy}
          aria-describedby={`${id}-help`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing a passphrase) is noticed.
            event.target.value = '';
            if (file) onChosen(file);
          }}
        />
        <span className="field-help" id={`${id}-help`}>
          A copy saved with “Save a copy as…”, here or on another computer. It is checked whole, and you see what it
          holds before anything changes.
        </span>
      </div>
    </section>
  );
}
