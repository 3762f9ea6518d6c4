// The printable monthly summary (#/print/report?from=…&to=…&affiliate=…): the organisation, the months,
// the table, the chart and what needs attention, on Letter or A4.
import { useEffect, useState } from 'react';
import { useSearchParams } from '../../ui/router';
import { longDate } from '../../domain/wording';
import { checkRange, rangeLabel } from '../../domain/reportMonths';
import { PrintFrame, PrintMissing } from '../print/PrintFrame';
import { SelectField } from '../../ui/fields';
import { platform } from '../../platform';
import { scopeName } from './ReportExports';
import { ReportChart } from './ReportChart';
import { ReportSections } from './ReportSections';
import { ReportTable } from './ReportTable';
import { unrecordedSentence } from './UnrecordedNotice';
import { choiceFrom, choiceQuery, fileStem } from './reportParams';
import { useReport, useReportExtras } from './useReport';

export function ReportPrintPage() {
  const [params] = useSearchParams();
  const choice = choiceFrom(params);
  const range = checkRange(choice.from, choice.to);
  const data = useReport(choice, range.ok);
  const extras = useReportExtras(data);
  const [paper, setPaper] = useState<'Letter' | 'A4'>('Letter');
  const backTo = `/reports?${choiceQuery(choice)}`;

  useEffect(() => {
    if (data && extras) performance.mark('report-print-ready');
  }, [data, extras]);

  if (!range.ok) return <PrintMissing heading="Monthly summary" backTo="/reports" message={range.message} />;
  if (!data) return <PrintMissing heading="Monthly summary" backTo={backTo} />;
  if (choice.affiliate !== '' && !data.affiliate) {
    return (
      <PrintMissing
        heading="Monthly summary"
        backTo="/reports"
        message="That affiliate could not be found. It may have been deleted."
      />
    );
  }

  const { report, settings } = data;
  const months = rangeLabel(report.from, report.to);
  const scope = scopeName(data);
  const organisation = settings.name || 'Connection Coordinator';
  const note = unrecordedSentence(report.totals);
  return (
    <PrintFrame
      job={{
        title: `Monthly summary, ${months}`,
        suggestedName: `${fileStem(scope, report.from, report.to)}.pdf`,
        pageSize: paper,
      }}
      heading={`Monthly summary, ${months}`}
      backTo={backTo}
      backLabel="Back to the report"
      tools={
        // A browser's own print dialog chooses the paper; the app's PDF needs to be told.
        platform.runtime === 'electron' && (
          <div className="filters">
            <SelectField
              label="Paper size for the PDF"
              value={paper}
              onChange={(event) => setPaper(event.target.value === 'A4' ? 'A4' : 'Letter')}
              options={[
                { value: 'Letter', label: 'US Letter (8.5 × 11 in)' },
                { value: 'A4', label: 'A4 (210 × 297 mm)' },
              ]}
            />
          </div>
        )
      }
    >
      <header className="report-print-head">
        <p className="report-print-org">{organisation}</p>
        <h2 className="report-print-title">Monthly summary: {months}</h2>
        <p className="report-print-meta">
          {data.affiliate ? `${scope} · ` : 'All groups · '}Prepared {longDate(data.today)}
        </p>
      </header>
      <p className="report-print-note">
        {note ?? 'Every meeting in this report is recorded.'} Attendance is counted, never named.
      </p>
      <ReportTable
        caption={`Meetings, attendance and support by group, ${months}`}
        rows={report.rows}
        totals={report.totals}
        showAffiliate={new Set(report.rows.map((row) => row.group.affiliate)).size > 1}
        linkGroups={false}
      />
      <p className="report-print-footnote">
        Average per meeting is attendance divided by meetings held. Facilitator hours count each facilitator present for
        the length of the meeting. In-kind value is the gifts that served each group plus donated meeting space at its
        fair rental value.
      </p>
      <ReportChart points={data.chart} from={report.from} to={report.to} paper />
      <ReportSections data={data} extras={extras} onScreen={false} />
    </PrintFrame>
  );
}
