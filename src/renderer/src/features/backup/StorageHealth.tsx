// Whether the records are safe where they are: persistent storage, space used and free, last backup.
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '@shared/backupFiles';
import { requestPersistentStorage } from '../../db/database';
import { fileSize, howLongAgo, whenWritten } from '../../domain/backupWords';
import { useAutomaticBackupProblem } from './automaticBackups';
import { FailureNotice } from './FailureNotice';

interface Health {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readHealth(): Promise<Health> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted() : Promise.resolve(null),
    storage?.estimate ? storage.estimate() : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function StorageHealth({
  lastBackup,
  onSaveElsewhere,
}: {
  lastBackup: BackupEntry | null | undefined;
  onSaveElsewhere: () => void;
}) {
  const [health, setHealth] = useState<Health | null>(null);
  const [asked, setAsked] = useState(false);
  const automaticProblem = useAutomaticBackupProblem();
  const refresh = useCallback(() => {
    readHealth().then(setHealth, () => setHealth({ persisted: null, usage: null, quota: null }));
  }, []);
  useEffect(refresh, [refresh]);

  async function askToKeep() {
    setAsked(true);
    await requestPersistentStorage().catch(() => false);
    refresh();
  }

  return (
    <section className="panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage health</h2>
      {automaticProblem && (
        <FailureNotice
          failure={{
            ...automaticProblem,
            message: `The last automatic backup did not finish. ${automaticProblem.message}`,
          }}
          onSaveElsewhere={onSaveElsewhere}
        />
      )}
      <dl className="backup-facts">
        <dt>Last backup</dt>
        <dd>
          {lastBackup === undefined
            ? '…'
            : lastBackup === null
              ? 'No backup yet. Use “Back up now” below.'
              : `${whenWritten(lastBackup.createdAt)} (${howLongAgo(lastBackup.createdAt, new Date())})`}
        </dd>
        <dt>Storage kept safe</dt>
        <dd>
          {health === null ? (
            '…'
          ) : health.persisted ? (
            <span>✓ Yes: this computer will not clear your records to make space.</span>
          ) : (
            <>
              <span className="tag warning">⚠ Not guaranteed</span> When the disk is nearly full, stored records could
              be cleared. Keep a copy elsewhere too.{' '}
              {!asked && (
                <button className="link-button" type="button" onClick={askToKeep}>
                  Ask to keep storage
                </button>
              )}
              {asked && !health.persisted && <span>This browser did not agree. Save copies elsewhere regularly.</span>}
            </>
          )}
        </dd>
        <dt>Space</dt>
        <dd>
          {health === null
            ? '…'
            : health.usage === null || health.quota === null
              ? 'This browser does not say how much space is used.'
              : `Using ${fileSize(health.usage)}. About ${fileSize(Math.max(0, health.quota - health.usage))} more can be stored.`}
        </dd>
      </dl>
    </section>
  );
}
