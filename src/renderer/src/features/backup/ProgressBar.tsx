// A labelled progress bar for work that takes more than a moment; quick work never flashes one.
import { useEffect, useId, useState } from 'react';
import { progressWords } from '../../domain/backupWords';
import type { ProgressState } from './backupService';

const SHOW_AFTER_MS = 300;

export function ProgressBar({ progress }: { progress: ProgressState | null }) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  const working = progress !== null;
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setVisible(false);
    };
  }, [working]);
  if (!progress || !visible) return null;
  const known = progress.total > 0;
  return (
    <div className="backup-progress">
      <label htmlFor={id}>{progressWords(progress.phase, progress.done, progress.total)}</label>
      {known ? <progress id={id} max={progress.total} value={progress.done} /> : <progress id={id} />}
    </div>
  );
}
