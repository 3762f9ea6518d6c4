// The summary table: a row per group and a totals row. The same table is on screen and on paper.
import { useEffect } from 'react';
import { PROGRAM_SHORT } from '../../domain/labels';
import { formatCents } from '../../domain/money';
import { inKindCents, type ReportCounts, type ReportRow } from '../../domain/report';
import { averageText, countText, hoursShown } from '../../domain/reportFormat';
import { useNextFrame } from '../../ui/useNextFrame';
import { MEETING_COUNT_HEADINGS, NumberHeadings, OUTCOME_HEADINGS } from './NumberHeadings';

function CountCells({ counts, showUpcoming }: { counts: ReportCounts; showUpcoming: boolean }) {
  const average = averageText(counts.attendance, counts.held);
  return (
    <>
      <td className="number">{countText(counts.scheduled)}</td>
      <td className="number">{countText(counts.held)}</td>
      <td className="number">{countText(counts.cancelled)}</td>
      <td className={counts.unrecorded > 0 ? 'number report-unrecorded' : 'number'}>
        {counts.unrecorded > 0 && <span aria-hidden="true">⚠ </span>}
        {countText(counts.unrecorded)}
      </td>
      {showUpcoming && <td className="number">{countText(counts.upcoming)}</td>}
      <td className="number">{countText(counts.attendance)}</td>
      <td className="number">{countText(counts.firstTime)}</td>
      <td className="number">
        {average ?? (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">none held</span>
          </>
        )}
      </td>
      <td className="number">{hoursShown(counts.facilitatorMinutes)}</td>
      <td className="number">{formatCents(inKindCents(counts))}</td>
    </>
  );
}

/**
 * The rows first drawn on screen: a screenful at once, the rest in the next frame, so a state's report
 * shows its first page without waiting for the layout of 150 rows no one can see yet. Every row is in
 * the page a frame later (for search in page, Tab and screen readers), and paper always gets them all.
 */
function useRowsShown(total: number, first: number | undefined): number {
  const all = useNextFrame(first !== undefined);
  useEffect(() => {
    if (all) performance.mark('report-complete');
  }, [all]);
  return all || first === undefined ? total : Math.min(total, first);
}

/** The rows in one body, or one body per affiliate (rows come sorted by affiliate). */
function sectionsOf(
  rows: readonly ReportRow[],
  byAffiliate: boolean,
): { affiliate: string | null; rows: ReportRow[] }[] {
  if (!byAffiliate) return [{ affiliate: null, rows: [...rows] }];
  const sections: { affiliate: string; rows: ReportRow[] }[] = [];
  for (const row of rows) {
    const last = sections.at(-1);
    if (last && last.affiliate === row.group.affiliate) last.rows.push(row);
    else sections.push({ affiliate: row.group.affiliate, rows: [row] });
  }
  return sections;
}

export function ReportTable({
  caption,
  rows,
  totals,
  showAffiliate,
  linkGroups,
  firstRows,
}: {
  caption: string;
  rows: readonly ReportRow[];
  totals: ReportCounts;
  /** a heading row before each affiliate's groups (for a whole organisation with several) */
  showAffiliate: boolean;
  /** group names link to their pages (on screen, not on paper) */
  linkGroups: boolean;
  /** on screen: how many rows to draw in the first frame (the rest follow in the next) */
  firstRows?: number;
}) {
  const shown = useRowsShown(rows.length, firstRows);
  const showUpcoming = totals.upcoming > 0;
  const columns = showUpcoming ? 11 : 10;
  return (
    <table className="data report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <NumberHeadings labels={MEETING_COUNT_HEADINGS} />
          {showUpcoming && <NumberHeadings labels={['Still to come']} />}
          <NumberHeadings labels={OUTCOME_HEADINGS} />
        </tr>
      </thead>
      {sectionsOf(rows.slice(0, shown), showAffiliate).map((section) => (
        <tbody key={section.affiliate ?? ''}>
          {section.affiliate !== null && (
            <tr className="report-affiliate-row">
              <th scope="rowgroup" colSpan={columns}>
                {section.affiliate || 'No affiliate'}
              </th>
            </tr>
          )}
          {section.rows.map(({ group, counts }) => (
            <tr key={group.id}>
              <th scope="row">
                {/* A plain hash link: the router's <Link> works out each of ~150 addresses through the router. */}
                {linkGroups ? <a href={`#/groups/${group.id}`}>{group.name}</a> : group.name}
                {group.program !== 'connection' && <span className="muted"> ({PROGRAM_SHORT[group.program]})</span>}
              </th>
              <CountCells counts={counts} showUpcoming={showUpcoming} />
            </tr>
          ))}
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row">Total ({rows.length === 1 ? '1 group' : `${rows.length} groups`})</th>
          <CountCells counts={totals} showUpcoming={showUpcoming} />
        </tr>
      </tfoot>
    </table>
  );
}
