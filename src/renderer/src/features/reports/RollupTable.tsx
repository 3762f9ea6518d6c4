// One month of the state roll-up: a row per affiliate and the state total.
import { formatCents } from '../../domain/money';
import { monthLabel } from '../../domain/donationTotals';
import { averageText, countText, hoursShown } from '../../domain/reportFormat';
import type { SummaryCounts } from '../../domain/summaryFile';
import type { RollupMonth } from '../../domain/summaryFileRollup';
import { MEETING_COUNT_HEADINGS, NumberHeadings, OUTCOME_HEADINGS } from './NumberHeadings';

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
      <td className="number">{hoursShown(counts.facilitatorMinutes)}</td>
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
              <NumberHeadings labels={['Groups', ...MEETING_COUNT_HEADINGS, ...OUTCOME_HEADINGS]} />
            </tr>
          </thead>
          <tbody>
            {month.rows.map((row) => (
              <tr key={row.source}>
                {/* Remove sits under the file name, in the first column: however wide the numbers make the
                    table on a small screen, it is never scrolled out of sight. */}
                <th scope="row">
                  {row.source}
                  <span className="muted report-file"> from {row.fileName}</span>
                  <button
                    className="link-button rollup-remove"
                    type="button"
                    onClick={() => onRemove(row.source)}
                    aria-label={`Remove ${row.source}, ${label}`}
                  >
                    Remove
                  </button>
                </th>
                <td className="number">{row.groups}</td>
                <Cells counts={row.counts} />
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
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
