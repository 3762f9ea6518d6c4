// The Backup screen: storage health, backing up, the kept backups, and restoring with a safety net.
import { useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';
import { Notice } from '../../ui/Notice';
import { StorageHealth } from './StorageHealth';
import { BackUpPanel } from './BackUpPanel';
import { BackupList } from './BackupList';
import { RestoreFromFile } from './RestoreFromFile';
import { ExchangeLinkPanel } from '../exchange/ExchangeLinkPanel';
import { RestoreFlowPanel } from './RestoreFlowPanel';
import { useBackupList } from './useBackupList';
import { useRestoreFlow } from './useRestoreFlow';
import { saveCopy, saveListedCopy } from './backupService';
import { describeFailure } from './backupErrors';

export function BackupPage() {
  const list = useBackupList();
  const restore = useRestoreFlow(list.refresh);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);

  async function save(job: () => Promise<unknown>) {
    setSaveProblem(null);
    try {
      await job();
    } catch (error) {
      setSaveProblem(describeFailure(error, 'backup').message);
    }
  }

  const saveElsewhere = () => void save(() => saveCopy(null));

  return (
    <>
      <PageHeader title="Backup">
        <p>
          Your records live on this computer. Backups keep them safe from mistakes, crashes and lost laptops: restore
          one to go back to how things were.
        </p>
      </PageHeader>
      <StorageHealth
        lastBackup={list.backups === null ? undefined : (list.backups[0] ?? null)}
        onSaveElsewhere={saveElsewhere}
      />
      <BackUpPanel />
      <RestoreFlowPanel restore={restore} onSaveElsewhere={saveElsewhere} />
      {saveProblem && (
        <Notice kind="problem" role="alert">
          {saveProblem}
        </Notice>
      )}
      <BackupList
        backups={list.backups}
        problem={list.problem}
        busy={restore.busy}
        onRestore={(fileName) => void restore.openListed(fileName)}
        onSave={(fileName) => void save(() => saveListedCopy(fileName))}
      />
      <RestoreFromFile busy={restore.busy} onChosen={(file) => void restore.openFile(file)} />
      <ExchangeLinkPanel />
    </>
  );
}
