// Saving the report: a CSV for spreadsheets, the summary file for a state roll-up, and the printable page.
import { useState } from 'react';
import { Link } from '../../ui/router';
import { platform } from '../../platform';
import { Notice } from '../../ui/Notice';
import { nowStamp } from '../../db/records';
import type { ReportData } from '../../db/report';
import { reportCsv } from '../../domain/reportCsv';
import { buildSummaryFile, summaryFileText } from '../../domain/summaryFile';
import { choiceQuery, fileStem, type ReportChoice } from './reportParams';
import { nothingChanged, reasonOf } from '../../ui/forms';

interface Status {
  kind: 'success' | 'problem' | 'info';
  text: string;
}

/** The name the report goes by: its affiliate, or the organisation. */
export const scopeName = (data: ReportData): string =>
  data.affiliate?.name ?? (data.settings.name || 'Whole organisation');

export function ReportExports({ data, choice }: { data: ReportData; choice: ReportChoice }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const stem = fileStem(scopeName(data), data.report.from, data.report.to);

  async function save(what: string, request: Parameters<typeof platform.saveFile>[0]): Promise<void> {
    setBusy(true);
    setStatus(null);
    try {
      const result = await platform.saveFile(request);
      setStatus(
        result.saved
          ? { kind: 'success', text: `${what} saved as ${result.fileName ?? request.suggestedName}.` }
          : { kind: 'info', text: 'Nothing was saved.' },
      );
    } catch (error) {
      const reason = reasonOf(error);
      setStatus({ kind: 'problem', text: nothingChanged(`Couldn't save the ${what.toLowerCase()}: ${reason}`) });
    } finally {
      setBusy(false);
    }
  }

  const saveCsv = () =>
    save('Spreadsheet (CSV)', {
      title: 'Save the monthly summary as a spreadsheet',
      suggestedName: `${stem}.csv`,
      filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
      data: reportCsv(data.report, data.affiliate?.name ?? ''),
    });

  const saveSummary = () =>
    save('Summary file', {
      title: 'Save the summary file for the state office',
      suggestedName: `${stem} - summary.json`,
      filters: [{ name: 'Monthly summary', extensions: ['json'] }],
      data: summaryFileText(
        buildSummaryFile(data.report, {
          organisation: data.settings.name,
          affiliate: data.affiliate?.name ?? null,
          createdAt: nowStamp(),
        }),
      ),
    });

  return (
    <section className="report-exports" aria-labelledby="report-exports">
      <h2 id="report-exports" className="visually-hidden">
        Save or print this report
      </h2>
      <div className="button-row">
        <button className="button" type="button" onClick={saveCsv} disabled={busy}>
          Save CSV…
        </button>
        <button className="button" type="button" onClick={saveSummary} disabled={busy}>
          Save summary file…
        </button>
        <Link className="button primary" to={`/print/report?${choiceQuery(choice)}`}>
          Print or save as PDF
        </Link>
      </div>
      <p className="field-help">
        The summary file is for the state office: it combines several affiliates in Reports, State roll-up.
      </p>
      <div className="status-line" role="status">
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
      </div>
    </section>
  );
}
