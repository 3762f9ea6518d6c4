// Runs a write and turns its outcome into a status line: success words, or what failed and that nothing changed.
import { useState } from 'react';
import { nothingChanged, reasonOf } from '../../ui/forms';

export interface ActionStatus {
  kind: 'success' | 'problem';
  text: string;
}

export function useAction() {
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const [busy, setBusy] = useState(false);
  async function run(write: () => Promise<string>): Promise<boolean> {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ kind: 'success', text: await write() });
      return true;
    } catch (error) {
      setStatus({ kind: 'problem', text: nothingChanged(reasonOf(error)) });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { status, setStatus, busy, run };
}
