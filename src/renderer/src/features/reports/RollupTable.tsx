// One month of the state roll-up: a row per affiliate and the state total.
import { formatCents } from '../../domain/money';
import { monthLabel } from '../../domain/donationTotals';
import { averageText, countText, hoursText } from '../../domain/reportFormat';
import type { SummaryCounts } from '../../domain/summaryFile';
import type { RollupMonth } from '../../domain/summaryFileRollup';

function Cells({ counts }: { counts: SummaryCounts }) {
  return (
    <>
      <td className="number">{countText(counts.meetingsScheduled)}</td>
      <td className="number">{countText(counts.meetingsHeld)}</td>
      <td className="number">{countText(counts.meetingsCancelled)}</td>
      <td className="number">{countText(counts.meetingsUnrecorded)}</td>
      <td className="number">{countText(counts.attendanceTotal)}</td>
      <td className="number">{countText(counts.firstTimeTotal)}</td>
      <td className="number">{averageText(counts.attendanceTotal, counts.meetingsHeld) ?? '—'}</td>
      <td className="number">{hoursText(counts.facilitatorMinutes)}</td>
      <td className="number">{formatCents(counts.inKindCents)}</td>
    </>
  );
}

export function RollupTable({ month, onRemove }: { month: RollupMonth; onRemove: (source: string) => void }) {
  const label = monthLabel(month.month);
  return (
    <section className="section" aria-labelledby={`rollup-${month.month}`}>
      <h2 id={`rollup-${month.month}`}>{label}</h2>
      <div className="table-wrap">
        <table className="data report-table">
          <caption className="visually-hidden">State table, {label}</caption>
          <thead>
            <tr>
              <th scope="col">Affiliate</th>
              <th scope="col" className="number">
                Groups
              </th>
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
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {month.rows.map((row) => (
              <tr key={row.source}>
                <th scope="row">
                  {row.source}
                  <span className="muted report-file"> from {row.fileName}</span>
                </th>
                <td className="number">{row.groups}</td>
                <Cells counts={row.counts} />
                <td>
                  <button
                    className="link-button"
                    type="button"
                    onClick={() => onRemove(row.source)}
                    aria-label={`Remove ${row.source}, ${label}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                State total ({month.rows.length === 1 ? '1 affiliate' : `${month.rows.length} affiliates`})
              </th>
              <td className="number">{month.groups}</td>
              <Cells counts={month.totals} />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
