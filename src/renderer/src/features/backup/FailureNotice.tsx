// A problem in plain words, the specifics a helper might ask for, and, when the storage is full,
// the way out: saving a backup somewhere else.
import type { Failure } from './backupErrors';
import { Notice } from '../../ui/Notice';

export function FailureNotice({ failure, onSaveElsewhere }: { failure: Failure; onSaveElsewhere?: () => void }) {
  return (
    <Notice kind="problem" role="alert">
      <p>{failure.message}</p>
      {failure.details.length > 0 && (
        <details>
          <summary>What exactly is wrong</summary>
          <ul>
            {failure.details.map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        </details>
      )}
      {failure.storageFull && onSaveElsewhere && (
        <div className="button-row">
          <button className="button" type="button" onClick={onSaveElsewhere}>
            Save a backup elsewhere…
          </button>
        </div>
      )}
    </Notice>
  );
}
