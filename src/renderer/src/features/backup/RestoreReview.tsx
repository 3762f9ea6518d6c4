// What a backup holds beside what the app holds now, before anything is replaced.
import { BACKUP_TABLES } from '@shared/backupFiles';
import { TABLE_LABELS, type BackupSummary } from '../../domain/backupDocument';
import { calendarDay, whenWritten } from '../../domain/backupWords';
import { Notice } from '../../ui/Notice';
import type { OpenedBackup } from './backupService';

const range = (summary: BackupSummary) =>
  summary.dateRange ? `${calendarDay(summary.dateRange.from)} to ${calendarDay(summary.dateRange.to)}` : 'None';

export function RestoreReview({
  opened,
  now,
  onConfirm,
  onCancel,
}: {
  opened: OpenedBackup;
  now: BackupSummary;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { header } = opened.backup;
  return (
    <>
      <p>
        From {opened.source}, made <strong>{whenWritten(header.createdAt)}</strong> by Connection Coordinator{' '}
        {header.appVersion || '(an early version)'}. The file is whole; each record is checked as it is restored, and if
        one is not valid, nothing is changed.
      </p>
      <div className="table-wrap">
        <table className="data backup-compare">
          <caption className="visually-hidden">What the backup holds, beside what is in the app now</caption>
          <thead>
            <tr>
              <th scope="col">Records</th>
              <th scope="col" className="number">
                In the backup
              </th>
              <th scope="col" className="number">
                In the app now
              </th>
            </tr>
          </thead>
          <tbody>
            {BACKUP_TABLES.map((table) => (
              <tr key={table}>
                <th scope="row">{TABLE_LABELS[table]}</th>
                <td className="number">{opened.summary.counts[table].toLocaleString('en-US')}</td>
                <td className="number">{now.counts[table].toLocaleString('en-US')}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Meetings and donations dated</th>
              <td className="number">{range(opened.summary)}</td>
              <td className="number">{range(now)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <Notice kind="warning">
        <p>
          Restoring replaces everything now in the app with this backup. A safety backup of what is there now is made
          first, so you can undo the restore.
        </p>
      </Notice>
      <div className="button-row">
        <button className="button danger solid" type="button" onClick={onConfirm}>
          Restore this backup
        </button>
        <button className="button" type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
