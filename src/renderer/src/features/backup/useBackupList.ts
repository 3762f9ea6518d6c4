// The backups kept on this computer (main's folder, or the browser's store), newest first.
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '@shared/backupFiles';
import { platform } from '../../platform';
import { onBackupWritten } from './automaticBackups';
import { reasonOf } from '../../ui/forms';

export function useBackupList() {
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const refresh = useCallback(() => setAsked((count) => count + 1), []);
  useEffect(() => {
    let live = true;
    platform.listBackups().then(
      (list) => {
        if (!live) return;
        setBackups(list.backups);
        setProblem(null);
      },
      (error: unknown) => {
        if (live) setProblem(`The list of backups could not be read: ${reasonOf(error)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [asked]);
  useEffect(() => onBackupWritten(refresh), [refresh]);
  return { backups, problem, refresh };
}
