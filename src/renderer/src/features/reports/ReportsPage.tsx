// Reports: the monthly summary for the state office or board, on screen, as CSV, summary file or PDF.
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { NextFrame } from '../../ui/useNextFrame';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { rangeLabel } from '../../domain/reportMonths';
import { ReportControls } from './ReportControls';
import { ReportChart } from './ReportChart';
import { ReportExports, scopeName } from './ReportExports';
import { ReportSections } from './ReportSections';
import { ReportTable } from './ReportTable';
import { ReportsNav } from './ReportsNav';
import { UnrecordedNotice } from './UnrecordedNotice';
import { useReportChoice } from './reportParams';
import { readReportAhead, useReport, useReportExtras } from './useReport';

/** The router starts the report's read as the navigation begins. */
export const readAhead = readReportAhead;

/** More rows than a tall screen shows above the fold (a 1280×860 window shows about 8). */
const FIRST_ROWS = 16;

export function ReportsPage() {
  const [choice, range, setChoice] = useReportChoice();
  const data = useReport(choice, range.ok);
  const extras = useReportExtras(data);

  useEffect(() => {
    // The report's first screen, its chart and totals included, is drawn: the benchmark measures from
    // navigation to here (and to 'report-complete', a frame later, when every row is in the page).
    if (data) performance.mark('report-painted');
  }, [data]);

  const header = (
    <>
      <PageHeader title="Reports" />
      <ReportsNav />
    </>
  );
  if (!range.ok) {
    return (
      <>
        {header}
        <ReportControls choice={choice} affiliates={[]} organisation="" onChange={setChoice} />
        <Notice kind="problem">{range.message}</Notice>
      </>
    );
  }
  if (!data) return header;

  const missingAffiliate = choice.affiliate !== '' && !data.affiliate;
  const title = `${rangeLabel(data.report.from, data.report.to)}: ${scopeName(data)}`;
  const severalAffiliates = new Set(data.report.rows.map((row) => row.group.affiliate)).size > 1;
  return (
    <>
      {header}
      <ReportControls
        choice={choice}
        affiliates={data.affiliates}
        organisation={data.settings.name}
        onChange={setChoice}
      />
      {missingAffiliate ? (
        <Notice kind="problem">
          That affiliate could not be found. It may have been deleted. Choose another in “For”.
        </Notice>
      ) : data.report.rows.length === 0 ? (
        <EmptyState
          title="No groups to report on"
          action={
            <Link className="button primary" to="/groups/new">
              Add group
            </Link>
          }
        >
          <p>The monthly summary counts each group's meetings, attendance, volunteer time and gifts.</p>
        </EmptyState>
      ) : (
        <>
          <h2 className="report-title">{title}</h2>
          <UnrecordedNotice totals={data.report.totals} />
          <div className="table-wrap report-table-wrap">
            <ReportTable
              caption={`Meetings, attendance and support by group, ${rangeLabel(data.report.from, data.report.to)}`}
              rows={data.report.rows}
              totals={data.report.totals}
              showAffiliate={severalAffiliates}
              linkGroups
              firstRows={FIRST_ROWS}
            />
          </div>
          <ReportExports data={data} choice={choice} />
          <ReportChart points={data.chart} from={data.report.from} to={data.report.to} />
          {/* Below the chart: a frame later, so the table's first rows and the chart are drawn first. */}
          <NextFrame>
            <ReportSections data={data} extras={extras} onScreen />
          </NextFrame>
        </>
      )}
    </>
  );
}
