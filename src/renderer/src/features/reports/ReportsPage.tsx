// Reports: the monthly summary for the state office or board, on screen, as CSV, summary file or PDF.
import { useEffect, useMemo } from 'react';
import { Link } from '../../ui/router';
import { PageHeader } from '../../ui/PageHeader';
import { NextFrame } from '../../ui/useNextFrame';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { affiliatesByName, type ReportData } from '../../db/report';
import type { ReportExtras } from '../../db/reportExtras';
import { rangeLabel } from '../../domain/reportMonths';
import { ReportControls } from './ReportControls';
import { ReportChart } from './ReportChart';
import { ReportExports, scopeName } from './ReportExports';
import { ReportSections } from './ReportSections';
import { ReportTable } from './ReportTable';
import { ReportsNav } from './ReportsNav';
import { UnrecordedNotice } from './UnrecordedNotice';
import { useReportChoice, type ReportChoice } from './reportParams';
import { readReportAhead, useReport, useReportBase, useReportExtras } from './useReport';

/** The router starts the report's read as the navigation begins. */
export const readAhead = readReportAhead;

/** More rows than a tall screen shows above the fold (a 1280×860 window shows about 8). */
const FIRST_ROWS = 16;

export function ReportsPage() {
  const [choice, range, setChoice] = useReportChoice();
  // Read whatever the range: the controls need the affiliates while a range is refused or being read.
  const base = useReportBase();
  const data = useReport(choice, range.ok);
  const extras = useReportExtras(data);
  const affiliates = useMemo(() => (base ? affiliatesByName(base.affiliates) : []), [base]);

  useEffect(() => {
    // The report's first screen, its chart and totals included, is drawn: the benchmark measures from
    // navigation to here (and to 'report-complete', a frame later, when every row is in the page).
    if (data) performance.mark('report-painted');
  }, [data]);

  return (
    <>
      <PageHeader title="Reports" />
      <ReportsNav />
      {/* One set of controls, in the same place whatever shows below them: a control pressed or typed
          in keeps the focus while the next range is read or a range is refused. */}
      {base && (
        <ReportControls
          choice={choice}
          affiliates={affiliates}
          organisation={base.settings.name}
          onChange={setChoice}
        />
      )}
      {!range.ok ? (
        <Notice kind="problem">{range.message}</Notice>
      ) : !data ? (
        <p className="muted">Loading the report…</p>
      ) : (
        <ReportBody data={data} extras={extras} choice={choice} />
      )}
    </>
  );
}

function ReportBody({
  data,
  extras,
  choice,
}: {
  data: ReportData;
  extras: ReportExtras | undefined;
  choice: ReportChoice;
}) {
  if (choice.affiliate !== '' && !data.affiliate) {
    return (
      <Notice kind="problem">
        That affiliate could not be found. It may have been deleted. Choose another in “For”.
      </Notice>
    );
  }
  if (data.report.rows.length === 0) {
    return (
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
    );
  }
  const title = `${rangeLabel(data.report.from, data.report.to)}: ${scopeName(data)}`;
  const severalAffiliates = new Set(data.report.rows.map((row) => row.group.affiliate)).size > 1;
  return (
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
  );
}
