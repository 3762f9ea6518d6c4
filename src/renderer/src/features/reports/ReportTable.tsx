// The summary table: a row per group and a totals row. The same table is on screen and on paper.
import { Link } from 'react-router-dom';
import { PROGRAM_SHORT } from '../../domain/labels';
import { formatCents } from '../../domain/money';
import { inKindCents, type ReportCounts, type ReportRow } from '../../domain/report';
import { averageText, countText, hoursText } from '../../domain/reportFormat';

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
      <td className="number">{hoursText(counts.facilitatorMinutes)}</td>
      <td className="number">{formatCents(inKindCents(counts))}</td>
    </>
  );
}

export function ReportTable({
  caption,
  rows,
  totals,
  showAffiliate,
  linkGroups,
}: {
  caption: string;
  rows: readonly ReportRow[];
  totals: ReportCounts;
  /** a column naming each group's affiliate (for a whole organisation with several) */
  showAffiliate: boolean;
  /** group names link to their pages (on screen, not on paper) */
  linkGroups: boolean;
}) {
  const showUpcoming = totals.upcoming > 0;
  return (
    <table className="data report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          {showAffiliate && <th scope="col">Affiliate</th>}
          <th scope="col" className="number">
            Scheduled
          </th>
          <th scope="col" className="number">
            Held
          </th>
          <th scope="col" className="number">
            Cancelled
          </th>
          <th scope="col" className="number">
            Not recorded
          </th>
          {showUpcoming && (
            <th scope="col" className="number">
              Still to come
            </th>
          )}
          <th scope="col" className="number">
            Attendance
          </th>
          <th scope="col" className="number">
            First-time
          </th>
          <th scope="col" className="number">
            Average per meeting
          </th>
          <th scope="col" className="number">
            Facilitator hours
          </th>
          <th scope="col" className="number">
            In-kind value
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ group, counts }) => (
          <tr key={group.id}>
            <th scope="row">
              {linkGroups ? <Link to={`/groups/${group.id}`}>{group.name}</Link> : group.name}
              {group.program !== 'connection' && <span className="muted"> ({PROGRAM_SHORT[group.program]})</span>}
            </th>
            {showAffiliate && <td>{group.affiliate || '—'}</td>}
            <CountCells counts={counts} showUpcoming={showUpcoming} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total ({rows.length === 1 ? '1 group' : `${rows.length} groups`})</th>
          {showAffiliate && <td />}
          <CountCells counts={totals} showUpcoming={showUpcoming} />
        </tr>
      </tfoot>
    </table>
  );
}
