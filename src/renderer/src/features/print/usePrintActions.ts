// Printing and saving a print page as PDF, and telling the page when either has happened.
//
// In Electron, main reports whether the dialog printed or saved. In the browser mode, window.print()
// cannot say whether the coordinator printed or cancelled, so the page's own 'afterprint' event
// (which also follows Ctrl+P) stands for "printed".
import { useEffect, useRef, useState } from 'react';
import { platform } from '../../platform';
import { nothingChanged, reasonOf } from '../../ui/forms';

type Listener = () => void;
const listeners = new Set<Listener>();

function notifyPrinted(): void {
  for (const listener of listeners) listener();
}

/** Runs `action` each time this page has been printed or saved as PDF. */
export function useAfterPrint(action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    const run = () => latest.current();
    listeners.add(run);
    if (platform.runtime === 'browser') window.addEventListener('afterprint', run);
    return () => {
      listeners.delete(run);
      window.removeEventListener('afterprint', run);
    };
  }, []);
}

export interface PrintJob {
  /** the dialog's title, and the document's while the page is open */
  title: string;
  /** the PDF's file name, ending in .pdf */
  suggestedName: string;
  pageSize?: 'Letter' | 'A4';
}

export interface PrintStatus {
  kind: 'success' | 'problem' | 'info';
  text: string;
}

export function usePrintActions(job: PrintJob) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<PrintStatus | null>(null);

  async function print(): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      const result = await platform.printView({ title: job.title });
      if (platform.runtime !== 'browser' && result.printed) notifyPrinted();
    } catch (error) {
      setStatus({ kind: 'problem', text: nothingChanged(`Couldn't print: ${reasonOf(error)}`) });
    } finally {
      setBusy(false);
    }
  }

  async function savePdf(): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      const result = await platform.savePdf({
        title: job.title,
        suggestedName: job.suggestedName,
        pageSize: job.pageSize ?? 'Letter',
      });
      if (platform.runtime !== 'browser' && result.saved) {
        setStatus({ kind: 'success', text: `Saved as ${result.fileName ?? job.suggestedName}.` });
        notifyPrinted();
      }
    } catch (error) {
      setStatus({ kind: 'problem', text: nothingChanged(`Couldn't save the PDF: ${reasonOf(error)}`) });
    } finally {
      setBusy(false);
    }
  }

  return { print, savePdf, busy, status };
}
