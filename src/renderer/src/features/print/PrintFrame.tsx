// The frame every print page shares: an on-screen toolbar (never printed) and the sheet itself.
//
// Convention: a print page is its own route under #/print/..., outside the app shell. It renders
// <PrintFrame> with its content as children, styled for paper by the print section of app.css
// (.print-sheet: black on white, margins from @page that fit Letter and A4). A page that must do
// something once it is printed (mark letters acknowledged, say) calls useAfterPrint(action).
import { useEffect, type ReactNode } from 'react';
import { Link } from '../../ui/router';
import { platform } from '../../platform';
import { Notice } from '../../ui/Notice';
import { usePrintActions, type PrintJob } from './usePrintActions';

export function PrintFrame({
  job,
  heading,
  backTo,
  backLabel = 'Back',
  tools,
  children,
}: {
  job: PrintJob;
  /** what the toolbar calls this page, e.g. "Thank-you letter to Sunrise Bakery" */
  heading: string;
  backTo: string;
  backLabel?: string;
  /** page-specific controls shown in the toolbar, under the buttons */
  tools?: ReactNode;
  children: ReactNode;
}) {
  const actions = usePrintActions(job);

  useEffect(() => {
    // The browser's print dialog names the PDF after the document's title.
    const before = document.title;
    document.title = job.suggestedName.replace(/\.pdf$/i, '');
    return () => {
      document.title = before;
    };
  }, [job.suggestedName]);

  return (
    <div className="print-view">
      <header className="print-toolbar no-print">
        <div className="print-toolbar-row">
          <Link className="button" to={backTo}>
            <span aria-hidden="true">←</span> {backLabel}
          </Link>
          <h1>{heading}</h1>
          <div className="button-row">
            <button className="button" type="button" onClick={actions.print} disabled={actions.busy}>
              Print…
            </button>
            <button className="button primary" type="button" onClick={actions.savePdf} disabled={actions.busy}>
              Save as PDF…
            </button>
          </div>
        </div>
        {platform.runtime === 'browser' && (
          <p className="print-hint">
            To save a PDF, choose “Save as PDF” as the printer in the dialog that opens. What you see below is what
            prints.
          </p>
        )}
        <div className="status-line" role="status">
          {actions.status && <Notice kind={actions.status.kind}>{actions.status.text}</Notice>}
        </div>
        {tools}
      </header>
      <main className="print-sheet-wrap">
        <article className="print-sheet" aria-label={heading}>
          {children}
        </article>
      </main>
    </div>
  );
}

/** What a print page shows while its record loads, or when it cannot be found. */
export function PrintMissing({ heading, message, backTo }: { heading: string; message?: string; backTo: string }) {
  return (
    <div className="print-view">
      <header className="print-toolbar no-print">
        <div className="print-toolbar-row">
          <Link className="button" to={backTo}>
            <span aria-hidden="true">←</span> Back
          </Link>
          <h1>{heading}</h1>
        </div>
      </header>
      <main className="print-sheet-wrap">{message && <Notice kind="problem">{message}</Notice>}</main>
    </div>
  );
}
