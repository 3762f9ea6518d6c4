// The backups kept on this computer: when, why, what they hold and how big, each with its actions.
import type { BackupEntry } from '@shared/backupFiles';
import { platform } from '../../platform';
import { REASON_LABELS, countsInWords, fileSize, whenWritten } from '../../domain/backupWords';
import { Notice } from '../../ui/Notice';

export function BackupList({
  backups,
  problem,
  busy,
  onRestore,
  onSave,
}: {
  backups: BackupEntry[] | null;
  problem: string | null;
  busy: boolean;
  onRestore: (fileName: string) => void;
  onSave: (fileName: string) => void;
}) {
  const saveLabel = platform.runtime === 'electron' ? 'Save a copy…' : 'Download';
  return (
    <section className="panel" aria-labelledby="kept-heading">
      <h2 id="kept-heading">Backups on this computer</h2>
      <p className="muted">
        Kept: the last 3 of today, one a day for two weeks, and one a month for a year.
        {platform.runtime === 'browser' &&
          ' In the browser mode they are kept in this browser, separately from your records.'}
      </p>
      {problem && (
        <Notice kind="problem" role="alert">
          {problem}
        </Notice>
      )}
      {backups !== null && backups.length === 0 && (
        <p>
          No backups yet. The first is made a few seconds after the app starts with records in it, or use “Back up now”.
        </p>
      )}
      {backups !== null && backups.length > 0 && (
        <div className="table-wrap">
          <table className="data backup-list">
            <caption className="visually-hidden">Backups on this computer, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Why</th>
                <th scope="col">What it holds</th>
                <th scope="col" className="number">
                  Size
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((entry) => {
                const when = whenWritten(entry.createdAt);
                return (
                  <tr key={entry.fileName}>
                    <td>{when}</td>
                    <td>{REASON_LABELS[entry.reason]}</td>
                    <td>
                      {entry.header ? (
                        countsInWords(entry.header.counts)
                      ) : (
                        <span className="tag problem">✖ Damaged or incomplete: cannot be restored</span>
                      )}
                    </td>
                    <td className="number">{fileSize(entry.sizeBytes)}</td>
                    <td>
                      {entry.header && (
                        <div className="button-row backup-row-actions">
                          <button
                            className="button"
                            type="button"
                            disabled={busy}
                            onClick={() => onRestore(entry.fileName)}
                          >
                            Restore…<span className="visually-hidden"> the backup made {when}</span>
                          </button>
                          <button
                            className="button"
                            type="button"
                            disabled={busy}
                            onClick={() => onSave(entry.fileName)}
                          >
                            {saveLabel}
                            <span className="visually-hidden"> the backup made {when}</span>
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
